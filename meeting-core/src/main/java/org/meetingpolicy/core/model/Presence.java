package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;

/**
 * One interval a person was present, in the room or joined online (5.1, 5.6). A meeting tool's
 * join/leave report maps to one presence per join.
 *
 * @param joined when they arrived or joined
 * @param left when they left; null when they stayed to the end and the leaving was not recorded
 */
@Chronological(start = "joined", end = "left")
public record Presence(@NotNull Instant joined, @Nullable Instant left) {}
