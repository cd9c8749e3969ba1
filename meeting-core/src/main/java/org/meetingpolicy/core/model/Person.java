package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A person who may take part in meetings.
 *
 * @param id identifies the person, unique in the department records
 * @param name display name
 * @param department the department the person belongs to
 * @param position the position (2.1, 2.3)
 * @param clearance the highest confidentiality level the person may see (9.6); null means not
 *     recorded, read as {@link Confidentiality#INTERNAL}
 * @param external whether the person is from outside the company (5.4: content must not leave it)
 */
public record Person(
    @NotNull @ValidId PersonId id,
    @NotNull String name,
    @NotNull @ValidId DepartmentId department,
    @NotNull Position position,
    @Nullable Confidentiality clearance,
    boolean external) {

  /** The clearance, reading "not recorded" as {@link Confidentiality#INTERNAL}. */
  public Confidentiality effectiveClearance() {
    return clearance == null ? Confidentiality.INTERNAL : clearance;
  }

  /** Whether this person may attend a meeting of the given confidentiality (5.4, 9.6). */
  public boolean isClearedFor(Confidentiality level) {
    return !external && effectiveClearance().covers(level);
  }
}
