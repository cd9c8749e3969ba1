package org.meetingpolicy.rules.metrics;

/** Whether a metric could be measured for a period. */
public enum MetricStatus {
  /** Measured: the value is set. */
  MEASURED,
  /** Nothing to measure in the period: a rate whose denominator is zero, a mean of nothing. */
  NO_DATA,
  /** The engine has no active rule for the metric's clause, so its verdicts cannot be counted. */
  NOT_CHECKED
}
