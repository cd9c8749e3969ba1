package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The video link of an online or hybrid meeting (9.2, 9.6).
 *
 * @param url the link
 * @param tool the meeting tool's name
 * @param encrypted whether the tool encrypts the call end to end (9.6)
 */
public record VideoConference(@NotBlank String url, @Nullable String tool, boolean encrypted) {}
