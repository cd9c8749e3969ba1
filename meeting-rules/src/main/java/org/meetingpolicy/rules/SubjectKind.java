package org.meetingpolicy.rules;

/** What a finding is about. */
public enum SubjectKind {
  DEPARTMENT,
  PERIOD,
  ROOM,
  MEETING,
  PERSON,
  AGENDA_ITEM,
  MINUTES,
  RESOLUTION,
  EVALUATION,
  REVISION
}
