package org.meetingpolicy.rules;

import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.ValidationResult;

/**
 * What became of one input record set in a batch: checked; rejected as malformed (or null); or
 * failed, when a rule threw while checking it.
 */
public sealed interface CheckOutcome {

  /** The input; null when the batch held null in its place. */
  @Nullable DepartmentRecords records();

  /** The input's position in the batch, from 0. */
  int index();

  /** The records were well-formed and checked. */
  record Checked(int index, DepartmentRecords records, ComplianceReport report)
      implements CheckOutcome {}

  /**
   * The records were malformed, or null; every problem is named and nothing was judged.
   *
   * @param records the input; null when the batch held null
   */
  record Rejected(int index, @Nullable DepartmentRecords records, ValidationResult problems)
      implements CheckOutcome {}

  /**
   * A rule threw while checking these well-formed records: a bug in a rule (most likely a host's),
   * not a property of the input. Nothing of them was reported; the other inputs were.
   *
   * @param error the failure, naming the rule when the engine can tell ({@link
   *     RuleExecutionException#rule()})
   */
  record Failed(int index, DepartmentRecords records, RuleExecutionException error)
      implements CheckOutcome {}
}
