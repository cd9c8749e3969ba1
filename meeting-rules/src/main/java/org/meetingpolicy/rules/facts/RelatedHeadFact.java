package org.meetingpolicy.rules.facts;

import java.util.Objects;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.PersonId;
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
    return meeting.personSubject(head());
  }

  /** Whether the agenda's preparer consulted them. */
  public boolean consulted() {
    Agenda agenda = Objects.requireNonNull(meeting.meeting().agenda(), "made only for an agenda");
    return agenda.consulted().contains(head());
  }

  /** The head: made only for a related department that has one. */
  private PersonId head() {
    return Objects.requireNonNull(related.head(), "made only for a department with a head");
  }
}
