package org.meetingpolicy.rules.metrics;

/** Where a metric's figure comes from. */
public enum MetricSource {
  /**
   * From the compliance engine's verdicts: the share of meetings with no violation of the metric's
   * clause. The clause's thresholds live in the rules only.
   */
  RULES,
  /**
   * Counted or measured from the records, with the policy's parameters where one applies; where a
   * rule decides the case counted (an absence without notice, a resolution completed late), its
   * verdict is read from the report rather than decided again.
   */
  RECORDS
}
