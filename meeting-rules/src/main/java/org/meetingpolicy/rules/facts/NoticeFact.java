package org.meetingpolicy.rules.facts;

import java.util.ArrayList;
import java.util.List;
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

  /** What the notice fails to state (3.4): TIME, PLACE, AGENDA, in that order. */
  public List<String> missingParts() {
    return missingParts(notice);
  }

  /** What a notice fails to state (3.4): TIME, PLACE, AGENDA, in that order. */
  public static List<String> missingParts(Notice notice) {
    List<String> missing = new ArrayList<>(3);
    if (!notice.statesTime()) {
      missing.add("TIME");
    }
    if (!notice.statesPlace()) {
      missing.add("PLACE");
    }
    if (!notice.statesAgenda()) {
      missing.add("AGENDA");
    }
    return missing;
  }

  /** Whether it is (one of) the first notice(s) of the meeting. */
  public boolean first() {
    return notice.sentAt().equals(meeting.firstNoticeAt());
  }
}
