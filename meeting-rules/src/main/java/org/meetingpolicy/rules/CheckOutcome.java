package org.meetingpolicy.rules;

import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.ValidationResult;

/** What became of one input record set in a batch: checked, or rejected as malformed. */
public sealed interface CheckOutcome {

  /** The input. */
  DepartmentRecords records();

  /** The input's position in the batch, from 0. */
  int index();

  /** The records were well-formed and checked. */
  record Checked(int index, DepartmentRecords records, ComplianceReport report)
      implements CheckOutcome {}

  /** The records were malformed; every problem is named and nothing was judged. */
  record Rejected(int index, DepartmentRecords records, ValidationResult problems)
      implements CheckOutcome {}
}
