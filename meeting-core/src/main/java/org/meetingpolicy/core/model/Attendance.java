package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetingpolicy.core.validation.ValidId;

/**
 * When one person was present at the meeting (5.1, 5.6). An invitee without an attendance entry, or
 * with no presences, was absent.
 *
 * @param person who
 * @param presences the intervals they were present, in any order
 */
public record Attendance(
    @NotNull @ValidId PersonId person, @NotNull List<@Valid @NotNull Presence> presences) {

  /** Copies the list; null reads as none. */
  public Attendance {
    presences = Lists.copy(presences);
  }

  /** The first arrival, if they came at all. */
  public Optional<Instant> arrival() {
    return presences.stream().map(Presence::joined).min(Instant::compareTo);
  }

  /**
   * The last departure, if recorded. Empty when they never came or when some presence has no
   * recorded leaving (they stayed to the end).
   */
  public Optional<Instant> departure() {
    if (presences.isEmpty() || presences.stream().anyMatch(p -> p.left() == null)) {
      return Optional.empty();
    }
    return presences.stream().map(Presence::left).max(Instant::compareTo);
  }
}
