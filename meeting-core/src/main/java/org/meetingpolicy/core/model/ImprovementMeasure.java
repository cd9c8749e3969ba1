package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * An improvement measure an evaluation decided (8.6, 8.10).
 *
 * @param id identifies the measure within its evaluation
 * @param description what will change
 * @param owner who implements it; null when nobody was named
 * @param due when it should be in place; null when no date was set
 * @param followUps the checks on its implementation (8.10)
 */
public record ImprovementMeasure(
    @NotNull @ValidId MeasureId id,
    @NotNull String description,
    @ValidId @Nullable PersonId owner,
    @Nullable Instant due,
    @NotNull List<@Valid @NotNull ImprovementFollowUp> followUps) {

  /** Copies the list; null reads as none. */
  public ImprovementMeasure {
    followUps = Lists.copy(followUps);
  }
}
