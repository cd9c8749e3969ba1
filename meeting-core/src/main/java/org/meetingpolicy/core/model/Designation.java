package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A standing assignment of a person to a role by the manager: a deputy as organizer (2.1) or the
 * meeting secretary (2.2).
 *
 * @param role the role assigned
 * @param person who is designated
 * @param designatedBy who designated them (2.1: the manager)
 * @param from when the designation starts
 * @param until when it ends; null while it lasts
 */
@Chronological(start = "from", end = "until")
public record Designation(
    @NotNull DesignationRole role,
    @NotNull @ValidId PersonId person,
    @ValidId @Nullable PersonId designatedBy,
    @NotNull Instant from,
    @Nullable Instant until) {

  /** Whether this designation is in force at the instant. */
  public boolean isInForceAt(Instant instant) {
    return !instant.isBefore(from) && (until == null || instant.isBefore(until));
  }
}
