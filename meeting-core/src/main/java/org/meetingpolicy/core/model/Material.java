package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A document prepared for an agenda item (2.7).
 *
 * @param title what it is called
 * @param kind what kind of material
 * @param preparedBy who prepared it (2.7: the secretary)
 * @param preparedAt when it was ready; null when not recorded
 */
public record Material(
    @NotNull String title,
    @NotNull MaterialKind kind,
    @ValidId @Nullable PersonId preparedBy,
    @Nullable Instant preparedAt) {}
