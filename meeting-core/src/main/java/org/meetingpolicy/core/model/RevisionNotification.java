package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The notification of a policy revision to one person (10.2).
 *
 * @param person who was notified
 * @param at when
 */
public record RevisionNotification(@NotNull @ValidId PersonId person, @NotNull Instant at) {}
