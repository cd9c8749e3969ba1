package org.meetingpolicy.core.model;

import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * Who is responsible for a resolution (4.9, 7.1): one person or one department. A record with both
 * or neither is representable; the rules report it.
 *
 * @param person the responsible person; null when a department is responsible
 * @param department the responsible department; null when a person is responsible
 */
public record Responsible(
    @ValidId @Nullable PersonId person, @ValidId @Nullable DepartmentId department) {

  /** A person is responsible. */
  public static Responsible person(PersonId person) {
    return new Responsible(person, null);
  }

  /** A department is responsible. */
  public static Responsible department(DepartmentId department) {
    return new Responsible(null, department);
  }

  /** Whether exactly one person or one department is named. */
  public boolean isDefinite() {
    return (person == null) != (department == null);
  }
}
