package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The scheduling of the next meeting after this one (3.9).
 *
 * @param by who scheduled it (3.9: the secretary)
 * @param at when
 * @param nextStart the next meeting's planned start
 * @param nextMeeting the next meeting's record, when it is in the records; null otherwise
 */
public record NextMeetingScheduling(
    @NotNull @ValidId PersonId by,
    @NotNull Instant at,
    @NotNull ZonedDateTime nextStart,
    @ValidId @Nullable MeetingId nextMeeting) {}
