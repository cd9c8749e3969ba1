package org.meetingpolicy.rules;

/** The kinds of policy clause: rule, data, informational (docs/clause-model.md). */
public enum ClauseKind {
  /** A rule, checkable from the records at an instant. */
  R,
  /** Data the model must hold; reports show it. */
  D,
  /** Informational: conduct no record can show; documented, not checked. */
  I
}
