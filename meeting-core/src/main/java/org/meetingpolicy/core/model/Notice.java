package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A meeting notice as sent (2.6, 3.4, 3.8).
 *
 * @param sentBy who sent it (3.4: the secretary)
 * @param sentAt when it was sent
 * @param channel how
 * @param recipients to whom; immutable, never null
 * @param statesTime whether it states the time
 * @param statesPlace whether it states the place (room or video link)
 * @param statesAgenda whether it states the agenda
 * @param announcedStart the start it announces; null when not recorded
 */
public record Notice(
    @NotNull @ValidId PersonId sentBy,
    @NotNull Instant sentAt,
    @NotNull NoticeChannel channel,
    @NotNull List<@NotNull @ValidId PersonId> recipients,
    boolean statesTime,
    boolean statesPlace,
    boolean statesAgenda,
    @Nullable ZonedDateTime announcedStart) {

  /** Copies the recipients; null reads as none. */
  public Notice {
    recipients = Lists.copy(recipients);
  }

  /** Whether the notice states time, place and agenda (3.4). */
  public boolean isComplete() {
    return statesTime && statesPlace && statesAgenda;
  }
}
