package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;

/**
 * The span of time a record set claims to cover: periodic obligations (one regular meeting a week,
 * monthly agenda items, the quarterly evaluation) are judged for every period of it, up to the
 * instant of judgement, including periods in which nothing was recorded.
 *
 * @param from the first instant covered
 * @param to the last instant covered; null when the records are kept up to date (the span then ends
 *     at the instant of judgement)
 */
@Chronological(start = "from", end = "to")
public record Coverage(@NotNull Instant from, @Nullable Instant to) {

  /** A span from {@code from} that is kept up to date. */
  public static Coverage from(Instant from) {
    return new Coverage(from, null);
  }
}
