package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * An in-person check of the room's equipment before the meeting (3.6).
 *
 * @param by who checked (3.6: the organizer or the secretary)
 * @param at when
 * @param checked what was checked
 * @param allWorking whether everything checked works
 * @param notes what was found; null when nothing
 */
public record EquipmentCheck(
    @NotNull @ValidId PersonId by,
    @NotNull Instant at,
    @NotNull Set<@NotNull Equipment> checked,
    boolean allWorking,
    @Nullable String notes) {

  /** Copies the set; null reads as none. */
  public EquipmentCheck {
    checked = Lists.copy(checked);
  }
}
