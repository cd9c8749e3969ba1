package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A change to the agenda after it was announced (9.3).
 *
 * @param by who changed it (9.3: only the organizer)
 * @param at when
 * @param kind what kind of change
 * @param item the item concerned; null when the change is not about one item
 * @param description the change in words
 */
public record AgendaChange(
    @NotNull @ValidId PersonId by,
    @NotNull Instant at,
    @NotNull ChangeKind kind,
    @ValidId @Nullable AgendaItemId item,
    @Nullable String description) {}
