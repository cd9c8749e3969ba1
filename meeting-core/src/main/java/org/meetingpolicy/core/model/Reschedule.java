package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A change of the meeting's time (3.8). The meeting's planned start is the latest new start.
 *
 * @param previousStart the start before the change
 * @param newStart the start after the change
 * @param decidedAt when the change was decided
 * @param decidedBy who decided it (3.8: the organizer)
 * @param attendeesConsultedAt when the organizer consulted the attendees; null if they were not
 */
public record Reschedule(
    @NotNull ZonedDateTime previousStart,
    @NotNull ZonedDateTime newStart,
    @NotNull Instant decidedAt,
    @NotNull @ValidId PersonId decidedBy,
    @Nullable Instant attendeesConsultedAt) {}
