package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * Consecutive periods of the judged span in which a periodic obligation was not met and whose
 * deadline has passed: weeks without a regular meeting (3.1), evaluation periods without an
 * evaluation (8.1). One fact, and so one finding, per run, however long: a record set judged a
 * thousand years after its last meeting yields one finding, not fifty thousand. Computed once in
 * Java ({@code PeriodicObligations}); rules only decide.
 *
 * @param scope the record set it comes from
 * @param kind week or evaluation period
 * @param first the first period of the run
 * @param last the last period of the run
 * @param count how many periods of the run missed the obligation
 * @param listed the first of them, at most {@link #LISTED} labels
 * @param exempt periods inside the run that needed nothing (3.1: the regular meeting day was not a
 *     working day), at most {@link #LISTED} labels
 * @param exemptCount how many periods inside the run were exempt
 * @param deadline when the last period's obligation fell due
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record PeriodRun(
    int scope,
    PeriodKind kind,
    CalendarPeriod first,
    CalendarPeriod last,
    long count,
    List<String> listed,
    List<String> exempt,
    long exemptCount,
    Instant deadline,
    MeetingPolicy policy,
    Instant asOf)
    implements RuleFact {

  /** How many period labels a run lists at most: a year of weeks. */
  public static final int LISTED = 53;

  /** Checks and copies. */
  public PeriodRun {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    listed = List.copyOf(listed);
    exempt = List.copyOf(exempt);
    if (count < 1 || listed.isEmpty() || listed.size() > LISTED || exempt.size() > LISTED) {
      throw new IllegalArgumentException("malformed run " + first + ".." + last);
    }
  }

  /** The run as a label: {@code 2026-W50} alone, or {@code 2026-W50..2027-W02}. */
  public String label() {
    return first.equals(last) ? first.label() : first.label() + ".." + last.label();
  }

  @Override
  public Subject subject() {
    return Subject.period(label());
  }

  /**
   * The periods that missed the obligation, for a reader: all of them, or the first and a count.
   */
  public String periods() {
    String shown = String.join(", ", listed);
    return count > listed.size() ? shown + ", … (" + count + ")" : shown;
  }

  /** The exempt periods inside the run, for a reader; empty when none. */
  public String exemptPeriods() {
    String shown = String.join(", ", exempt);
    return exemptCount > exempt.size() ? shown + ", … (" + exemptCount + ")" : shown;
  }
}
