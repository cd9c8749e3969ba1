package org.meetingpolicy.core.model;

/** What kind of place a room is (3.2: a company meeting room or video-conference room). */
public enum RoomKind {
  MEETING_ROOM,
  VIDEO_CONFERENCE_ROOM,
  /** Any other place (an office, a café): not a meeting room under 3.2. */
  OTHER
}
