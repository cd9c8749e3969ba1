package org.meetingpolicy.core.model;

/**
 * How sensitive a meeting or its minutes are, and how far a person is cleared (5.4, 6.9, 9.6).
 * Levels are ordered: a person cleared for a level may see that level and every lower one.
 */
public enum Confidentiality {
  /** Internal company information: every employee may see it, no outsider (5.4). */
  INTERNAL,
  /** Sensitive: only people cleared for it (9.6). */
  CONFIDENTIAL,
  /** Highly sensitive: only people cleared for it (9.6). */
  SECRET;

  /** Whether a person cleared to this level may see information classified {@code level}. */
  public boolean covers(Confidentiality level) {
    return compareTo(level) >= 0;
  }

  /** Whether this level restricts attendance beyond "any employee" (9.6). */
  public boolean isRestricted() {
    return this != INTERNAL;
  }
}
