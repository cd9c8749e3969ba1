package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.rules.Subject;

/**
 * The head of a related department, for a meeting with an agenda (2.5: consulted on it or not).
 *
 * @param meeting the meeting
 * @param related the related department, whose head is recorded
 */
public record RelatedHeadFact(MeetingFact meeting, RelatedDepartment related) implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.personSubject(related.head());
  }

  /** Whether the agenda's preparer consulted them. */
  public boolean consulted() {
    return meeting.meeting().agenda().consulted().contains(related.head());
  }
}
