package org.meetingpolicy.rules;

import java.util.Objects;

/**
 * One fact or threshold that decided a finding, such as {@code noticeSentAt = 2026-11-05 10:00} or
 * {@code required = 7 d}. Values are rendered as text when the finding is made, so reports are
 * stable and need no access to the records.
 *
 * @param name what it is
 * @param value its value as text
 */
public record Evidence(String name, String value) {

  /** Rejects nulls. */
  public Evidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
