package org.meetingpolicy.core.model;

/** The part an invitee plays in a meeting (2.4). */
public enum AttendeeRole {
  /** Convenes and chairs the meeting (2.1). */
  CHAIR,
  /** Records the meeting and writes the minutes (2.2). */
  SECRETARY,
  /** Presents one or more agenda items (2.4). */
  PRESENTER,
  /** Takes part. */
  PARTICIPANT,
  /** Supports the meeting technically (2.8). */
  TECHNICIAN
}
