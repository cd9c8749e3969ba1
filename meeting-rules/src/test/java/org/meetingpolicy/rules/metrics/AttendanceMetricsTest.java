package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertCount;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertRate;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertStatus;
import static org.meetingpolicy.rules.metrics.MetricKind.ABSENCES_WITHOUT_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.ABSENCES_WITH_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.ATTENDANCE_RATE;
import static org.meetingpolicy.rules.metrics.MetricKind.CATCH_UP_COMPLETION;
import static org.meetingpolicy.rules.metrics.MetricKind.EARLY_LEAVES_WITHOUT_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.EARLY_LEAVES_WITH_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.LATE_ARRIVALS_WITHOUT_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.LATE_ARRIVALS_WITH_NOTICE;
import static org.meetingpolicy.rules.metrics.MetricKind.PUNCTUALITY;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * {@link AttendanceMetrics} counts what the discipline rules (5.1, 5.6) decided, so its figures
 * agree with the compliance report of the same records: one behaviour at a time on the golden
 * meeting of Friday 13 Nov, 14:00–16:00 (actual end 15:55 in minutes written at 17:00).
 */
class AttendanceMetricsTest {

  // Per test, not static: PIT swaps mutants into a running JVM (see TwoQuartersEvaluationTest).
  private final EffectivenessEvaluator evaluator =
      new EffectivenessEvaluator(RuleTestSupport.ENGINE);

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  @Test
  void aDeclineByTheStartIsTheNoticeOfAnAbsence() {
    Instant s = GOLDEN.start();
    List<Response> responses = new ArrayList<>(GOLDEN.responses());
    // MARKETING_HEAD accepted, then declined the day before: their last answer is a decline.
    responses.add(new Response(MARKETING_HEAD, ResponseKind.DECLINE, s.minus(Duration.ofDays(1))));
    // SALES_3 declined, then accepted after all: the organizer expected them.
    responses.add(new Response(SALES_3, ResponseKind.DECLINE, s.minus(Duration.ofDays(3))));
    responses.add(new Response(SALES_3, ResponseKind.ACCEPT, s.minus(Duration.ofDays(2))));
    Meeting meeting =
        GOLDEN.toBuilder()
            .responses(responses)
            .attendance(without(Set.of(MARKETING_HEAD, SALES_3, SUPERVISOR)))
            .build();

    PeriodEvaluation q4 = evaluate(meeting, GoldenMeeting.AS_OF);

    assertRate(q4, ATTENDANCE_RATE, 6, 9);
    // 5.6 reads the decline as telling the organizer in advance (discipline.drl): with notice.
    assertCount(q4, ABSENCES_WITH_NOTICE, 1);
    // SUPERVISOR and SALES_3 (whose last answer was an acceptance) gave none: 5.6's two findings.
    assertCount(q4, ABSENCES_WITHOUT_NOTICE, 2);
    assertThat(
            RuleTestSupport.ENGINE
                .check(records(meeting), GoldenMeeting.AS_OF)
                .findingsOf("5.6")
                .stream()
                .filter(f -> f.ruleId().equals(AttendanceMetrics.ABSENT_WITHOUT_NOTICE)))
        .extracting(f -> f.subject().id())
        .containsExactlyInAnyOrder(SUPERVISOR.value(), SALES_3.value());
    // All three missed the meeting and have not caught up by the instant (5.6 finds it owed).
    assertRate(q4, CATCH_UP_COMPLETION, 0, 3);
  }

  @Test
  void anEarlyLeaveIsJudgedAgainstTheMinutesKnownAtTheInstant() {
    Instant end = GOLDEN.end();
    // SALES_2 left at 15:56: after the actual end (15:55) the minutes record, before the planned
    // end (16:00).
    List<Attendance> attendance = without(Set.of(SALES_2));
    attendance.add(
        new Attendance(
            SALES_2,
            List.of(
                new Presence(
                    GOLDEN.start().minus(Duration.ofMinutes(15)),
                    end.minus(Duration.ofMinutes(4))))));
    Meeting meeting = GOLDEN.toBuilder().attendance(attendance).build();

    // At 16:30 the minutes (written at 17:00) are not yet known: the meeting ends at 16:00 as
    // planned, so SALES_2 left early, without notice, as 5.6 finds at that instant.
    PeriodEvaluation before = evaluate(meeting, end.plus(Duration.ofMinutes(30)));
    assertCount(before, EARLY_LEAVES_WITHOUT_NOTICE, 1);
    assertCount(before, EARLY_LEAVES_WITH_NOTICE, 0);
    assertRate(before, CATCH_UP_COMPLETION, 0, 1);
    // Once they are, the meeting ended at 15:55 and SALES_2 stayed to the end.
    PeriodEvaluation after = evaluate(meeting, GoldenMeeting.AS_OF);
    assertCount(after, EARLY_LEAVES_WITHOUT_NOTICE, 0);
    assertThat(after.metric(CATCH_UP_COMPLETION).status()).isEqualTo(MetricStatus.NO_DATA);
  }

  @Test
  void punctualityCountsThePresentInviteesWithoutA5_1Violation() {
    Instant s = GOLDEN.start();
    List<Attendance> attendance = without(Set.of(SALES_2, SALES_3));
    // 8 minutes early: short of the 10-minute lead; 2 minutes late: after the start.
    attendance.add(present(SALES_2, s.minus(Duration.ofMinutes(8))));
    attendance.add(present(SALES_3, s.plus(Duration.ofMinutes(2))));
    Meeting meeting = GOLDEN.toBuilder().attendance(attendance).build();

    PeriodEvaluation q4 = evaluate(meeting, GoldenMeeting.AS_OF);

    assertRate(q4, PUNCTUALITY, 7, 9);
    assertThat(
            RuleTestSupport.ENGINE
                .check(records(meeting), GoldenMeeting.AS_OF)
                .findingsOf("5.1")
                .stream()
                .filter(f -> f.severity() == Severity.VIOLATION))
        .hasSize(2);
    assertCount(q4, LATE_ARRIVALS_WITHOUT_NOTICE, 1);
    assertCount(q4, LATE_ARRIVALS_WITH_NOTICE, 0);
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void aMetricWhoseRuleIsSwitchedOffIsNotChecked() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .disableRule(AttendanceMetrics.ABSENT_WITHOUT_NOTICE)
            .disableRule(AttendanceMetrics.ARRIVED_LATE)
            .build();

    PeriodEvaluation q4 =
        new EffectivenessEvaluator(engine)
            .evaluate(GoldenMeeting.records(), "2026-Q4", GoldenMeeting.AS_OF);

    // Without the rule, no finding would read as "nobody was absent without notice".
    assertStatus(q4, ABSENCES_WITH_NOTICE, MetricStatus.NOT_CHECKED);
    assertStatus(q4, ABSENCES_WITHOUT_NOTICE, MetricStatus.NOT_CHECKED);
    assertStatus(q4, PUNCTUALITY, MetricStatus.NOT_CHECKED);
    // The others still count: their rules run.
    assertCount(q4, LATE_ARRIVALS_WITHOUT_NOTICE, 0);
    assertRate(q4, ATTENDANCE_RATE, 9, 9);
  }

  private PeriodEvaluation evaluate(Meeting meeting, Instant asOf) {
    return evaluator.evaluate(records(meeting), "2026-Q4", asOf);
  }

  private static DepartmentRecords records(Meeting meeting) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting);
  }

  /** The golden attendance less these people. */
  private static List<Attendance> without(Set<PersonId> people) {
    List<Attendance> attendance = new ArrayList<>();
    for (Attendance a : GOLDEN.attendance()) {
      if (!people.contains(a.person())) {
        attendance.add(a);
      }
    }
    return attendance;
  }

  private static Attendance present(PersonId person, Instant arrival) {
    return new Attendance(person, List.of(new Presence(arrival, GOLDEN.end())));
  }
}
