package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * One invitee of a meeting and their role (2.3, 2.4).
 *
 * @param person who is invited
 * @param role the part they play
 * @param responsibility what they are responsible for, in words (2.4: "sales data and strategy");
 *     null when not stated
 */
public record Invitation(
    @NotNull @ValidId PersonId person,
    @NotNull AttendeeRole role,
    @Nullable String responsibility) {}
