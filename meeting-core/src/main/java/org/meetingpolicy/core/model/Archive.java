package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Where and when the minutes were archived (6.7).
 *
 * @param at when
 * @param location the archive reference (a path, a document id)
 */
public record Archive(@NotNull Instant at, @NotBlank String location) {}
