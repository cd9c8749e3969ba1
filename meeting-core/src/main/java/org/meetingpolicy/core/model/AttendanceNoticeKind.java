package org.meetingpolicy.core.model;

/** What a person told the organizer in advance (5.6). */
public enum AttendanceNoticeKind {
  /** They will not attend. */
  ABSENCE,
  /** They will arrive after the start. */
  LATE_ARRIVAL,
  /** They will leave before the end. */
  EARLY_LEAVE
}
