package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A change in who attends, after the notice (9.4).
 *
 * @param person who was added or removed
 * @param kind added or removed
 * @param decidedAt when the change was decided
 * @param notifiedBy who told those concerned (9.4: the organizer); null if nobody did
 * @param notifiedAt when; null if not notified
 */
public record AttendeeChange(
    @NotNull @ValidId PersonId person,
    @NotNull ChangeKind kind,
    @NotNull Instant decidedAt,
    @ValidId @Nullable PersonId notifiedBy,
    @Nullable Instant notifiedAt) {}
