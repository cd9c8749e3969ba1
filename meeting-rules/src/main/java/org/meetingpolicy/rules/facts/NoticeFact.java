package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.rules.Subject;

/**
 * One notice of a meeting (3.4), inserted with its meeting.
 *
 * @param meeting the meeting
 * @param notice the notice
 */
public record NoticeFact(MeetingFact meeting, Notice notice) implements OfMeeting {

  /** Findings about a notice are about its meeting. */
  @Override
  public Subject subject() {
    return meeting.subject();
  }

  /** Whether its channel is one the policy allows. */
  public boolean channelAllowed() {
    return policy().noticeChannels().contains(notice.channel());
  }

  /** Whether it is (one of) the first notice(s) of the meeting. */
  public boolean first() {
    return notice.sentAt().equals(meeting.firstNoticeAt());
  }
}
