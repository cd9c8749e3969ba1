package org.meetingpolicy.flink;

import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;

/**
 * One clause's counts over some record sets; tallies of the same clause add up to the group's
 * roll-up.
 *
 * @param clause the clause id, such as {@code 3.4}
 * @param violated record sets in which the clause was violated
 * @param due record sets in which an obligation of the clause is due
 * @param compliant record sets in which the clause applied and was followed
 * @param violations violation findings
 * @param warnings warning findings
 * @param dueFindings due findings
 */
public record ClauseTally(
    String clause,
    long violated,
    long due,
    long compliant,
    long violations,
    long warnings,
    long dueFindings) {

  /** The counts of one record set's result for a clause. */
  public static ClauseTally of(ClauseResult result) {
    return new ClauseTally(
        result.clause().id(),
        result.status() == ClauseStatus.VIOLATED ? 1 : 0,
        result.status() == ClauseStatus.DUE ? 1 : 0,
        result.status() == ClauseStatus.COMPLIANT ? 1 : 0,
        result.violations(),
        result.warnings(),
        result.due());
  }

  /** The sum of two tallies of the same clause. */
  public ClauseTally plus(ClauseTally other) {
    if (!clause.equals(other.clause)) {
      throw new IllegalArgumentException("cannot add clause " + other.clause + " to " + clause);
    }
    return new ClauseTally(
        clause,
        violated + other.violated,
        due + other.due,
        compliant + other.compliant,
        violations + other.violations,
        warnings + other.warnings,
        dueFindings + other.dueFindings);
  }
}
