package org.meetingpolicy.core.model;

/** The standing roles the manager designates people for. */
public enum DesignationRole {
  /** A deputy manager designated to organize and chair meetings (2.1). */
  ORGANIZER,
  /** The meeting secretary (2.2). */
  SECRETARY
}
