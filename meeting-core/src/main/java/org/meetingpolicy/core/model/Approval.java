package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.meetingpolicy.core.validation.ValidId;

/**
 * The review and approval of one version of the minutes (6.4).
 *
 * @param version the version approved
 * @param by who approved it (6.4: the organizer or a responsible person)
 * @param at when
 */
public record Approval(@Positive int version, @NotNull @ValidId PersonId by, @NotNull Instant at) {}
