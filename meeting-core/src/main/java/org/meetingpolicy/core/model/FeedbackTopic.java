package org.meetingpolicy.core.model;

/** What a piece of feedback is about (2.10, 5.10, 6.8). */
public enum FeedbackTopic {
  MEETING,
  MINUTES,
  DISCIPLINE,
  OTHER
}
