package org.meetingpolicy.rules.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;

/**
 * The targets (8.4) an evaluation's indicators set: {@link MetricKind#DECISION_EXECUTION_RATE} by
 * the indicator's kind, any metric by its {@link MetricKind#id()} as the indicator's name; a target
 * in {@code %} of a rate is read as a percentage.
 */
final class Targets {

  private Targets() {}

  /** The targets by metric; empty without an evaluation. */
  static Map<MetricKind, Double> of(@Nullable Evaluation source) {
    Map<MetricKind, Double> targets = new EnumMap<>(MetricKind.class);
    if (source == null) {
      return targets;
    }
    for (Indicator indicator : source.indicators()) {
      Double target = indicator.target();
      if (target == null) {
        continue;
      }
      Optional<MetricKind> kind =
          indicator.kind() == IndicatorKind.DECISION_EXECUTION_RATE
              ? Optional.of(MetricKind.DECISION_EXECUTION_RATE)
              : MetricKind.byId(indicator.name());
      kind.ifPresent(k -> targets.putIfAbsent(k, inUnit(target, indicator.unit(), k)));
    }
    return targets;
  }

  private static double inUnit(double target, @Nullable String unit, MetricKind kind) {
    boolean percent = unit != null && unit.trim().equals("%");
    return kind.unit() == MetricUnit.RATE && percent ? target / 100.0 : target;
  }
}
