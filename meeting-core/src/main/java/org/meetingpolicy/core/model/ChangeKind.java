package org.meetingpolicy.core.model;

/** What a change did. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  MODIFIED,
  REORDERED
}
