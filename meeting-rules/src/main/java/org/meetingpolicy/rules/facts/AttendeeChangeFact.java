package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.AttendeeChange;
import org.meetingpolicy.rules.Subject;

/**
 * One change of who attends a meeting (9.4), inserted with its meeting and its notification
 * deadline.
 *
 * @param meeting the meeting
 * @param change the change
 */
public record AttendeeChangeFact(MeetingFact meeting, AttendeeChange change) implements OfMeeting {

  /** About the person added or removed. */
  @Override
  public Subject subject() {
    return meeting.personSubject(change.person());
  }

  /** By when those concerned must be notified: decided at + the attendee-change notice period. */
  public Instant deadline() {
    return change.decidedAt().plus(policy().attendeeChangeNoticePeriod());
  }

  /** Whether the organizer notified it. */
  public boolean notifiedByOrganizer() {
    return change.notifiedBy() != null && change.notifiedBy().equals(meeting.meeting().organizer());
  }
}
