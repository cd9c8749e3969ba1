package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/** A fact a finding can be about: it knows its subject, the policy and the instant of judgement. */
public interface RuleFact {

  /** The record set this fact comes from; facts of one set share it. */
  int scope();

  /** What findings about this fact are about. */
  Subject subject();

  /** The policy the records are judged by. */
  MeetingPolicy policy();

  /** The instant the records are judged at. */
  Instant asOf();

  /** Whether {@code deadline} has passed at the instant of judgement (reaching it counts). */
  default boolean isPast(Instant deadline) {
    return !asOf().isBefore(deadline);
  }
}
