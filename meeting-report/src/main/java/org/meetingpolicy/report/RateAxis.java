package org.meetingpolicy.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertical axis of the trend chart: a range of rates with round ticks that fits the values
 * drawn, so that rates of 90–100 % fill the chart instead of its top tenth.
 *
 * @param from the rate at the bottom, 0 to 1
 * @param to the rate at the top, above {@code from}, at most 1
 * @param step the distance between ticks
 */
record RateAxis(double from, double to, double step) {

  // Round steps, in rate units; the first that covers the values in at most MAX_INTERVALS wins.
  private static final double[] STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25};
  private static final int MAX_INTERVALS = 5;
  private static final double EPSILON = 1e-9;

  /** The axis from 0 to 100 % for a chart with nothing to draw. */
  static final RateAxis WHOLE = new RateAxis(0, 1, 0.25);

  /** The smallest round axis holding every rate (each clamped to 0–1); at least one step tall. */
  static RateAxis fitting(List<Double> rates) {
    if (rates.isEmpty()) {
      return WHOLE;
    }
    double lo = 1;
    double hi = 0;
    for (double rate : rates) {
      double clamped = Math.max(0, Math.min(1, rate));
      lo = Math.min(lo, clamped);
      hi = Math.max(hi, clamped);
    }
    for (double step : STEPS) {
      double from = Math.floor(lo / step + EPSILON) * step;
      double to = Math.ceil(hi / step - EPSILON) * step;
      if (to - from < step - EPSILON) {
        // All values equal: one step above them, or below when they sit at 100 %.
        if (to + step <= 1 + EPSILON) {
          to += step;
        } else {
          from -= step;
        }
      }
      if ((to - from) / step <= MAX_INTERVALS + EPSILON) {
        return new RateAxis(Math.max(0, from), Math.min(1, to), step);
      }
    }
    return WHOLE;
  }

  /** The ticks from bottom to top, ends included. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int count = (int) Math.round((to - from) / step);
    for (int i = 0; i <= count; i++) {
      ticks.add(from + i * step);
    }
    return ticks;
  }

  /** A tick's label: {@code 92 %}. */
  String label(double tick) {
    return Formats.fixed(tick * 100, 0) + " %";
  }
}
