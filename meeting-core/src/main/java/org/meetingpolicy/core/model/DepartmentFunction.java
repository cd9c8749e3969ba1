package org.meetingpolicy.core.model;

/** What a related department contributes to the sales meetings (2.4, 4.3, 4.6). */
public enum DepartmentFunction {
  /** Market analysis (4.3). */
  MARKETING,
  /** Incentive plans, personal development (4.6, 4.7). */
  HUMAN_RESOURCES,
  /** Room bookings (3.5). */
  ADMINISTRATION,
  /** Projector, sound and video support (2.8, 9.5). */
  TECHNICAL_SUPPORT,
  /** Any other related department. */
  OTHER
}
