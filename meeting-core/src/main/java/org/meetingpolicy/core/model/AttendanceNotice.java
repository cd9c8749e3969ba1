package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A person's notice to the organizer that they will be absent, late or leave early (5.6).
 *
 * @param person who
 * @param kind absence, late arrival or early leave
 * @param notifiedAt when they told the organizer (5.6: before the start)
 * @param notifiedTo whom they told (5.6: the organizer); null when not recorded
 * @param reason why; null when not stated
 */
public record AttendanceNotice(
    @NotNull @ValidId PersonId person,
    @NotNull AttendanceNoticeKind kind,
    @NotNull Instant notifiedAt,
    @ValidId @Nullable PersonId notifiedTo,
    @Nullable String reason) {}
