package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The organizer's confirmation of the final attendee list (2.6).
 *
 * @param confirmedBy who finalized it (2.6: the organizer)
 * @param at when
 * @param attendees the expected attendees
 */
public record FinalAttendeeList(
    @NotNull @ValidId PersonId confirmedBy,
    @NotNull Instant at,
    @NotNull List<@NotNull @ValidId PersonId> attendees) {

  /** Copies the list; null reads as none. */
  public FinalAttendeeList {
    attendees = Lists.copy(attendees);
  }
}
