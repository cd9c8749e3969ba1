package org.meetingpolicy.rules.facts;

/** The calendar periods cross-meeting rules reason over. */
public enum PeriodKind {
  /** ISO weeks, for the weekly cadence (3.1). */
  WEEK,
  /** Calendar months, for the monthly agenda items (4.2, 4.6, 4.7). */
  MONTH,
  /** Quarters or half-years, for the evaluations (8.1). */
  EVALUATION
}
