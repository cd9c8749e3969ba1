package org.meetingpolicy.core.model;

/**
 * Identifies an effectiveness evaluation. Immutable; equal when the values are equal.
 *
 * <p>The value is not checked here so that a malformed record can still be read and reported: a
 * blank value is a validation error reported by {@code RecordValidator}.
 *
 * @param value the identifier text, never null
 */
public record EvaluationId(String value) implements Identifier, Comparable<EvaluationId> {

  /** Rejects only a null value; blank values are left to validation. */
  public EvaluationId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** Returns an id with the given value. */
  public static EvaluationId of(String value) {
    return new EvaluationId(value);
  }

  @Override
  public int compareTo(EvaluationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
