package org.meetingpolicy.core.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One structural problem of a record.
 *
 * @param record the record it belongs to, such as {@code meeting m-2026-48} or {@code department};
 *     never null
 * @param path the property path from the validated root, such as {@code
 *     meetings[2].notices[0].sentAt}; empty for the root itself
 * @param constraint the simple name of the constraint that failed, such as {@code NotNull}; stable
 *     for programs to act on
 * @param message the problem in words, in the validator's language
 */
public record Problem(String record, String path, String constraint, String message) {

  /** Orders problems by path, then constraint, then message: a stable order for reports. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparing(Problem::constraint)
          .thenComparing(Problem::message);

  /** Rejects null parts. */
  public Problem {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code meeting m1: meetings[0].plannedEnd: must not be before plannedStart}. */
  @Override
  public String toString() {
    return record + ": " + (path.isEmpty() ? "(root)" : path) + ": " + message;
  }
}
