package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * A fact that belongs to one meeting (a resolution, a participant, a notice): it carries its {@link
 * MeetingFact}, so rules join on the meeting itself and a chunk of several record sets can never
 * match one meeting's part with another's.
 */
public interface OfMeeting extends RuleFact {

  /** The meeting it belongs to. */
  MeetingFact meeting();

  @Override
  default int scope() {
    return meeting().scope();
  }

  @Override
  default MeetingPolicy policy() {
    return meeting().policy();
  }

  @Override
  default Instant asOf() {
    return meeting().asOf();
  }
}
