package org.meetingpolicy.rules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the records stand with one clause.
 *
 * @param clause the clause, with its texts
 * @param status compliant, violated, due, not applicable or not checked
 * @param violations how many violations it has
 * @param warnings how many warnings it has
 * @param due how many obligations are due
 * @param nextDue the earliest due instant among them; null when nothing is due
 */
public record ClauseResult(
    Clause clause,
    ClauseStatus status,
    int violations,
    int warnings,
    int due,
    @Nullable Instant nextDue) {}
