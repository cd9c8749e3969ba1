package org.meetingpolicy.core.model;

/**
 * Identifies an improvement measure of an evaluation. Immutable; equal when the values are equal.
 *
 * <p>The value is not checked here so that a malformed record can still be read and reported: a
 * blank value is a validation error reported by {@code RecordValidator}.
 *
 * @param value the identifier text, never null
 */
public record MeasureId(String value) implements Identifier, Comparable<MeasureId> {

  /** Rejects only a null value; blank values are left to validation. */
  public MeasureId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** Returns an id with the given value. */
  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  @Override
  public int compareTo(MeasureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
