package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The invitation to give feedback after the meeting (2.10, 4.8).
 *
 * @param by who asked
 * @param at when
 * @param channel where feedback goes (a form, a mailbox); null when not stated
 */
public record FeedbackRequest(
    @NotNull @ValidId PersonId by, @NotNull Instant at, @Nullable String channel) {}
