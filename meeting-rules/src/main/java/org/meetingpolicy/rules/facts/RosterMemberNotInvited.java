package org.meetingpolicy.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.rules.Subject;

/**
 * A member of the department roster who is not invited to a meeting although cleared for it (2.3):
 * 9.6 keeps people not cleared for a confidential meeting out, and 2.3 does not ask for them.
 *
 * @param meeting the meeting
 * @param person the roster member
 */
public record RosterMemberNotInvited(MeetingFact meeting, PersonId person) implements OfMeeting {

  /** The roster members the meeting should have invited and did not. */
  public static List<RosterMemberNotInvited> of(MeetingFact meeting) {
    List<RosterMemberNotInvited> missing = new ArrayList<>();
    for (PersonId id : meeting.roster()) {
      Person person = meeting.person(id);
      boolean cleared = person == null || person.isClearedFor(meeting.confidentiality());
      if (!meeting.meeting().isInvited(id) && cleared) {
        missing.add(new RosterMemberNotInvited(meeting, id));
      }
    }
    return missing;
  }

  @Override
  public Subject subject() {
    return meeting.personSubject(person);
  }
}
