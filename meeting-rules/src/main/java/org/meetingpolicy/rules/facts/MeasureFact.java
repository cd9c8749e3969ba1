package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.ImprovementFollowUp;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One improvement measure of an evaluation (8.10), with its first follow-up, inserted with its
 * evaluation. Findings about it are about the evaluation.
 *
 * @param evaluation the evaluation
 * @param measure the measure
 * @param firstFollowUpAt when it was first followed up; null when never
 */
public record MeasureFact(
    EvaluationFact evaluation, ImprovementMeasure measure, @Nullable Instant firstFollowUpAt)
    implements RuleFact {

  /** The measure with its first follow-up. */
  public static MeasureFact of(EvaluationFact evaluation, ImprovementMeasure measure) {
    return new MeasureFact(
        evaluation,
        measure,
        measure.followUps().stream()
            .map(ImprovementFollowUp::at)
            .min(Instant::compareTo)
            .orElse(null));
  }

  @Override
  public int scope() {
    return evaluation.scope();
  }

  @Override
  public Subject subject() {
    return evaluation.subject();
  }

  @Override
  public MeetingPolicy policy() {
    return evaluation.policy();
  }

  @Override
  public Instant asOf() {
    return evaluation.asOf();
  }
}
