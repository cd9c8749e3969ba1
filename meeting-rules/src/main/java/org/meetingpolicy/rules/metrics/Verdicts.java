package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.util.List;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;

/**
 * What the engine judged of the records as of the instant of evaluation, read for the metrics: so
 * that a metric asks the rules rather than deciding a clause again. Immutable; one per compliance
 * report, shared by the periods evaluated from it.
 */
final class Verdicts {

  private final ComplianceReport report;

  Verdicts(ComplianceReport report) {
    this.report = report;
  }

  /** The instant the records were judged at: the instant of evaluation. */
  Instant asOf() {
    return report.asOf();
  }

  /** The whole report, for the breaches per section. */
  ComplianceReport report() {
    return report;
  }

  /**
   * The share of {@code asked} with no violation of the metric's clause (about the meeting or
   * anything in it), leaving out meetings for which the clause is only due so far; not checked when
   * the engine has no active rule for the clause.
   */
  Metric clauseShare(MetricKind kind, List<Meeting> asked) {
    String clause = kind.clauseId();
    ClauseStatus status =
        report.clause(clause).map(ClauseResult::status).orElse(ClauseStatus.NOT_CHECKED);
    if (status == ClauseStatus.NOT_CHECKED) {
      return Metric.notChecked(kind);
    }
    int complying = 0;
    int violating = 0;
    int pending = 0;
    for (Meeting m : asked) {
      List<Finding> findings =
          report.findingsFor(m.id()).stream().filter(f -> f.clauseId().equals(clause)).toList();
      if (findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION)) {
        violating++;
      } else if (findings.stream().anyMatch(f -> f.severity() == Severity.DUE)) {
        pending++;
      } else {
        complying++;
      }
    }
    return Metric.ratio(kind, complying, complying + violating, pending);
  }
}
