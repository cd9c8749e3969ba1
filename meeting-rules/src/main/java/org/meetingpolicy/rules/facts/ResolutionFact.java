package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.rules.Subject;

/**
 * One resolution as the rules see it, with the meeting that passed it (section 7).
 *
 * @param scope the record set it comes from
 * @param resolution the resolution
 * @param meeting the meeting that passed it
 */
public record ResolutionFact(int scope, Resolution resolution, MeetingFact meeting)
    implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.resolutionSubject(resolution.id());
  }

  /** Whether work on it is still going on. */
  public boolean isOpen() {
    return resolution.status().isOpen();
  }
}
