package org.meetingpolicy.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The answers to one survey question (8.5).
 *
 * @param question the question
 * @param responses how many answered it
 * @param meanScore the mean score, 1 to 5; null when nobody answered
 */
public record SurveyQuestion(
    @NotNull String question,
    @PositiveOrZero int responses,
    @DecimalMin("1") @DecimalMax("5") @Nullable Double meanScore) {}
