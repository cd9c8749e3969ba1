package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A decision of a meeting and its follow-up (4.9, section 7).
 *
 * @param id identifies the resolution across all meetings
 * @param text what was decided
 * @param responsible who carries it out (7.1); null when nobody was named
 * @param plan the action plan (7.2); null when there is none
 * @param deadline when it must be done (4.9); null when none was set
 * @param tracker who tracks it (7.3: the secretary or a designated tracker); null when not named
 * @param progressReports the progress reports (7.3)
 * @param reviews the periodic reviews (7.5)
 * @param status where it stands
 * @param completedAt when it was done or cancelled; null while open
 * @param evaluation the evaluation of its result (7.8); null when not evaluated
 * @param lessons lessons and improvements recorded (7.9, 7.10); null when none
 */
public record Resolution(
    @NotNull @ValidId ResolutionId id,
    @NotNull String text,
    @Valid @Nullable Responsible responsible,
    @Valid @Nullable ActionPlan plan,
    @Nullable Instant deadline,
    @ValidId @Nullable PersonId tracker,
    @NotNull List<@Valid @NotNull ProgressReport> progressReports,
    @NotNull List<@Valid @NotNull PlanReview> reviews,
    @NotNull ResolutionStatus status,
    @Nullable Instant completedAt,
    @Valid @Nullable ResultEvaluation evaluation,
    @Nullable String lessons) {

  /** Copies the lists; null reads as none. */
  public Resolution {
    progressReports = Lists.copy(progressReports);
    reviews = Lists.copy(reviews);
  }

  /** The latest progress report, if any. */
  public Optional<ProgressReport> latestReport() {
    return progressReports.stream().max(Comparator.comparing(ProgressReport::at));
  }
}
