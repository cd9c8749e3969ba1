package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The evaluation of a resolution's result against its expected outcome (7.8).
 *
 * @param at when
 * @param by who evaluated
 * @param outcomeAchieved whether the expected outcome was reached
 * @param notes the assessment in words
 */
public record ResultEvaluation(
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    boolean outcomeAchieved,
    @Nullable String notes) {}
