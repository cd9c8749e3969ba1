package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One resolution as the rules see it, with the meeting that passed it (section 7).
 *
 * @param scope the record set it comes from
 * @param resolution the resolution
 * @param meeting the meeting that passed it
 */
public record ResolutionFact(int scope, Resolution resolution, MeetingFact meeting)
    implements RuleFact {

  @Override
  public Subject subject() {
    return meeting.resolutionSubject(resolution.id());
  }

  @Override
  public MeetingPolicy policy() {
    return meeting.policy();
  }

  @Override
  public Instant asOf() {
    return meeting.asOf();
  }

  /** Whether work on it is still going on. */
  public boolean isOpen() {
    return resolution.status().isOpen();
  }
}
