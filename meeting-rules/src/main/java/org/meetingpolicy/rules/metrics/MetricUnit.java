package org.meetingpolicy.rules.metrics;

/** What a metric's value measures. */
public enum MetricUnit {
  /** A number of things; changes are differences of counts. */
  COUNT,
  /** A share from 0 to 1, shown as a percentage; changes are in percentage points. */
  RATE,
  /** A duration in hours. */
  HOURS,
  /** A mean score from 1 (poor) to 5 (excellent). */
  SCORE,
  /** A number per meeting held. */
  PER_MEETING
}
