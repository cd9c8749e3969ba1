package org.meetingpolicy.core.model;

/** How someone who missed part of a meeting caught up (5.6). */
public enum CatchUpMethod {
  /** They read and acknowledged the minutes. */
  MINUTES_ACKNOWLEDGED,
  /** Someone briefed them. */
  BRIEFING,
  /** They watched or listened to a recording. */
  RECORDING
}
