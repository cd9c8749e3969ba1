package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A periodic review of a resolution's execution (7.5), possibly adjusting its plan (6.6).
 *
 * @param at when
 * @param by who reviewed
 * @param planAdjusted whether the action plan or the resolution was changed
 * @param notes the outcome in words
 */
public record PlanReview(
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    boolean planAdjusted,
    @Nullable String notes) {}
