package org.meetingpolicy.rules.metrics;

/** Which way a metric improves, to judge a change (8.9) and a target (8.4). */
public enum Better {
  /** A higher value is better: a target is met at or above it. */
  HIGHER,
  /** A lower value is better: a target is met at or below it. */
  LOWER,
  /** Neither way is better in itself (how many emergency meetings, say). */
  NEITHER
}
