package org.meetingpolicy.flink;

import org.apache.flink.api.common.JobExecutionResult;

/**
 * What became of a job's record sets, from its accumulators: nothing is dropped when {@code read ==
 * checked + rejected}.
 *
 * @param read record sets read (documents, or lines of JSON Lines)
 * @param checked record sets checked
 * @param rejected record sets rejected as unreadable or malformed
 * @param findings findings of the checked record sets
 */
public record Reconciliation(long read, long checked, long rejected, long findings) {

  static final String READ = "record-sets-read";
  static final String CHECKED = "record-sets-checked";
  static final String REJECTED = "record-sets-rejected";
  static final String FINDINGS = "findings";

  /** The counts a finished job's accumulators hold. */
  public static Reconciliation of(JobExecutionResult result) {
    return new Reconciliation(
        count(result, READ),
        count(result, CHECKED),
        count(result, REJECTED),
        count(result, FINDINGS));
  }

  private static long count(JobExecutionResult result, String name) {
    Long value = result.getAccumulatorResult(name);
    return value == null ? 0 : value;
  }

  /** Whether every record set read was checked or rejected. */
  public boolean isComplete() {
    return read == checked + rejected;
  }

  /** One line: {@code 3 record set(s) read, 2 checked, 1 rejected; 5 finding(s)}. */
  @Override
  public String toString() {
    return read
        + " record set(s) read, "
        + checked
        + " checked, "
        + rejected
        + " rejected; "
        + findings
        + " finding(s)";
  }
}
