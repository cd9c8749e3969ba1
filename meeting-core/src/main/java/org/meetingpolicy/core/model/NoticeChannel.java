package org.meetingpolicy.core.model;

/** How a notice was sent (2.6, 3.4: internal e-mail or instant messaging). */
public enum NoticeChannel {
  EMAIL,
  INSTANT_MESSAGE,
  /** By phone, on paper, in passing: not a channel the policy accepts. */
  OTHER
}
