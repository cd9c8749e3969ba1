package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.List;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One effectiveness evaluation as the rules see it (section 8).
 *
 * @param scope the record set it comes from
 * @param evaluation the evaluation
 * @param department its department
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record EvaluationFact(
    int scope, Evaluation evaluation, Department department, MeetingPolicy policy, Instant asOf)
    implements RuleFact {

  @Override
  public Subject subject() {
    return Subject.evaluation(evaluation.id());
  }

  /**
   * Whether it covers the calendar period (8.1): its period has the period's label ({@code
   * 2026-Q3}) or exactly its bounds, so either way of writing it down counts.
   */
  public boolean covers(CalendarPeriod period) {
    return period.isCoveredBy(evaluation.period());
  }

  /** The required sources it did not draw on (8.2), in the policy's order. */
  public List<FeedbackSource> missingSources() {
    return policy.evaluationSources().stream()
        .filter(s -> !evaluation.sources().contains(s))
        .toList();
  }

  /** The required indicators it did not measure (8.3), in the policy's order. */
  public List<IndicatorKind> missingIndicators() {
    return policy.evaluationIndicators().stream().filter(k -> !measured(k)).toList();
  }

  /** Whether it measured an indicator of the kind. */
  public boolean measured(IndicatorKind kind) {
    return evaluation.indicators().stream().anyMatch(i -> i.kind() == kind);
  }

  /** The names of the indicators it set no target for (8.4), in record order. */
  public List<String> indicatorsWithoutTarget() {
    return evaluation.indicators().stream()
        .filter(i -> i.target() == null)
        .map(Indicator::name)
        .toList();
  }
}
