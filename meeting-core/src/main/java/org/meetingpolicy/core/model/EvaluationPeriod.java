package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.meetingpolicy.core.validation.Chronological;

/**
 * The period an evaluation covers (8.1), from {@code start} inclusive to {@code end} exclusive.
 *
 * @param label a name such as {@code 2026-Q4} or {@code 2026-H2}
 * @param start the first instant of the period
 * @param end the first instant after it
 */
@Chronological(start = "start", end = "end")
public record EvaluationPeriod(
    @NotNull String label, @NotNull Instant start, @NotNull Instant end) {

  /** Whether the instant falls in the period. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
