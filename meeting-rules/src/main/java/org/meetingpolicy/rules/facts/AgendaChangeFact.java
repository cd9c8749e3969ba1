package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.rules.Subject;

/**
 * One change of a meeting's agenda (9.3), inserted with its meeting.
 *
 * @param meeting the meeting
 * @param change the change
 */
public record AgendaChangeFact(MeetingFact meeting, AgendaChange change) implements OfMeeting {

  /** About the agenda item changed, or the meeting when the change names none. */
  @Override
  public Subject subject() {
    return change.item() == null ? meeting.subject() : meeting.agendaItemSubject(change.item());
  }

  /**
   * Whether the change came at or after the first notice: before it the agenda is a draft, and a
   * meeting without a notice has no announced agenda to change.
   */
  public boolean afterNotice() {
    return meeting.firstNoticeAt() != null && !change.at().isBefore(meeting.firstNoticeAt());
  }

  /** Whether the organizer made it. */
  public boolean byOrganizer() {
    return change.by().equals(meeting.meeting().organizer());
  }
}
