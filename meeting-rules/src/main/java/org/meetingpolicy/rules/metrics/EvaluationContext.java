package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * What every metric group measures one period from: the records, the engine's verdicts on them as
 * of the instant of evaluation, the policy, and what follows from the period (its held meetings,
 * its recorded evaluation). Immutable.
 *
 * @param records the department's records, as given
 * @param period the period measured
 * @param policy the policy whose parameters and zone apply
 * @param verdicts the engine's verdicts on the records as of the instant of evaluation
 * @param held the held meetings: planned start in the period, planned end not after the instant of
 *     evaluation; by start, then id
 * @param recorded the department's latest evaluation covering the period, conducted by the instant
 *     of evaluation; null when none
 * @param targetSource the evaluation whose indicators set the targets (8.4): the recorded one, else
 *     the latest of an earlier period (targets carry forward); null when none
 */
record EvaluationContext(
    DepartmentRecords records,
    CalendarPeriod period,
    MeetingPolicy policy,
    Verdicts verdicts,
    List<Meeting> held,
    @Nullable Evaluation recorded,
    @Nullable Evaluation targetSource) {

  /** Copies the held meetings. */
  EvaluationContext {
    held = List.copyOf(held);
  }

  /** The context of one period. */
  static EvaluationContext of(
      DepartmentRecords records, CalendarPeriod period, MeetingPolicy policy, Verdicts verdicts) {
    Instant asOf = verdicts.asOf();
    List<Meeting> held =
        records.meetings().stream()
            .filter(m -> period.contains(m.start()) && !m.end().isAfter(asOf))
            .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id))
            .toList();
    Evaluation recorded =
        records.evaluations().stream()
            .filter(e -> !e.conductedAt().isAfter(asOf) && covers(period, e))
            .max(Comparator.comparing(Evaluation::conductedAt))
            .orElse(null);
    Evaluation targetSource =
        recorded != null
            ? recorded
            : records.evaluations().stream()
                .filter(e -> !e.conductedAt().isAfter(asOf))
                .filter(e -> !e.period().end().isAfter(period.start()))
                .max(
                    Comparator.comparing((Evaluation e) -> e.period().end())
                        .thenComparing(Evaluation::conductedAt))
                .orElse(null);
    return new EvaluationContext(records, period, policy, verdicts, held, recorded, targetSource);
  }

  /** The instant of evaluation. */
  Instant asOf() {
    return verdicts.asOf();
  }

  /** The policy's zone. */
  ZoneId zone() {
    return policy.zone();
  }

  /** The held meetings of one kind. */
  List<Meeting> held(MeetingKind kind) {
    return held.stream().filter(m -> m.kind() == kind).toList();
  }

  /** The end of the period, or the instant of evaluation while the period is still under way. */
  Instant cutoff() {
    return period.end().isBefore(asOf()) ? period.end() : asOf();
  }

  /** Whether an evaluation covers the period. */
  boolean covers(Evaluation evaluation) {
    return covers(period, evaluation);
  }

  // The same reading as rule 8.1's.
  private static boolean covers(CalendarPeriod period, Evaluation evaluation) {
    return period.isCoveredBy(evaluation.period());
  }
}
