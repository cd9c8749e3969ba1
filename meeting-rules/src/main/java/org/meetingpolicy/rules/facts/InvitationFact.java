package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Reconfirmation;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.rules.Subject;

/**
 * One invitation to a meeting, with what the rules need of the invitee computed once: their notices
 * (3.4), answers (2.6) and reconfirmation (3.7). Inserted with its meeting.
 *
 * @param meeting the meeting
 * @param invitation the invitation
 * @param firstResponseAt when the invitee first answered; null when they never did
 * @param lastResponseDeclined whether their latest answer is a decline
 * @param firstNotifiedAt when a notice was first sent to them; null when never
 * @param noticedAt when a notice first reached them, as a recipient or as its sender; null when
 *     never
 */
public record InvitationFact(
    MeetingFact meeting,
    Invitation invitation,
    @Nullable Instant firstResponseAt,
    boolean lastResponseDeclined,
    @Nullable Instant firstNotifiedAt,
    @Nullable Instant noticedAt)
    implements OfMeeting {

  /** The invitation with what its invitee received and answered. */
  public static InvitationFact of(MeetingFact meeting, Invitation invitation) {
    PersonId person = invitation.person();
    Instant first = null;
    Response latest = null;
    for (Response response : meeting.meeting().responses()) {
      if (response.person().equals(person)) {
        if (first == null || response.at().isBefore(first)) {
          first = response.at();
        }
        // The first of several answers at the same latest instant counts, in record order.
        if (latest == null || response.at().isAfter(latest.at())) {
          latest = response;
        }
      }
    }
    Instant notified = null;
    Instant noticed = null;
    for (Notice notice : meeting.meeting().notices()) {
      boolean recipient = notice.recipients().contains(person);
      if (recipient && (notified == null || notice.sentAt().isBefore(notified))) {
        notified = notice.sentAt();
      }
      if ((recipient || person.equals(notice.sentBy()))
          && (noticed == null || notice.sentAt().isBefore(noticed))) {
        noticed = notice.sentAt();
      }
    }
    return new InvitationFact(
        meeting,
        invitation,
        first,
        latest != null && latest.kind() == ResponseKind.DECLINE,
        notified,
        noticed);
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

  /** Whether a notice reached them, as recipient or sender, by {@code deadline} (3.4). */
  public boolean noticedBy(Instant deadline) {
    return noticedAt != null && !noticedAt.isAfter(deadline);
  }

  /**
   * Whether the reconfirmation must list them (3.7): a reconfirmation exists, they did not make it,
   * and their latest answer is not a decline.
   */
  public boolean toReconfirm() {
    Reconfirmation reconfirmation = meeting.meeting().reconfirmation();
    return reconfirmation != null
        && !invitation.person().equals(reconfirmation.by())
        && !lastResponseDeclined;
  }

  /** Whether the reconfirmation lists them. */
  public boolean reconfirmed() {
    Reconfirmation reconfirmation = meeting.meeting().reconfirmation();
    return reconfirmation != null && reconfirmation.confirmed().contains(invitation.person());
  }
}
