package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A report on a resolution's progress to the organizer (7.3, 7.6).
 *
 * @param at when
 * @param by who reported (7.3: the secretary or the designated tracker)
 * @param to to whom (7.3: the organizer); null when not recorded
 * @param summary the progress in words
 * @param issues problems raised (7.4); null when none
 */
public record ProgressReport(
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    @ValidId @Nullable PersonId to,
    @Nullable String summary,
    @Nullable String issues) {}
