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

  /** The one problem of a null record set in a batch: {@code NotNull} at its root. */
  public static final ValidationResult NULL_RECORDS =
      new ValidationResult(List.of(new Problem("record set", "", "NotNull", "must not be null")));

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
