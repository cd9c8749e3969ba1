package org.meetingpolicy.core.validation;

import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;

/**
 * AssertJ assertions on a {@link ValidationResult}: which problems were found, by property path and
 * constraint name, never by message text. Failures print every problem found.
 */
final class ValidationResultAssert
    extends AbstractAssert<ValidationResultAssert, ValidationResult> {

  private ValidationResultAssert(ValidationResult actual) {
    super(actual, ValidationResultAssert.class);
  }

  static ValidationResultAssert assertThat(ValidationResult actual) {
    return new ValidationResultAssert(actual);
  }

  /** A problem as (path, constraint), for the assertions below. */
  static Tuple problem(String path, String constraint) {
    return tuple(path, constraint);
  }

  /** No problem at all. */
  ValidationResultAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("Expected well-formed records but found:%n%s", actual);
    }
    return this;
  }

  /** Exactly these problems, in any order, and no other. */
  ValidationResultAssert hasExactlyProblems(Tuple... problems) {
    isNotNull();
    Assertions.assertThat(actual.problems())
        .as("problems of%n%s", actual)
        .extracting(Problem::path, Problem::constraint)
        .containsExactlyInAnyOrder(problems);
    return this;
  }

  /** Exactly one problem: the constraint failed at the path. */
  ValidationResultAssert hasOnlyProblem(String path, String constraint) {
    return hasExactlyProblems(problem(path, constraint));
  }

  /** At least these problems. */
  ValidationResultAssert hasProblems(Tuple... problems) {
    isNotNull();
    Assertions.assertThat(actual.problems())
        .as("problems of%n%s", actual)
        .extracting(Problem::path, Problem::constraint)
        .contains(problems);
    return this;
  }
}
