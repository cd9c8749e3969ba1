package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of an action plan (7.2).
 *
 * @param description what is done
 * @param due when it is due; null when the plan has no timetable for it
 */
public record PlanStep(@NotNull String description, @Nullable Instant due) {}
