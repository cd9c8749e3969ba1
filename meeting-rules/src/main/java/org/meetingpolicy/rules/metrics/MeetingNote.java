package org.meetingpolicy.rules.metrics;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingMode;

/**
 * A held meeting that an evaluation lists by name: an emergency meeting with its stated reason
 * (9.1), or an online or hybrid meeting with its stated reason (9.2). Immutable.
 *
 * @param meeting the meeting; not null
 * @param start its planned start in the policy's zone; not null
 * @param mode in person, online or hybrid; not null
 * @param reason the stated reason; null when none was stated
 */
public record MeetingNote(MeetingId meeting, ZonedDateTime start, MeetingMode mode, String reason) {

  /** Checks for nulls. */
  public MeetingNote {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mode, "mode");
  }
}
