package org.meetingpolicy.rules.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Meeting;

/**
 * {@link MetricGroup#MINUTES}: minutes recorded (4.10), complete (6.2), approved before
 * distribution (6.4), distributed on time (6.5), and how long their distribution took.
 */
final class MinutesMetrics {

  private MinutesMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    List<Meeting> withMinutes = c.held().stream().filter(m -> m.minutes() != null).toList();
    List<Double> delays = new ArrayList<>();
    for (Meeting m : withMinutes) {
      Objects.requireNonNull(m.minutes(), "kept for its minutes").distributions().stream()
          .map(Distribution::at)
          .filter(at -> !at.isAfter(c.asOf()))
          .min(Comparator.naturalOrder())
          .ifPresent(first -> delays.add(Stats.hours(Duration.between(m.end(), first))));
    }
    Verdicts verdicts = c.verdicts();
    return List.of(
        // Minutes on record, not 4.10's verdict: 4.10 judges who wrote them and by when.
        Metric.ratio(MetricKind.MINUTES_RECORDED, withMinutes.size(), c.held().size(), 0),
        verdicts.clauseShare(MetricKind.MINUTES_COMPLETE, withMinutes),
        verdicts.clauseShare(MetricKind.MINUTES_APPROVED_BEFORE_DISTRIBUTION, withMinutes),
        verdicts.clauseShare(MetricKind.MINUTES_DISTRIBUTED_ON_TIME, withMinutes),
        // A measured delay in hours; 6.5 judges only whether it was within the deadline.
        Metric.statistic(
            MetricKind.MEDIAN_DISTRIBUTION_DELAY, Stats.median(delays), delays.size()));
  }
}
