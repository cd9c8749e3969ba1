package org.meetingpolicy.rules.metrics;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The arithmetic the metric groups share. */
final class Stats {

  private Stats() {}

  /** A duration in hours, with the seconds as a fraction. */
  static double hours(Duration duration) {
    return duration.toSeconds() / 3600.0;
  }

  /** The median: the middle value, or the mean of the two middle ones; null when there are none. */
  static @Nullable Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
