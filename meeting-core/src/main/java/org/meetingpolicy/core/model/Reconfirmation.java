package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The secretary's check, two days before the meeting, that everyone received the notice and
 * confirmed (3.7).
 *
 * @param by who reconfirmed (3.7: the secretary)
 * @param at when
 * @param confirmed the invitees who had received the notice and confirmed at that moment
 */
public record Reconfirmation(
    @NotNull @ValidId PersonId by,
    @NotNull Instant at,
    @NotNull List<@NotNull @ValidId PersonId> confirmed) {

  /** Copies the list; null reads as none. */
  public Reconfirmation {
    confirmed = Lists.copy(confirmed);
  }
}
