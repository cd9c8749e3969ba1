package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Set;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A place where meetings are held (3.2).
 *
 * @param id identifies the room
 * @param name display name
 * @param kind meeting room, video-conference room or other
 * @param capacity seats; never negative
 * @param equipment the equipment installed; immutable, never null
 * @param companyOwned whether the room is a company facility (3.2)
 */
public record Room(
    @NotNull @ValidId RoomId id,
    @NotNull String name,
    @NotNull RoomKind kind,
    @PositiveOrZero int capacity,
    @NotNull Set<@NotNull Equipment> equipment,
    boolean companyOwned) {

  /** Copies the equipment set; null reads as none. */
  public Room {
    equipment = Lists.copy(equipment);
  }

  /** Whether the room has every piece of the given equipment. */
  public boolean hasAll(Set<Equipment> needed) {
    return equipment.containsAll(needed);
  }
}
