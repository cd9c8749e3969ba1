package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One measured indicator of an evaluation (8.3, 8.4).
 *
 * @param kind which indicator
 * @param name its name in words
 * @param value the measured value
 * @param target the target set for it (8.4); null when none was set
 * @param unit the unit (%, score, count); null when unitless
 */
public record Indicator(
    @NotNull IndicatorKind kind,
    @NotNull String name,
    double value,
    @Nullable Double target,
    @Nullable String unit) {

  /** Whether a target is set and the value reaches it (higher is better). */
  public boolean meetsTarget() {
    return target != null && value >= target;
  }
}
