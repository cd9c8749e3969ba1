package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One policy revision as the rules see it (section 10).
 *
 * @param scope the record set it comes from
 * @param revision the revision
 * @param department its department
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record RevisionFact(
    int scope, PolicyRevision revision, Department department, MeetingPolicy policy, Instant asOf)
    implements RuleFact {

  @Override
  public Subject subject() {
    return Subject.revision(revision.id());
  }

  /** The roster members who were never notified of the revision (10.2), in roster order. */
  public java.util.List<org.meetingpolicy.core.model.PersonId> unnotified() {
    return department.roster().stream()
        .filter(p -> revision.notifications().stream().noneMatch(n -> n.person().equals(p)))
        .toList();
  }
}
