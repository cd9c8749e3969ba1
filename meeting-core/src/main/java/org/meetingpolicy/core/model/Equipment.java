package org.meetingpolicy.core.model;

/** Room equipment the policy names (3.2, 3.6). */
public enum Equipment {
  PROJECTOR,
  SOUND,
  WHITEBOARD,
  SCREEN,
  VIDEO_CONFERENCE
}
