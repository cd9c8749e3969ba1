package org.meetingpolicy.rules;

import java.util.List;

/**
 * The outcome of checking many record sets: one outcome per input, in input order, so nothing is
 * dropped: {@code read() == checked() + rejected() + failed()}.
 *
 * @param outcomes the outcomes in input order
 */
public record BatchResult(List<CheckOutcome> outcomes) {

  /** Copies the list. */
  public BatchResult {
    outcomes = List.copyOf(outcomes);
  }

  /** How many record sets were given. */
  public int read() {
    return outcomes.size();
  }

  /** How many were checked. */
  public long checked() {
    return outcomes.stream().filter(CheckOutcome.Checked.class::isInstance).count();
  }

  /** How many were rejected as malformed. */
  public long rejected() {
    return outcomes.stream().filter(CheckOutcome.Rejected.class::isInstance).count();
  }

  /** How many failed because a rule threw while checking them. */
  public long failed() {
    return outcomes.stream().filter(CheckOutcome.Failed.class::isInstance).count();
  }

  /** The reports of the checked record sets, in input order. */
  public List<ComplianceReport> reports() {
    return outcomes.stream()
        .filter(CheckOutcome.Checked.class::isInstance)
        .map(o -> ((CheckOutcome.Checked) o).report())
        .toList();
  }
}
