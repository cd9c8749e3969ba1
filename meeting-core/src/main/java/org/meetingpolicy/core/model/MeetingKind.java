package org.meetingpolicy.core.model;

/** Whether a meeting is the regular weekly one or called at short notice (3.1, 9.1). */
public enum MeetingKind {
  /** The regular weekly meeting (3.1). */
  REGULAR,
  /**
   * An emergency meeting: exempt from the notice period and the weekly slot, needs a reason (9.1).
   */
  EMERGENCY
}
