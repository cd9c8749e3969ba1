package org.meetingpolicy.core.model;

/** What a discipline reminder covers (2.9, section 5). */
public enum DisciplineTopic {
  PUNCTUALITY,
  CONFIDENTIALITY,
  CONDUCT
}
