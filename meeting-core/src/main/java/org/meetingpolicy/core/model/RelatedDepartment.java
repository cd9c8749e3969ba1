package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A department whose head takes part in the sales meetings (2.3), such as marketing or HR.
 *
 * @param id identifies the department
 * @param name display name
 * @param function what the department contributes (2.4: market analysis, incentive plans)
 * @param head the head of the department, who must be invited; null when not recorded
 */
public record RelatedDepartment(
    @NotNull @ValidId DepartmentId id,
    @NotNull String name,
    @NotNull DepartmentFunction function,
    @ValidId @Nullable PersonId head) {}
