package org.meetingpolicy.core.model;

/** An invitee's answer to a notice (2.6). */
public enum ResponseKind {
  ACCEPT,
  DECLINE
}
