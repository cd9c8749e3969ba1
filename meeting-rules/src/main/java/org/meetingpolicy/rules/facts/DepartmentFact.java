package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * The record set as a whole, for department-wide rules.
 *
 * @param scope the record set's scope
 * @param records the records
 * @param policy the policy
 * @param asOf the instant of judgement
 * @param latestRegularStart the start of the latest regular meeting of the records; null when none
 *     (3.9: a later regular meeting shows that the next one was scheduled)
 */
public record DepartmentFact(
    int scope,
    DepartmentRecords records,
    MeetingPolicy policy,
    Instant asOf,
    @Nullable Instant latestRegularStart)
    implements RuleFact {

  /** The records as a whole, with the latest regular meeting computed once. */
  public DepartmentFact(int scope, DepartmentRecords records, MeetingPolicy policy, Instant asOf) {
    this(
        scope,
        records,
        policy,
        asOf,
        records.meetings().stream()
            .filter(m -> m.kind() == MeetingKind.REGULAR)
            .map(Meeting::start)
            .max(Instant::compareTo)
            .orElse(null));
  }

  @Override
  public Subject subject() {
    return Subject.department(records.department().id());
  }
}
