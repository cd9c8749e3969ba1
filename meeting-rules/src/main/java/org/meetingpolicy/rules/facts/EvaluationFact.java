package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.Evaluation;
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
}
