package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;

/**
 * A satisfaction survey among attendees (8.5).
 *
 * @param conductedAt when it closed
 * @param invited how many people were asked
 * @param responded how many answered
 * @param questions the per-question results
 */
public record SatisfactionSurvey(
    @NotNull Instant conductedAt,
    @PositiveOrZero int invited,
    @PositiveOrZero int responded,
    @NotNull List<@Valid @NotNull SurveyQuestion> questions) {

  /** Copies the list; null reads as none. */
  public SatisfactionSurvey {
    questions = Lists.copy(questions);
  }
}
