package org.meetingpolicy.core.model;

/** A person's position, as the policy distinguishes them (clauses 2.1, 2.3, 2.4). */
public enum Position {
  /** The sales department manager: organizer and chair by default (2.1). */
  MANAGER,
  /** A deputy manager; organizes a meeting only when the manager designated them (2.1). */
  DEPUTY_MANAGER,
  /** A supervisor of the sales department (2.3). */
  SUPERVISOR,
  /** A member of the sales staff (2.3). */
  SALES_STAFF,
  /** The head of another department, such as marketing or HR (2.3, 2.4, 4.3). */
  DEPARTMENT_HEAD,
  /** Any other employee: administration, technical support, assistants. */
  OTHER_STAFF;

  /** Whether this position leads a department or the sales department's management. */
  public boolean isLeadership() {
    return this == MANAGER || this == DEPUTY_MANAGER || this == DEPARTMENT_HEAD;
  }
}
