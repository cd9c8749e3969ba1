package org.meetingpolicy.core.model;

/** Kinds of meeting material (2.7). */
public enum MaterialKind {
  SALES_REPORT,
  MARKET_ANALYSIS,
  POLICY_DOCUMENT,
  PRESENTATION,
  OTHER
}
