package org.meetingpolicy.rules.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The effectiveness evaluations of consecutive periods, oldest first: what a department manager
 * reads as text or as a page (meeting-report's {@code EvaluationText} and {@code EvaluationPage}:
 * the latest period in full, and the trend of the key rates over all of them). Immutable and
 * thread-safe.
 *
 * @param periods the evaluations, oldest first; at least one, each period after the one before
 */
public record EffectivenessReport(List<PeriodEvaluation> periods) {

  /** The rates drawn in the trend chart and shown as key figures, in this order. */
  public static final List<MetricKind> TREND_METRICS =
      List.of(
          MetricKind.WEEKLY_CADENCE,
          MetricKind.NOTICE_ON_TIME,
          MetricKind.ATTENDANCE_RATE,
          MetricKind.PUNCTUALITY,
          MetricKind.MINUTES_DISTRIBUTED_ON_TIME,
          MetricKind.DECISION_EXECUTION_RATE);

  /** Checks that there is at least one evaluation and that they are in period order. */
  public EffectivenessReport {
    periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).period().start().isAfter(periods.get(i - 1).period().start())) {
        throw new IllegalArgumentException(
            "periods must be oldest first: "
                + periods.get(i - 1).period()
                + " then "
                + periods.get(i).period());
      }
    }
  }

  /** A report of the evaluations, oldest first. */
  public static EffectivenessReport of(List<PeriodEvaluation> periods) {
    return new EffectivenessReport(periods);
  }

  /** The latest period's evaluation. */
  public PeriodEvaluation current() {
    return periods.get(periods.size() - 1);
  }
}
