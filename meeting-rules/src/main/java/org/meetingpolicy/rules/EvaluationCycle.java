package org.meetingpolicy.rules;

/** How often the meeting system is evaluated (8.1). */
public enum EvaluationCycle {
  /** Every calendar quarter: labels such as {@code 2026-Q4}. */
  QUARTERLY(3),
  /** Every half-year: labels such as {@code 2026-H2}. */
  HALF_YEARLY(6);

  private final int months;

  EvaluationCycle(int months) {
    this.months = months;
  }

  /** The length of one period in months. */
  public int months() {
    return months;
  }
}
