package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * What one speaker said, as the secretary recorded it (6.1).
 *
 * @param speaker who spoke
 * @param points the key points
 * @param outcome the outcome of the discussion; null when none
 */
public record SpeakerNote(
    @NotNull @ValidId PersonId speaker, @NotNull String points, @Nullable String outcome) {}
