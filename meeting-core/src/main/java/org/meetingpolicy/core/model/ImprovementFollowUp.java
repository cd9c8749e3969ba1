package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A check on an improvement measure's implementation (8.10).
 *
 * @param at when
 * @param by who checked
 * @param implemented whether the measure is in place
 * @param notes what was found
 */
public record ImprovementFollowUp(
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    boolean implemented,
    @Nullable String notes) {}
