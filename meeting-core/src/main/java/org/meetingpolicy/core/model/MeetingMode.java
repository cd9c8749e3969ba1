package org.meetingpolicy.core.model;

/** Where the meeting takes place (3.2, 9.2). */
public enum MeetingMode {
  IN_PERSON,
  /** Online only: needs a stated reason and a video link (9.2). */
  ONLINE,
  /** In a room with remote participants over a video link. */
  HYBRID;

  /** Whether the meeting uses a video link. */
  public boolean usesVideo() {
    return this != IN_PERSON;
  }

  /** Whether the meeting uses a room. */
  public boolean usesRoom() {
    return this != ONLINE;
  }
}
