package org.meetingpolicy.core.validation.internal;

/** What a reference points to, and the message that names a dangling one. */
enum ReferenceKind {
  PERSON("unknownPerson"),
  ROOM("unknownRoom"),
  DEPARTMENT("unknownDepartment"),
  MEETING("unknownMeeting"),
  EVALUATION("unknownEvaluation");

  private final String messageKey;

  ReferenceKind(String messageKey) {
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
