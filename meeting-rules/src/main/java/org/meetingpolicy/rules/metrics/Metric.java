package org.meetingpolicy.rules.metrics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One metric of one period: its value, how it was counted, and how it compares with the previous
 * period (8.9) and with its target (8.4). Immutable.
 *
 * <p>What {@code numerator} and {@code denominator} hold depends on the unit: for a {@link
 * MetricUnit#RATE} or {@link MetricUnit#PER_MEETING} value they are the two counts it divides; for
 * a mean or a median ({@link MetricUnit#SCORE}, {@link MetricUnit#HOURS}) the numerator is null and
 * the denominator is the number of values it was taken over; for a {@link MetricUnit#COUNT} both
 * are null.
 *
 * @param kind which metric; not null
 * @param status whether it was measured; not null
 * @param value the value; null unless {@link MetricStatus#MEASURED}
 * @param numerator see above; null when not applicable
 * @param denominator see above; null when not applicable
 * @param pending for a {@link MetricSource#RULES} metric, the meetings left out because the clause
 *     is still due for them (no verdict yet); 0 otherwise
 * @param previous the previous period's value; null when it has none
 * @param target the target (8.4), in the metric's unit (a rate from 0 to 1); null when none is set
 */
public record Metric(
    MetricKind kind,
    MetricStatus status,
    @Nullable Double value,
    @Nullable Integer numerator,
    @Nullable Integer denominator,
    int pending,
    @Nullable Double previous,
    @Nullable Double target) {

  private static final double EPSILON = 1e-9;

  /** Checks that a value is present exactly when measured. */
  public Metric {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    if ((status == MetricStatus.MEASURED) != (value != null)) {
      throw new IllegalArgumentException(
          kind.id() + ": a value must be given exactly when measured, status " + status);
    }
    if (pending < 0) {
      throw new IllegalArgumentException(kind.id() + ": pending must not be negative");
    }
  }

  /** A count. */
  static Metric count(MetricKind kind, int count) {
    return new Metric(kind, MetricStatus.MEASURED, (double) count, null, null, 0, null, null);
  }

  /** A share: {@code numerator / denominator}, or no data when the denominator is 0. */
  static Metric ratio(MetricKind kind, int numerator, int denominator, int pending) {
    return denominator == 0
        ? new Metric(kind, MetricStatus.NO_DATA, null, numerator, denominator, pending, null, null)
        : new Metric(
            kind,
            MetricStatus.MEASURED,
            (double) numerator / denominator,
            numerator,
            denominator,
            pending,
            null,
            null);
  }

  /** A mean or median over {@code observations} values, or no data when there are none. */
  static Metric statistic(MetricKind kind, @Nullable Double value, int observations) {
    return observations == 0
        ? new Metric(kind, MetricStatus.NO_DATA, null, null, 0, 0, null, null)
        : new Metric(kind, MetricStatus.MEASURED, value, null, observations, 0, null, null);
  }

  /** A metric whose clause the engine does not check. */
  static Metric notChecked(MetricKind kind) {
    return new Metric(kind, MetricStatus.NOT_CHECKED, null, null, null, 0, null, null);
  }

  /** A copy with the previous period's value and the target. */
  Metric compared(@Nullable Double previousValue, @Nullable Double targetValue) {
    return new Metric(
        kind, status, value, numerator, denominator, pending, previousValue, targetValue);
  }

  /** Whether a value was measured. */
  public boolean isMeasured() {
    return status == MetricStatus.MEASURED;
  }

  /**
   * The change against the previous period (8.9): this value less the previous one, in the metric's
   * unit (for a rate, a difference of shares: 0.05 is 5 percentage points); null when either is
   * missing.
   */
  public @Nullable Double change() {
    return value == null || previous == null ? null : value - previous;
  }

  /** Which way the metric moved against the previous period. */
  public Trend trend() {
    Double change = change();
    if (change == null) {
      return Trend.NOT_COMPARABLE;
    }
    if (Math.abs(change) < EPSILON) {
      return Trend.UNCHANGED;
    }
    return switch (kind.better()) {
      case HIGHER -> change > 0 ? Trend.IMPROVED : Trend.WORSENED;
      case LOWER -> change < 0 ? Trend.IMPROVED : Trend.WORSENED;
      case NEITHER -> Trend.CHANGED;
    };
  }

  /** How the value stands against the target (8.4). */
  public TargetResult targetResult() {
    if (target == null) {
      return TargetResult.NO_TARGET;
    }
    if (value == null) {
      return TargetResult.NOT_MEASURED;
    }
    boolean met =
        kind.better() == Better.LOWER ? value <= target + EPSILON : value >= target - EPSILON;
    return met ? TargetResult.MET : TargetResult.MISSED;
  }
}
