package org.meetingpolicy.core.model;

/**
 * Identifies a policy revision. Immutable; equal when the values are equal.
 *
 * <p>The value is not checked here so that a malformed record can still be read and reported: a
 * blank value is a validation error reported by {@code RecordValidator}.
 *
 * @param value the identifier text, never null
 */
public record RevisionId(String value) implements Identifier, Comparable<RevisionId> {

  /** Rejects only a null value; blank values are left to validation. */
  public RevisionId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** Returns an id with the given value. */
  public static RevisionId of(String value) {
    return new RevisionId(value);
  }

  @Override
  public int compareTo(RevisionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
