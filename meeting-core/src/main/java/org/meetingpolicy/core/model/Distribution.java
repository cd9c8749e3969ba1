package org.meetingpolicy.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import org.meetingpolicy.core.validation.ValidId;

/**
 * A distribution of one version of the minutes (6.5, 6.6, 6.9).
 *
 * @param version the version sent
 * @param at when
 * @param by who sent it
 * @param recipients the people it went to
 * @param departments the departments it went to (6.5: the departments concerned)
 */
public record Distribution(
    @Positive int version,
    @NotNull Instant at,
    @NotNull @ValidId PersonId by,
    @NotNull List<@NotNull @ValidId PersonId> recipients,
    @NotNull List<@NotNull @ValidId DepartmentId> departments) {

  /** Copies the lists; null reads as none. */
  public Distribution {
    recipients = Lists.copy(recipients);
    departments = Lists.copy(departments);
  }
}
