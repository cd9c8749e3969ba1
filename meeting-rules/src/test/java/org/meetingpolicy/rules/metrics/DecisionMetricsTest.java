package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertRate;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertStatus;
import static org.meetingpolicy.rules.metrics.MetricKind.DECISION_EXECUTION_RATE;
import static org.meetingpolicy.rules.metrics.MetricKind.PROGRESS_REPORT_REGULARITY;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * {@link DecisionMetrics} on the golden meeting (13 Nov, ended 16:00) with resolutions made for
 * each case: which ones were executed by their deadline (8.8, 7.3's verdict on completion after
 * it), and which were reported on regularly.
 */
class DecisionMetricsTest {

  // Per test, not static: PIT swaps mutants into a running JVM (see TwoQuartersEvaluationTest).
  private final EffectivenessEvaluator evaluator =
      new EffectivenessEvaluator(RuleTestSupport.ENGINE);

  @Test
  void executedMeansDoneOnRecordByTheInstantAndNotCompletedAfterTheDeadline() {
    Meeting meeting =
        withResolutions(
            List.of(
                resolution("on-time", date(11, 20), ResolutionStatus.DONE, date(11, 19)),
                resolution("late", date(11, 20), ResolutionStatus.DONE, date(11, 23)),
                resolution("no-date", date(11, 20), ResolutionStatus.DONE, null),
                resolution("done-later", date(11, 20), ResolutionStatus.DONE, date(12, 20))));

    PeriodEvaluation q4 = evaluator.evaluate(records(meeting), "2026-Q4", date(11, 25).toInstant());

    // Only "on-time": "late" is 7.3's completed-after-deadline finding; "no-date" has no
    // completion on record; "done-later" was still open on 25 Nov (7.3 finds it overdue then).
    assertRate(q4, DECISION_EXECUTION_RATE, 1, 4);
  }

  @Test
  void aResolutionCancelledAfterTheInstantWasStillOpenAndOwedItsReports() {
    Meeting meeting =
        withResolutions(
            List.of(
                resolution(
                    "cancelled-later", date(12, 20), ResolutionStatus.CANCELLED, date(12, 24))));
    Instant asOf = date(12, 10).toInstant();

    PeriodEvaluation q4 = evaluator.evaluate(records(meeting), "2026-Q4", asOf);

    // No report in the 27 days from the meeting's end to 10 Dec, over the 7-day interval. The
    // engine, reading the records as known on 10 Dec, sees the resolution as cancelled (only a
    // later completion reads as still open) and finds no lapse: why the metric counts it itself.
    assertRate(q4, PROGRESS_REPORT_REGULARITY, 0, 1);
    assertThat(
            RuleTestSupport.ENGINE.check(records(meeting), asOf).findingsOf("7.3").stream()
                .map(f -> f.ruleId()))
        .doesNotContain("resolutions.progress-report-overdue", "resolutions.progress-report-gap");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void withoutTheRuleOnLateCompletionTheExecutionRateIsNotChecked() {
    ComplianceEngine engine =
        ComplianceEngine.builder().disableRule(DecisionMetrics.COMPLETED_LATE).build();
    Meeting meeting =
        withResolutions(
            List.of(resolution("late", date(11, 20), ResolutionStatus.DONE, date(11, 23))));

    PeriodEvaluation q4 =
        new EffectivenessEvaluator(engine)
            .evaluate(records(meeting), "2026-Q4", date(11, 25).toInstant());

    // Without the rule, no finding would read as "done by the deadline".
    assertStatus(q4, DECISION_EXECUTION_RATE, MetricStatus.NOT_CHECKED);
  }

  private static ZonedDateTime date(int month, int day) {
    return ZonedDateTime.of(2026, month, day, 12, 0, 0, 0, ZONE);
  }

  private static DepartmentRecords records(Meeting meeting) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting);
  }

  /** The golden meeting with other resolutions, which its minutes list. */
  private static Meeting withResolutions(List<Resolution> resolutions) {
    Minutes m = GoldenMeeting.GOLDEN.minutes();
    Minutes minutes =
        m.toBuilder().resolutions(resolutions.stream().map(Resolution::id).toList()).build();
    return GoldenMeeting.GOLDEN.toBuilder().resolutions(resolutions).minutes(minutes).build();
  }

  private static Resolution resolution(
      String id, ZonedDateTime deadline, ResolutionStatus status, ZonedDateTime completedAt) {
    return new Resolution(
        ResolutionId.of(id),
        "Resolution " + id,
        Responsible.person(SUPERVISOR),
        null,
        deadline.toInstant(),
        SECRETARY,
        List.of(),
        List.of(),
        status,
        completedAt == null ? null : completedAt.toInstant(),
        null,
        null);
  }
}
