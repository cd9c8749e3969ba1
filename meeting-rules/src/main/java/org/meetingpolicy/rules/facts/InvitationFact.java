package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.rules.Subject;

/**
 * One invitation to a meeting with the invitee's first answer (2.6), inserted with its meeting.
 *
 * @param meeting the meeting
 * @param invitation the invitation
 * @param firstResponseAt when the invitee first answered; null when they never did
 */
public record InvitationFact(MeetingFact meeting, Invitation invitation, Instant firstResponseAt)
    implements OfMeeting {

  /** The invitation with its first answer, if any. */
  public static InvitationFact of(MeetingFact meeting, Invitation invitation) {
    Instant first = null;
    for (Response response : meeting.meeting().responses()) {
      if (response.person().equals(invitation.person())
          && (first == null || response.at().isBefore(first))) {
        first = response.at();
      }
    }
    return new InvitationFact(meeting, invitation, first);
  }

  @Override
  public Subject subject() {
    return meeting.personSubject(invitation.person());
  }

  /** Whether the invitee answered at all. */
  public boolean responded() {
    return firstResponseAt != null;
  }

  /** By when invitees must answer (2.6): the reconfirmation lead before the start. */
  public Instant answerDeadline() {
    return meeting.leadDeadline(policy().reconfirmationLeadTime());
  }
}
