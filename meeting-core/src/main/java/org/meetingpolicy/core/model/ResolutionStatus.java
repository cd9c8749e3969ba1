package org.meetingpolicy.core.model;

/** Where a resolution stands (7.3). */
public enum ResolutionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** Whether work on the resolution is still going on. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
