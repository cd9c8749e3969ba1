package org.meetingpolicy.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * Feedback from an attendee after the meeting (2.10, 5.10, 6.8).
 *
 * @param from who gave it; null when anonymous
 * @param at when
 * @param topic what it is about
 * @param rating a score from 1 (poor) to 5 (excellent); null when not rated
 * @param text the feedback in words; null when only rated
 */
public record Feedback(
    @ValidId @Nullable PersonId from,
    @NotNull Instant at,
    @NotNull FeedbackTopic topic,
    @Min(1) @Max(5) @Nullable Integer rating,
    @Nullable String text) {}
