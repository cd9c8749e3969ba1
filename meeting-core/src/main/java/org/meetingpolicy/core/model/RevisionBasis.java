package org.meetingpolicy.core.model;

/** Why the policy was revised (10.1). */
public enum RevisionBasis {
  COMPANY_GROWTH,
  MARKET_CHANGE,
  DEPARTMENT_NEEDS,
  EVALUATION_RESULT
}
