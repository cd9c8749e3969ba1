package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * One version of the minutes (6.6). Version 1 is the first draft; later versions update it.
 *
 * @param number the version number, from 1, unique within the minutes
 * @param at when it was written
 * @param by who wrote it (the secretary)
 * @param changes what changed against the previous version; null for the first
 */
public record MinutesVersion(
    @Positive int number,
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    @Nullable String changes) {}
