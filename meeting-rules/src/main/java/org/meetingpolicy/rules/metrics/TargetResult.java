package org.meetingpolicy.rules.metrics;

/** How a metric stands against its target (8.4). */
public enum TargetResult {
  /** The value reaches the target. */
  MET,
  /** The value falls short of the target. */
  MISSED,
  /** No evaluation set a target for the metric. */
  NO_TARGET,
  /** A target is set but the metric has no value. */
  NOT_MEASURED
}
