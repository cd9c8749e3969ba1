package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.meetingpolicy.core.validation.ValidId;

/**
 * An invitee's confirmation that they will or will not attend (2.6).
 *
 * @param person who answered
 * @param kind accept or decline
 * @param at when; never before the first notice sent to that person
 */
public record Response(
    @NotNull @ValidId PersonId person, @NotNull ResponseKind kind, @NotNull Instant at) {}
