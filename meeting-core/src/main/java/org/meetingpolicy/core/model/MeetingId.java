package org.meetingpolicy.core.model;

/**
 * Identifies a meeting. Immutable; equal when the values are equal.
 *
 * <p>The value is not checked here so that a malformed record can still be read and reported: a
 * blank value is a validation error reported by {@code RecordValidator}.
 *
 * @param value the identifier text, never null
 */
public record MeetingId(String value) implements Identifier, Comparable<MeetingId> {

  /** Rejects only a null value; blank values are left to validation. */
  public MeetingId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** Returns an id with the given value. */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
