package org.meetingpolicy.rules.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.rules.Subject;

/**
 * {@link MetricGroup#DECISIONS}: resolutions done by their deadline (8.8), overdue and open ones at
 * the period's end, and how regularly their progress was reported (7.3). Resolutions are those of
 * any meeting, counted by their deadline or by the time they were open. Whether one was completed
 * after its deadline is 7.3's finding.
 */
final class DecisionMetrics {

  // The rule of resolutions.drl whose findings the execution rate counts.
  static final String COMPLETED_LATE = "resolutions.completed-after-deadline";

  private DecisionMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    Instant asOf = c.asOf();
    Instant cutoff = c.cutoff();
    Verdicts verdicts = c.verdicts();
    int due = 0;
    int executed = 0;
    int overdue = 0;
    int open = 0;
    int tracked = 0;
    int regular = 0;
    for (Meeting m : c.records().meetings()) {
      for (Resolution r : m.resolutions()) {
        Subject subject = Subject.resolution(m.id(), r.id());
        Instant deadline = r.deadline();
        if (deadline != null
            && c.period().contains(deadline)
            && !deadline.isAfter(asOf)
            && r.status() != ResolutionStatus.CANCELLED) {
          due++;
          // Done on record by the instant, and not completed after its deadline (7.3).
          if (r.status() == ResolutionStatus.DONE
              && r.completedAt() != null
              && !r.completedAt().isAfter(asOf)
              && !verdicts.found(subject, COMPLETED_LATE)) {
            executed++;
          }
        }
        // A state at the cutoff, not a verdict: 7.3's overdue findings are of the instant of
        // evaluation, and a later completion or cancellation changes them.
        if (m.start().isBefore(cutoff) && isOpenAt(r, cutoff)) {
          open++;
          if (deadline != null && deadline.isBefore(cutoff)) {
            overdue++;
          }
        }
        Boolean reported = reportedRegularly(c, m, r);
        if (reported != null) {
          tracked++;
          if (reported) {
            regular++;
          }
        }
      }
    }
    return List.of(
        verdicts.judges(COMPLETED_LATE)
            ? Metric.ratio(MetricKind.DECISION_EXECUTION_RATE, executed, due, 0)
            : Metric.notChecked(MetricKind.DECISION_EXECUTION_RATE),
        Metric.count(MetricKind.RESOLUTIONS_OVERDUE, overdue),
        Metric.count(MetricKind.RESOLUTIONS_OPEN, open),
        Metric.ratio(MetricKind.PROGRESS_REPORT_REGULARITY, regular, tracked, 0));
  }

  /**
   * Whether the resolution was reported on at least every interval while open during the period;
   * null when it was not open during the period. Open time runs from the meeting's end to the
   * completion, or to the cutoff while still open. Not 7.3's gap findings: the engine reads a
   * resolution cancelled after the instant as cancelled then (RecordSnapshot reopens only DONE
   * ones), so 7.3 misses its running gap, which this counts.
   */
  private static @Nullable Boolean reportedRegularly(EvaluationContext c, Meeting m, Resolution r) {
    Instant cutoff = c.cutoff();
    Instant trackStart = m.end();
    if (!trackStart.isBefore(cutoff)) {
      return null;
    }
    Instant closed =
        r.completedAt() != null ? r.completedAt() : r.status().isOpen() ? null : trackStart;
    Instant trackEnd = closed == null || closed.isAfter(cutoff) ? cutoff : closed;
    Instant windowStart = trackStart.isAfter(c.period().start()) ? trackStart : c.period().start();
    if (!trackEnd.isAfter(windowStart)) {
      return null;
    }
    List<Instant> checkpoints = new ArrayList<>();
    checkpoints.add(trackStart);
    r.progressReports().stream()
        .map(ProgressReport::at)
        .filter(at -> at.isAfter(trackStart) && at.isBefore(trackEnd))
        .sorted()
        .forEach(checkpoints::add);
    checkpoints.add(trackEnd);
    Duration interval = c.policy().progressReportInterval();
    for (int i = 1; i < checkpoints.size(); i++) {
      Instant from = checkpoints.get(i - 1);
      Instant to = checkpoints.get(i);
      // Only gaps that reach into the period count for it.
      if (to.isAfter(windowStart) && Duration.between(from, to).compareTo(interval) > 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOpenAt(Resolution r, Instant instant) {
    return r.completedAt() != null ? r.completedAt().isAfter(instant) : r.status().isOpen();
  }
}
