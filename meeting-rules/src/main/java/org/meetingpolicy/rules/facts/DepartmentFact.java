package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * The record set as a whole, for department-wide rules.
 *
 * @param scope the record set's scope
 * @param records the records
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record DepartmentFact(
    int scope, DepartmentRecords records, MeetingPolicy policy, Instant asOf) implements RuleFact {

  @Override
  public Subject subject() {
    return Subject.department(records.department().id());
  }
}
