package org.meetingpolicy.testkit.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ClauseCatalogue;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A compliance report made by hand, without the engine: findings of every severity about two
 * meetings and the department, in a scrambled order with a repeat, and a clause of every status.
 * For tests of what reads or renders a report.
 */
public final class HandMadeReport {

  /** The zone the report is written in. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** The instant the report is judged at (2026-11-16 18:00 in Shanghai). */
  public static final Instant AS_OF = Instant.parse("2026-11-16T10:00:00Z");
  /** The first meeting. */
  public static final MeetingId M1 = MeetingId.of("m-1");
  /** The second meeting. */
  public static final MeetingId M2 = MeetingId.of("m-2");

  /** A violation of 3.4 about m-2. */
  public static final Finding LATE = finding("3.4", "b.late", Severity.VIOLATION, M2, null);
  /** A warning of 2.4 about m-1. */
  public static final Finding ROLE = finding("2.4", "a.role", Severity.WARNING, M1, null);
  /** A due obligation of 6.5 about m-1, two hours after {@link #AS_OF}. */
  public static final Finding MINUTES_DUE =
      finding("6.5", "c.minutes", Severity.DUE, M1, AS_OF.plusSeconds(7_200));
  /** A due obligation of 3.9 about m-1, an hour after {@link #AS_OF}. */
  public static final Finding NEXT_DUE =
      finding("3.9", "d.next", Severity.DUE, M1, AS_OF.plusSeconds(3_600));
  /** A department-wide violation of 3.1 (week 46), with evidence and real messages. */
  public static final Finding WEEK =
      new Finding(
          "3.1",
          "e.week",
          Severity.VIOLATION,
          Subject.period("2026-W46"),
          null,
          List.of(new Evidence("week", "2026-W46")),
          "第 46 周没有例会。",
          "No regular meeting in week 46.");

  /**
   * The report of those findings (one given twice) and of seven clauses, one of each status.
   */
  public static final ComplianceReport REPORT =
      report(
          List.of(MINUTES_DUE, WEEK, LATE, ROLE, NEXT_DUE, LATE),
          List.of(
              result("2.4", ClauseStatus.COMPLIANT, 0, 1, 0),
              result("3.1", ClauseStatus.VIOLATED, 1, 0, 0),
              result("3.4", ClauseStatus.VIOLATED, 1, 0, 0),
              result("3.9", ClauseStatus.DUE, 0, 0, 1),
              result("6.5", ClauseStatus.DUE, 0, 0, 1),
              result("9.1", ClauseStatus.NOT_APPLICABLE, 0, 0, 0),
              result("9.2", ClauseStatus.NOT_CHECKED, 0, 0, 0)));

  /** {@link #REPORT} with its records named in Chinese too ({@code 部门 'sales' 的记录}). */
  public static final ComplianceReport REPORT_NAMED_IN_CHINESE =
      new ComplianceReport(
          REPORT.records(),
          "部门 'sales' 的记录",
          AS_OF,
          SHANGHAI,
          "p",
          REPORT.meetings(),
          REPORT.findings(),
          REPORT.clauses(),
          List.of());

  private HandMadeReport() {}

  /** A finding about the meeting (or, without one, a room) with messages "EN rule", "ZH rule". */
  public static Finding finding(
      String clause, String rule, Severity severity, @Nullable MeetingId meeting, @Nullable Instant at) {
    Subject subject =
        meeting == null
            ? Subject.room(org.meetingpolicy.core.model.RoomId.of("room-a"))
            : Subject.meeting(meeting);
    return new Finding(clause, rule, severity, subject, at, List.of(), "ZH " + rule, "EN " + rule);
  }

  /** A built-in clause's result with its counts of violations, warnings and due findings. */
  public static ClauseResult result(String clause, ClauseStatus status, int v, int w, int d) {
    return new ClauseResult(ClauseCatalogue.builtIn().get(clause), status, v, w, d, null);
  }

  /** A report of department 'sales' as of {@link #AS_OF} with the findings and clauses. */
  public static ComplianceReport report(List<Finding> findings, List<ClauseResult> clauses) {
    return new ComplianceReport(
        "records of department 'sales'", AS_OF, SHANGHAI, "p", List.of(M2, M1), findings, clauses);
  }
}
