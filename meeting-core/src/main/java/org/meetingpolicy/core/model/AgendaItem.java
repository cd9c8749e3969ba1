package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * One item of the agenda (2.4, 2.7, section 4).
 *
 * @param id identifies the item within its meeting
 * @param title what it is about
 * @param category which policy item it is (4.1–4.8, or other)
 * @param presenter who is responsible for presenting it (2.4); null when nobody is named
 * @param presenterRole the presenter's role in words (2.4: "market analysis"); null when not stated
 * @param materialsNeeded whether the item needs prepared material (2.7)
 * @param materials the material prepared for it
 */
public record AgendaItem(
    @NotNull @ValidId AgendaItemId id,
    @NotNull String title,
    @NotNull AgendaCategory category,
    @ValidId @Nullable PersonId presenter,
    @Nullable String presenterRole,
    boolean materialsNeeded,
    @NotNull List<@Valid @NotNull Material> materials) {

  /** Copies the list; null reads as none. */
  public AgendaItem {
    materials = Lists.copy(materials);
  }
}
