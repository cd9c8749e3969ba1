package org.meetingpolicy.rules.metrics;

/** How a metric moved against the previous period (8.9). */
public enum Trend {
  /** It moved the better way. */
  IMPROVED,
  /** It moved the worse way. */
  WORSENED,
  /** It did not move. */
  UNCHANGED,
  /** It moved, and neither way is better. */
  CHANGED,
  /** This period or the previous one has no value. */
  NOT_COMPARABLE
}
