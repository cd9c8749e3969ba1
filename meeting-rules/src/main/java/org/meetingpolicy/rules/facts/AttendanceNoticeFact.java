package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.rules.Subject;

/**
 * One advance notice of absence, lateness or early leave (5.6), inserted with its meeting so that
 * rules join on the meeting instead of walking its list.
 *
 * @param meeting the meeting
 * @param notice the notice
 */
public record AttendanceNoticeFact(MeetingFact meeting, AttendanceNotice notice)
    implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.personSubject(notice.person());
  }

  /** Whether it was given to someone other than the organizer or the secretary. */
  public boolean givenToSomeoneElse() {
    return notice.notifiedTo() != null && !meeting.isOrganizerOrSecretary(notice.notifiedTo());
  }
}
