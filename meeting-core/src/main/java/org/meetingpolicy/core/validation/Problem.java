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

  /**
   * Orders problems by path, reading indexes as numbers ({@code meetings[2]} before {@code
   * meetings[10]}), then constraint, then message: a stable order for reports.
   */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path, Problem::comparePaths)
          .thenComparing(Problem::constraint)
          .thenComparing(Problem::message);

  /** Rejects null parts. */
  public Problem {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(message, "message");
  }

  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        // Longer digit runs are larger numbers; equal lengths compare digit by digit.
        int byNumber =
            endA - i != endB - j
                ? Integer.compare(endA - i, endB - j)
                : a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** One line: {@code meeting m1: meetings[0].plannedEnd: must not be before plannedStart}. */
  @Override
  public String toString() {
    return record + ": " + (path.isEmpty() ? "(root)" : path) + ": " + message;
  }
}
