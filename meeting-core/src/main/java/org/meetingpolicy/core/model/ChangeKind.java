package org.meetingpolicy.core.model;

/** What a change did. */
public enum ChangeKind {
  /** Something was added: an agenda item, an attendee. */
  ADDED,
  /** Something was taken out. */
  REMOVED,
  /** Something was changed in place: an item's title, presenter or time. */
  MODIFIED,
  /** The order of the agenda changed. */
  REORDERED
}
