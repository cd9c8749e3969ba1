package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The action plan of a resolution (4.9, 7.2): steps with a timetable and an expected outcome.
 *
 * @param steps the steps, in order
 * @param expectedOutcome what the plan should achieve; null when not stated
 */
public record ActionPlan(
    @NotNull List<@Valid @NotNull PlanStep> steps, @Nullable String expectedOutcome) {

  /** Copies the list; null reads as none. */
  public ActionPlan {
    steps = Lists.copy(steps);
  }

  /** Whether every step has a due date and there is at least one step. */
  public boolean hasTimetable() {
    return !steps.isEmpty() && steps.stream().allMatch(s -> s.due() != null);
  }
}
