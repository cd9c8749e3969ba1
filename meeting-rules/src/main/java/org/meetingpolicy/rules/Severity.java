package org.meetingpolicy.rules;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
  /** A clause is broken: a deadline passed without the fact, or a fact contradicts the clause. */
  VIOLATION,
  /** Something the policy asks for is weak or doubtful, but not clearly broken. */
  WARNING,
  /** An obligation whose deadline has not passed yet: what is due next, and by when. */
  DUE;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
