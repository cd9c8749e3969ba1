package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.RevisionNotification;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * A roster member who was notified of a policy revision, and when first (10.2). Findings about it
 * are about the revision.
 *
 * @param revision the revision
 * @param person the roster member
 * @param firstNotifiedAt when they were first notified
 */
public record RevisionNoticeFact(RevisionFact revision, PersonId person, Instant firstNotifiedAt)
    implements RuleFact {

  /** One per roster member who was notified at all. */
  public static List<RevisionNoticeFact> of(RevisionFact revision) {
    List<RevisionNoticeFact> facts = new ArrayList<>();
    for (PersonId person : revision.department().roster()) {
      Instant first = null;
      for (RevisionNotification n : revision.revision().notifications()) {
        if (n.person().equals(person) && (first == null || n.at().isBefore(first))) {
          first = n.at();
        }
      }
      if (first != null) {
        facts.add(new RevisionNoticeFact(revision, person, first));
      }
    }
    return facts;
  }

  @Override
  public int scope() {
    return revision.scope();
  }

  @Override
  public Subject subject() {
    return revision.subject();
  }

  @Override
  public MeetingPolicy policy() {
    return revision.policy();
  }

  @Override
  public Instant asOf() {
    return revision.asOf();
  }
}
