package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A periodic evaluation of how the department's meetings work (section 8).
 *
 * @param id identifies the evaluation
 * @param period the period evaluated (8.1)
 * @param conductedAt when it was completed
 * @param conductedBy who led it
 * @param sources where it drew evidence from (8.2)
 * @param indicators the indicators measured, with targets (8.3, 8.4)
 * @param survey the satisfaction survey (8.5); null when none was run
 * @param decisionExecutionReviewed whether it reviewed the execution of decisions (8.8)
 * @param previous the evaluation it compares with (8.9); null when it makes no comparison
 * @param comparison the comparison with the previous period in words (8.9); null when none
 * @param measures the improvement measures decided (8.6, 8.10)
 */
public record Evaluation(
    @NotNull @ValidId EvaluationId id,
    @NotNull @Valid EvaluationPeriod period,
    @NotNull Instant conductedAt,
    @ValidId @Nullable PersonId conductedBy,
    @NotNull Set<@NotNull FeedbackSource> sources,
    @NotNull List<@Valid @NotNull Indicator> indicators,
    @Valid @Nullable SatisfactionSurvey survey,
    boolean decisionExecutionReviewed,
    @ValidId @Nullable EvaluationId previous,
    @Nullable String comparison,
    @NotNull List<@Valid @NotNull ImprovementMeasure> measures) {

  /** Copies the collections; null reads as empty. */
  public Evaluation {
    sources = Lists.copy(sources);
    indicators = Lists.copy(indicators);
    measures = Lists.copy(measures);
  }
}
