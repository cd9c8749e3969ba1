package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The reminder of the discipline rules before the start (2.9).
 *
 * @param by who reminded (the organizer or the secretary)
 * @param at when
 * @param topics what it covered
 */
public record DisciplineReminder(
    @NotNull @ValidId PersonId by,
    @NotNull Instant at,
    @NotNull Set<@NotNull DisciplineTopic> topics) {

  /** Copies the set; null reads as none. */
  public DisciplineReminder {
    topics = Lists.copy(topics);
  }
}
