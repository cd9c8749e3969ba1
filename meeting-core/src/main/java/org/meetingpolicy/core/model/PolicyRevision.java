package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A revision of the meeting policy (section 10).
 *
 * @param id identifies the revision
 * @param version the policy version it produces
 * @param reason why, in words (10.1)
 * @param bases why, by kind (10.1)
 * @param approvedBy who approved it (10.2: the manager); null while unapproved
 * @param approvedAt when; null while unapproved
 * @param notifications who was notified when (10.2)
 * @param effectiveFrom when it takes effect
 */
public record PolicyRevision(
    @NotNull @ValidId RevisionId id,
    @NotNull String version,
    @Nullable String reason,
    @NotNull Set<@NotNull RevisionBasis> bases,
    @ValidId @Nullable PersonId approvedBy,
    @Nullable Instant approvedAt,
    @NotNull List<@Valid @NotNull RevisionNotification> notifications,
    @NotNull Instant effectiveFrom) {

  /** Copies the collections; null reads as empty. */
  public PolicyRevision {
    bases = Lists.copy(bases);
    notifications = Lists.copy(notifications);
  }
}
