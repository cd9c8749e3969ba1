package org.meetingpolicy.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * Technical support for the meeting (2.8, 9.5).
 *
 * @param needed whether the meeting needs a technician
 * @param technician who was arranged; null if nobody
 * @param arrangedAt when; null if not arranged
 */
public record TechnicalSupport(
    boolean needed, @ValidId @Nullable PersonId technician, @Nullable Instant arrangedAt) {}
