package org.meetingpolicy.core.model;

/**
 * Identifies an agenda item within its meeting. Immutable; equal when the values are equal.
 *
 * <p>The value is not checked here so that a malformed record can still be read and reported: a
 * blank value is a validation error reported by {@code RecordValidator}.
 *
 * @param value the identifier text, never null
 */
public record AgendaItemId(String value) implements Identifier, Comparable<AgendaItemId> {

  /** Rejects only a null value; blank values are left to validation. */
  public AgendaItemId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** Returns an id with the given value. */
  public static AgendaItemId of(String value) {
    return new AgendaItemId(value);
  }

  @Override
  public int compareTo(AgendaItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
