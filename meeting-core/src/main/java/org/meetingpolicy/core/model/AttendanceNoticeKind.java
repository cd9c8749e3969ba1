package org.meetingpolicy.core.model;

/** What a person told the organizer in advance (5.6). */
public enum AttendanceNoticeKind {
  ABSENCE,
  LATE_ARRIVAL,
  EARLY_LEAVE
}
