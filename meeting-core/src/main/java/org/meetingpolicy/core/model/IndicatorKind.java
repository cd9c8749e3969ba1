package org.meetingpolicy.core.model;

/** The evaluation indicators the policy names (8.3), and others a department adds. */
public enum IndicatorKind {
  MEETING_EFFICIENCY,
  INFORMATION_DELIVERY,
  DECISION_EXECUTION_RATE,
  TEAM_COHESION,
  OTHER
}
