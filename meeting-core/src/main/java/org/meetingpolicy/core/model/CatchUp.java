package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A catch-up on the content by someone who missed part of the meeting (5.6).
 *
 * @param person who caught up
 * @param at when
 * @param method how
 */
public record CatchUp(
    @NotNull @ValidId PersonId person, @NotNull Instant at, @NotNull CatchUpMethod method) {}
