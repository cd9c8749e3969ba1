package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The meeting's agenda (2.5, section 4).
 *
 * @param preparedBy who prepared it (2.5: the secretary); null when not recorded
 * @param preparedAt when it was ready; null when not recorded
 * @param consulted the department heads consulted while preparing it (2.5)
 * @param items the items, in order; the last should be the summary (4.8)
 */
public record Agenda(
    @ValidId @Nullable PersonId preparedBy,
    @Nullable Instant preparedAt,
    @NotNull List<@NotNull @ValidId PersonId> consulted,
    @NotNull List<@Valid @NotNull AgendaItem> items) {

  /** Copies the lists; null reads as none. */
  public Agenda {
    consulted = Lists.copy(consulted);
    items = Lists.copy(items);
  }

  /** Whether some item has the category. */
  public boolean has(AgendaCategory category) {
    return items.stream().anyMatch(i -> i.category() == category);
  }
}
