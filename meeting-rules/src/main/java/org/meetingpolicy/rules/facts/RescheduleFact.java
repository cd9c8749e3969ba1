package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.rules.Subject;

/**
 * One change of a meeting's time (3.8), classified once: the deadline of its new notice and when
 * that notice first went out.
 *
 * @param meeting the meeting
 * @param reschedule the change
 */
public record RescheduleFact(MeetingFact meeting, Reschedule reschedule) implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.subject();
  }

  /**
   * By when the new notice is due: the end of the reschedule notice period, or the new start if
   * that is sooner.
   */
  public Instant noticeDeadline() {
    Instant byPeriod = reschedule.decidedAt().plus(policy().rescheduleNoticePeriod());
    Instant newStart = reschedule.newStart().toInstant();
    return newStart.isBefore(byPeriod) ? newStart : byPeriod;
  }

  /**
   * When the first notice of the change went out: sent at or after the decision and not announcing
   * some other start; null when none did.
   */
  public @Nullable Instant firstNoticeAt() {
    Instant first = null;
    for (Notice n : meeting.meeting().notices()) {
      boolean ofThis =
          !n.sentAt().isBefore(reschedule.decidedAt())
              && (n.announcedStart() == null
                  || n.announcedStart().toInstant().equals(reschedule.newStart().toInstant()));
      if (ofThis && (first == null || n.sentAt().isBefore(first))) {
        first = n.sentAt();
      }
    }
    return first;
  }
}
