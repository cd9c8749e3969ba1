package org.meetingpolicy.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every structural problem of one validated record set, in a stable order. Immutable.
 *
 * @param problems the problems; empty when the records are well-formed
 */
public record ValidationResult(List<Problem> problems) {

  /** Copies and sorts the problems. */
  public ValidationResult {
    problems = problems.stream().sorted(Problem.ORDER).toList();
  }

  /** Whether there is no problem. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /** One problem per line. */
  @Override
  public String toString() {
    return isValid()
        ? "valid"
        : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
