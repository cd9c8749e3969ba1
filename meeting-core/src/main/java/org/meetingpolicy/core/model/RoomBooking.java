package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A room booking with the administration (3.5).
 *
 * @param room the room booked
 * @param from start of the booked span
 * @param to end of the booked span, after {@code from}
 * @param requestedBy who asked for it (3.5: the secretary)
 * @param requestedAt when it was asked for
 * @param confirmedAt when the administration confirmed it; null while unconfirmed
 */
@Chronological(start = "from", end = "to")
@Chronological(start = "requestedAt", end = "confirmedAt")
public record RoomBooking(
    @NotNull @ValidId RoomId room,
    @NotNull Instant from,
    @NotNull Instant to,
    @NotNull @ValidId PersonId requestedBy,
    @NotNull Instant requestedAt,
    @Nullable Instant confirmedAt) {

  /** Whether the booked span covers {@code [start, end]}. */
  public boolean covers(Instant start, Instant end) {
    return !from.isAfter(start) && !to.isBefore(end);
  }

  /** Whether the booked span overlaps {@code other}'s (touching ends do not overlap). */
  public boolean overlaps(RoomBooking other) {
    return room.equals(other.room) && from.isBefore(other.to) && other.from.isBefore(to);
  }
}
