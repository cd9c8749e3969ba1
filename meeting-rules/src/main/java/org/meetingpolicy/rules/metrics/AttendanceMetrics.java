package org.meetingpolicy.rules.metrics;

import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.rules.facts.Participant;

/**
 * {@link MetricGroup#ATTENDANCE}: who of the invitees of held meetings came, on time (5.1), late,
 * left early or stayed away with or without notice, and caught up afterwards (5.6). Who arrived,
 * left early or missed part is the discipline rules' classification ({@link Participant}); whether
 * that broke 5.1 or 5.6 is their findings, so a rule switched off leaves its metrics not checked.
 */
final class AttendanceMetrics {

  // The rules of discipline.drl whose findings the metrics count, each about one person.
  static final String SHORT_OF_LEAD = "discipline.arrival.short-of-lead";
  static final String ARRIVED_LATE = "discipline.arrival.late";
  static final String LATE_WITHOUT_NOTICE = "discipline.late-without-notice";
  static final String EARLY_WITHOUT_NOTICE = "discipline.left-early-without-notice";
  static final String ABSENT_WITHOUT_NOTICE = "discipline.absent-without-notice";
  static final String CATCH_UP_DUE = "discipline.catch-up.due";
  static final String CATCH_UP_MISSING = "discipline.catch-up.missing";

  private AttendanceMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    Verdicts verdicts = c.verdicts();
    int invitees = 0;
    int present = 0;
    int unpunctual = 0;
    int late = 0;
    int lateWithout = 0;
    int early = 0;
    int earlyWithout = 0;
    int absent = 0;
    int absentWithout = 0;
    int missedPart = 0;
    int notCaughtUp = 0;
    for (Meeting m : c.held()) {
      for (Participant p : verdicts.invitees(m)) {
        Subject s = p.subject();
        invitees++;
        if (p.present()) {
          present++;
          // 5.1: any arrival after the start less the expected lead.
          unpunctual += verdicts.found(s, SHORT_OF_LEAD, ARRIVED_LATE) ? 1 : 0;
        } else {
          absent++;
        }
        late += p.arrivedLate() ? 1 : 0;
        early += p.leftEarly() ? 1 : 0;
        // 5.6: late, early or absent without telling the organizer before the start.
        lateWithout += verdicts.found(s, LATE_WITHOUT_NOTICE) ? 1 : 0;
        earlyWithout += verdicts.found(s, EARLY_WITHOUT_NOTICE) ? 1 : 0;
        absentWithout += verdicts.found(s, ABSENT_WITHOUT_NOTICE) ? 1 : 0;
        if (p.missed() != null) {
          missedPart++;
          // 5.6 finds a catch-up still owed, due or missed; a late one was still made.
          notCaughtUp += verdicts.found(s, CATCH_UP_DUE, CATCH_UP_MISSING) ? 1 : 0;
        }
      }
    }
    List<Metric> metrics = new ArrayList<>();
    // A rate of people, not a verdict: an absence with notice complies with 5.6 yet is absent.
    metrics.add(Metric.ratio(MetricKind.ATTENDANCE_RATE, present, invitees, 0));
    metrics.add(
        verdicts.judges(SHORT_OF_LEAD, ARRIVED_LATE)
            ? Metric.ratio(MetricKind.PUNCTUALITY, present - unpunctual, present, 0)
            : Metric.notChecked(MetricKind.PUNCTUALITY));
    metrics.addAll(
        withAndWithout(
            verdicts,
            LATE_WITHOUT_NOTICE,
            MetricKind.LATE_ARRIVALS_WITH_NOTICE,
            MetricKind.LATE_ARRIVALS_WITHOUT_NOTICE,
            late,
            lateWithout));
    metrics.addAll(
        withAndWithout(
            verdicts,
            EARLY_WITHOUT_NOTICE,
            MetricKind.EARLY_LEAVES_WITH_NOTICE,
            MetricKind.EARLY_LEAVES_WITHOUT_NOTICE,
            early,
            earlyWithout));
    metrics.addAll(
        withAndWithout(
            verdicts,
            ABSENT_WITHOUT_NOTICE,
            MetricKind.ABSENCES_WITH_NOTICE,
            MetricKind.ABSENCES_WITHOUT_NOTICE,
            absent,
            absentWithout));
    metrics.add(
        verdicts.judges(CATCH_UP_DUE, CATCH_UP_MISSING)
            ? Metric.ratio(MetricKind.CATCH_UP_COMPLETION, missedPart - notCaughtUp, missedPart, 0)
            : Metric.notChecked(MetricKind.CATCH_UP_COMPLETION));
    return metrics;
  }

  /** Of {@code all} cases, those the rule found without notice, and the rest, which had one. */
  private static List<Metric> withAndWithout(
      Verdicts verdicts, String rule, MetricKind with, MetricKind without, int all, int found) {
    return verdicts.judges(rule)
        ? List.of(Metric.count(with, all - found), Metric.count(without, found))
        : List.of(Metric.notChecked(with), Metric.notChecked(without));
  }
}
