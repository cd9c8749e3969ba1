package org.meetingpolicy.core.model;

/** Where an evaluation drew its evidence from (8.2, 8.5). */
public enum FeedbackSource {
  MINUTES,
  ATTENDEE_FEEDBACK,
  LEADERSHIP_ASSESSMENT,
  SATISFACTION_SURVEY
}
