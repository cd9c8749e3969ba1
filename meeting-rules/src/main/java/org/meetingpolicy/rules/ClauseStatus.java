package org.meetingpolicy.rules;

/** Where the records stand with one R clause. */
public enum ClauseStatus {
  /** Some finding of the clause is a violation. */
  VIOLATED,
  /** No violation, and some obligation of the clause is due. */
  DUE,
  /** The clause applied to the records, and nothing is violated or due (warnings may remain). */
  COMPLIANT,
  /** Nothing in the records falls under the clause (no emergency meeting for 9.1, say). */
  NOT_APPLICABLE,
  /** Every rule of the clause was switched off, so it was not checked. */
  NOT_CHECKED
}
