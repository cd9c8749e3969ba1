package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.rules.metrics.MetricAssertions.EXACT;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertCount;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertRate;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertStatus;
import static org.meetingpolicy.rules.metrics.MetricKind.*;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.CatchUp;
import org.meetingpolicy.core.model.CatchUpMethod;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.EvaluationCycle;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleInfo;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;
import org.meetingpolicy.testkit.SampleQuarters;

/** How {@link EffectivenessEvaluator} counts, one behaviour at a time, on small records. */
class EffectivenessEvaluatorTest {

  // Per test, not static: PIT swaps mutants into a running JVM (see TwoQuartersEvaluationTest).
  private final EffectivenessEvaluator evaluator =
      new EffectivenessEvaluator(RuleTestSupport.ENGINE);

  /**
   * Test rules that give verdicts from markers in a meeting's title, so that the counting of the
   * engine's verdicts is tested whatever the built-in rules are (golden meetings break none). 3.7
   * verdicts: a violation about a person in the meeting, a due obligation, a warning. 9.3: a
   * warning and a violation, or two warnings about two people. 9.4: findings about calendar
   * periods.
   */
  private static final String VERDICT_RULES =
      """
      package test.metrics

      import org.meetingpolicy.rules.facts.*
      import org.meetingpolicy.core.model.PersonId

      rule "test 3.7 applies"
          @clause("3.7") @ruleId("test.verdict-3.7.applies")
      when
          $m : MeetingFact( meeting.title.contains("[3.7") )
      then
          insert(Applies.to(drools, $m));
      end

      rule "test 3.7 violation about a person"
          @clause("3.7") @ruleId("test.verdict-3.7.violation")
          @en("Test violation.") @zh("测试违规。")
      when
          $m : MeetingFact( meeting.title.contains("[3.7 VIOLATION]") )
      then
          insert(Findings.violation(drools, $m, $m.start())
              .about($m.personSubject(PersonId.of("p-chen-jie"))).build());
      end

      rule "test 3.7 due"
          @clause("3.7") @ruleId("test.verdict-3.7.due")
          @en("Test due.") @zh("测试待办。")
      when
          $m : MeetingFact( meeting.title.contains("[3.7 DUE]") )
      then
          insert(Findings.due(drools, $m, $m.start()).build());
      end

      rule "test 3.7 warning"
          @clause("3.7") @ruleId("test.verdict-3.7.warning")
          @en("Test warning.") @zh("测试警告。")
      when
          $m : MeetingFact( meeting.title.contains("[3.7 WARNING]") )
      then
          insert(Findings.warning(drools, $m, $m.start()).build());
      end

      rule "test 9.3 warning and violation"
          @clause("9.3") @ruleId("test.verdict-9.3.both")
          @en("Test 9.3.") @zh("测试 9.3。")
      when
          $m : MeetingFact( meeting.title.contains("[9.3 BOTH]") )
      then
          insert(Findings.warning(drools, $m, $m.start())
              .about($m.personSubject(PersonId.of("p-chen-jie"))).build());
          insert(Findings.violation(drools, $m, $m.start()).build());
      end

      rule "test 9.3 two warnings"
          @clause("9.3") @ruleId("test.verdict-9.3.warnings")
          @en("Test 9.3 warnings.") @zh("测试 9.3 警告。")
      when
          $m : MeetingFact( meeting.title.contains("[9.3 WARNINGS]") )
      then
          insert(Findings.warning(drools, $m, $m.start())
              .about($m.personSubject(PersonId.of("p-chen-jie"))).build());
          insert(Findings.warning(drools, $m, $m.start())
              .about($m.personSubject(PersonId.of("p-yang-fan"))).build());
      end

      rule "test 9.4 about a week across the quarter's start"
          @clause("9.4") @ruleId("test.verdict-9.4.week")
          @en("Test week.") @zh("测试周。")
      when
          $p : PeriodFact( kind == PeriodKind.WEEK, period.label == "2026-W40" )
      then
          // Friday 2 Oct 00:00: in Q4, while the week began on Monday 28 Sep, in Q3.
          insert(Findings.violation(drools, $p,
              $p.period().start().plus(java.time.Duration.ofDays(4))).build());
      end

      rule "test 9.4 about a month"
          @clause("9.4") @ruleId("test.verdict-9.4.month")
          @en("Test month.") @zh("测试月。")
      when
          $p : PeriodFact( kind == PeriodKind.MONTH, period.label == "2026-10" )
      then
          insert(Findings.violation(drools, $p, null).build());
      end
      """;

  private static ZonedDateTime friday(int month, int day) {
    return ZonedDateTime.of(2026, month, day, 14, 0, 0, 0, ZONE);
  }

  private static DepartmentRecords records(List<Meeting> meetings) {
    return DepartmentRecords.of(SampleDepartment.department(), meetings);
  }

  // ---- verdicts of the engine -------------------------------------------------------------

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void clauseMetricCountsViolationsAboutAnythingInTheMeetingAndLeavesDueOnesOut() {
    ComplianceEngine engine =
        ComplianceEngine.builder().addRules("verdicts.drl", VERDICT_RULES).build();
    List<Meeting> series = GoldenMeeting.weeklySeries(friday(10, 2), 4);
    List<Meeting> meetings =
        List.of(
            titled(series.get(0), "[3.7 VIOLATION] [9.3 BOTH]"),
            titled(series.get(1), "[3.7 DUE] [9.3 WARNINGS]"),
            titled(series.get(2), "[3.7 WARNING]"),
            series.get(3));
    Instant asOf = friday(10, 26).withHour(18).toInstant();

    PeriodEvaluation q4 =
        new EffectivenessEvaluator(engine).evaluate(records(meetings), "2026-Q4", asOf);

    // 2 Oct violated (about a person in it), 9 Oct still due (left out), 16 Oct only warned and
    // 23 Oct clean: 2 complying of 3 judged, 1 pending.
    assertRate(q4, RECONFIRMATION_ON_TIME, 2, 3, 1);
    // Section 9: (9.3, 2 Oct) violation — its warning does not count again; (9.3, 9 Oct) one
    // warning for two warned people; (9.4, week 2026-W40) by its instant, 2 Oct, in Q4;
    // (9.4, month 2026-10) inside Q4.
    assertThat(q4.section(9)).isEqualTo(new SectionTally(9, 3, 1));
    // Section 3: (3.7, 2 Oct) violation and (3.7, 16 Oct) warning; the due one is not counted.
    assertThat(q4.section(3)).isEqualTo(new SectionTally(3, 1, 1));
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void clauseWithoutActiveRulesIsNotCheckedRatherThanCompliant() {
    ComplianceEngine.Builder builder = ComplianceEngine.builder();
    RuleTestSupport.ENGINE.rules().stream()
        .filter(r -> r.clauseId().equals("3.4"))
        .map(RuleInfo::ruleId)
        .forEach(builder::disableRule);
    EffectivenessEvaluator evaluator = new EffectivenessEvaluator(builder.build());

    PeriodEvaluation q4 =
        evaluator.evaluate(GoldenMeeting.records(), "2026-Q4", GoldenMeeting.AS_OF);

    assertStatus(q4, NOTICE_ON_TIME, MetricStatus.NOT_CHECKED);
  }

  // ---- attendance -------------------------------------------------------------------------

  @Test
  void arrivalsLeavesAbsencesAndCatchUpsAreSortedByPriorNotice() {
    Meeting golden = GoldenMeeting.GOLDEN;
    Instant s = golden.start();
    Instant end = golden.end();
    List<Attendance> attendance = new ArrayList<>();
    for (Attendance a : golden.attendance()) {
      if (!Set.of(SALES_1, SALES_2, SALES_3, DEPUTY, SUPERVISOR, MARKETING_HEAD)
          .contains(a.person())) {
        attendance.add(a);
      }
    }
    attendance.add(present(SALES_1, s.plus(Duration.ofMinutes(10)), end)); // late, announced
    attendance.add(
        present(
            SALES_2,
            s.minus(Duration.ofMinutes(15)),
            end.minus(Duration.ofMinutes(30)))); // leaves early, announced
    attendance.add(
        present(SALES_3, s.plus(Duration.ofMinutes(5)), end)); // late, told after the start
    attendance.add(present(DEPUTY, s.minus(Duration.ofMinutes(10)), end)); // exactly 10 min early
    attendance.add(present(SUPERVISOR, s.minus(Duration.ofMinutes(9)), end)); // 9 min early
    Meeting meeting =
        golden.toBuilder()
            .attendance(attendance)
            .attendanceNotices(
                List.of(
                    notice(
                        SALES_1, AttendanceNoticeKind.LATE_ARRIVAL, s.minus(Duration.ofHours(1))),
                    notice(SALES_2, AttendanceNoticeKind.EARLY_LEAVE, s.minus(Duration.ofDays(1))),
                    notice(
                        SALES_3, AttendanceNoticeKind.LATE_ARRIVAL, s.plus(Duration.ofMinutes(1))),
                    notice(MARKETING_HEAD, AttendanceNoticeKind.ABSENCE, s)))
            .catchUps(
                List.of(
                    new CatchUp(
                        SALES_1,
                        GoldenMeeting.AS_OF.minus(Duration.ofHours(1)),
                        CatchUpMethod.BRIEFING),
                    new CatchUp(
                        SALES_2,
                        GoldenMeeting.AS_OF.plus(Duration.ofHours(1)),
                        CatchUpMethod.BRIEFING),
                    new CatchUp(
                        MARKETING_HEAD, end.plus(Duration.ofDays(1)), CatchUpMethod.RECORDING)))
            .build();

    PeriodEvaluation q4 =
        evaluator.evaluate(records(List.of(meeting)), "2026-Q4", GoldenMeeting.AS_OF);

    // 9 invitees, MARKETING_HEAD absent: 8/9.
    assertRate(q4, ATTENDANCE_RATE, 8, 9);
    // By start − 10 min: the 3 untouched (15 min early), SALES_2 (15 min early) and DEPUTY
    // (exactly 10 min): 5 of 8 present; SUPERVISOR (9 min) and the two late ones are not.
    assertRate(q4, PUNCTUALITY, 5, 8);
    assertCount(q4, LATE_ARRIVALS_WITH_NOTICE, 1); // SALES_1
    assertCount(q4, LATE_ARRIVALS_WITHOUT_NOTICE, 1); // SALES_3, told only after the start
    assertCount(q4, EARLY_LEAVES_WITH_NOTICE, 1); // SALES_2, left 15:30 before the 15:55 end
    assertCount(q4, EARLY_LEAVES_WITHOUT_NOTICE, 0);
    assertCount(q4, ABSENCES_WITH_NOTICE, 1); // MARKETING_HEAD, told at the start exactly
    assertCount(q4, ABSENCES_WITHOUT_NOTICE, 0);
    // Missed part: SALES_1, SALES_2, SALES_3, MARKETING_HEAD; caught up by AS_OF: SALES_1 and
    // MARKETING_HEAD (SALES_2's catch-up is after AS_OF): 2/4.
    assertRate(q4, CATCH_UP_COMPLETION, 2, 4);
  }

  // ---- resolutions ------------------------------------------------------------------------

  @Test
  void decisionExecutionCountsDeadlinesPassedInThePeriodWithoutCancelledOnes() {
    Meeting meeting =
        withResolutions(
            List.of(
                resolution("r1", date(11, 20), ResolutionStatus.DONE, date(11, 19)),
                resolution("r2", date(11, 25), ResolutionStatus.DONE, date(11, 26)),
                resolution("r3", date(11, 27), ResolutionStatus.CANCELLED, date(11, 20)),
                resolution("r4", date(12, 5), ResolutionStatus.IN_PROGRESS, null),
                resolution(
                    "r5",
                    ZonedDateTime.of(2027, 1, 10, 12, 0, 0, 0, ZONE).toInstant(),
                    ResolutionStatus.IN_PROGRESS,
                    null),
                resolution("r6", null, ResolutionStatus.OPEN, null)));
    Instant asOf = date(12, 31);

    PeriodEvaluation q4 = evaluator.evaluate(records(List.of(meeting)), "2026-Q4", asOf);

    // Due in Q4 by 31 Dec, not cancelled: r1, r2, r4; done by the deadline: r1 only.
    assertRate(q4, DECISION_EXECUTION_RATE, 1, 3);
    // Open at 31 Dec 12:00 (Q4 still running): r4, r5, r6; past the deadline: r4.
    assertCount(q4, RESOLUTIONS_OPEN, 3);
    assertCount(q4, RESOLUTIONS_OVERDUE, 1);
  }

  @Test
  void progressIsRegularWhenNoGapExceedsTheInterval() {
    Instant end = GoldenMeeting.GOLDEN.end();
    Duration week = MeetingPolicy.defaults().progressReportInterval();
    Resolution exactlyWeekly =
        reported(
            "weekly",
            end.plus(Duration.ofDays(20)),
            end.plus(week),
            end.plus(week.multipliedBy(2)));
    Resolution oneSecondLate =
        reported("late", end.plus(Duration.ofDays(10)), end.plus(week).plusSeconds(1));
    Meeting meeting = withResolutions(List.of(exactlyWeekly, oneSecondLate));

    PeriodEvaluation q4 = evaluator.evaluate(records(List.of(meeting)), "2026-Q4", date(12, 31));

    // Gaps of 7 d, 7 d, 6 d: regular; a first gap of 7 d + 1 s: not.
    assertRate(q4, PROGRESS_REPORT_REGULARITY, 1, 2);
  }

  // ---- targets ----------------------------------------------------------------------------

  @Test
  void targetsAreReadInTheMetricsUnitFromAnEvaluationCoveringThePeriodByItsBounds() {
    Instant q4Start = ZonedDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZONE).toInstant();
    Instant q4End = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    Evaluation evaluation =
        new Evaluation(
            EvaluationId.of("autumn"),
            new EvaluationPeriod("autumn review", q4Start, q4End),
            GoldenMeeting.AS_OF.minus(Duration.ofHours(1)),
            MANAGER,
            Set.of(FeedbackSource.MINUTES),
            List.of(
                new Indicator(IndicatorKind.DECISION_EXECUTION_RATE, "execution", 80, 80.0, "%"),
                new Indicator(IndicatorKind.TEAM_COHESION, "ATTENDANCE-RATE", 95, 95.0, "%"),
                new Indicator(IndicatorKind.OTHER, "punctuality", 0.9, 0.9, null),
                new Indicator(IndicatorKind.OTHER, "median-distribution-delay", 60, 48.0, "h"),
                new Indicator(IndicatorKind.OTHER, "weekly-cadence", 1, null, null)),
            null,
            true,
            null,
            null,
            List.of());
    DepartmentRecords records = GoldenMeeting.records().withEvaluations(List.of(evaluation));

    PeriodEvaluation q4 = evaluator.evaluate(records, "2026-Q4", GoldenMeeting.AS_OF);

    assertThat(q4.evaluation()).isEqualTo(EvaluationId.of("autumn"));
    assertThat(q4.metric(DECISION_EXECUTION_RATE).target()).isCloseTo(0.80, EXACT); // 80 %
    assertThat(q4.metric(ATTENDANCE_RATE).target()).isCloseTo(0.95, EXACT); // name, any case
    assertThat(q4.metric(PUNCTUALITY).target()).isCloseTo(0.9, EXACT); // no unit: as is
    assertThat(q4.metric(MEDIAN_DISTRIBUTION_DELAY).target()).isCloseTo(48.0, EXACT);
    assertThat(q4.metric(WEEKLY_CADENCE).target()).isNull(); // indicator without a target
    // The golden minutes went out 67 h after the end: more than the 48 h target, and lower is
    // better, so missed.
    assertThat(q4.metric(MEDIAN_DISTRIBUTION_DELAY).value()).isCloseTo(67.0, EXACT);
    assertThat(q4.metric(MEDIAN_DISTRIBUTION_DELAY).targetResult()).isEqualTo(TargetResult.MISSED);
    // No resolution is due yet in Q4 (the golden one's deadline is 18 Dec): a target, no value.
    assertThat(q4.metric(DECISION_EXECUTION_RATE).targetResult())
        .isEqualTo(TargetResult.NOT_MEASURED);
  }

  // ---- periods ----------------------------------------------------------------------------

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void halfYearlyCycleEvaluatesHalfYears() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .policy(MeetingPolicy.builder().evaluationCycle(EvaluationCycle.HALF_YEARLY).build())
            .build();
    EffectivenessEvaluator evaluator = new EffectivenessEvaluator(engine);
    DepartmentRecords records = SampleQuarters.records();

    PeriodEvaluation h2 =
        evaluator.evaluate(
            records, evaluator.periodOf(SampleQuarters.NOV_13.toInstant()), SampleQuarters.AS_OF);

    assertThat(h2.period().label()).isEqualTo("2026-H2");
    assertThat(h2.previousPeriod().label()).isEqualTo("2026-H1");
    // Q3 + Q4: 13 + 14 held, 13 + 13 regular, 26 Fridays, of which 25 Sep and 2 Oct are public
    // holidays whose weeks need no meeting.
    assertCount(h2, MEETINGS_HELD, 27);
    assertCount(h2, REGULAR_MEETINGS_EXPECTED, 24);
    // 9 Oct's notice is the one late of 26.
    assertRate(h2, NOTICE_ON_TIME, 25, 26);
    // The evaluations are of quarters, not of 2026-H2, and none ended before it began.
    assertThat(h2.evaluation()).isNull();
    assertThat(h2.targetsFrom()).isNull();
  }

  @Test
  void refusesAPeriodThatHasNotBegun() {
    assertThatThrownBy(
            () -> evaluator.evaluate(GoldenMeeting.records(), "2027-Q1", GoldenMeeting.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-Q1 has not begun");
  }

  @Test
  void refusesAReportOfOtherRecords() {
    var report = RuleTestSupport.ENGINE.check(GoldenMeeting.records(), GoldenMeeting.AS_OF);

    assertThatThrownBy(
            () -> evaluator.evaluate(SampleQuarters.records(), evaluator.period("2026-Q4"), report))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not of these records");
  }

  @Test
  void reportOfThreePeriodsEndsWithTheOneAskedFor() {
    EffectivenessReport report =
        evaluator.report(SampleQuarters.records(), "2026-Q4", 3, SampleQuarters.AS_OF);

    assertThat(report.periods())
        .extracting(e -> e.period().label())
        .containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
    assertThatThrownBy(
            () -> evaluator.report(SampleQuarters.records(), "2026-Q4", 0, SampleQuarters.AS_OF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Meeting titled(Meeting meeting, String marker) {
    return meeting.toBuilder().title(meeting.title() + " " + marker).build();
  }

  /** The golden meeting with other resolutions, which its minutes list. */
  private static Meeting withResolutions(List<Resolution> resolutions) {
    Minutes m = GoldenMeeting.GOLDEN.minutes();
    Minutes minutes =
        m.toBuilder().resolutions(resolutions.stream().map(Resolution::id).toList()).build();
    return GoldenMeeting.GOLDEN.toBuilder().resolutions(resolutions).minutes(minutes).build();
  }

  private static Attendance present(PersonId person, Instant joined, Instant left) {
    return new Attendance(person, List.of(new Presence(joined, left)));
  }

  private static AttendanceNotice notice(PersonId person, AttendanceNoticeKind kind, Instant at) {
    return new AttendanceNotice(person, kind, at, MANAGER, "test");
  }

  private static Instant date(int month, int day) {
    return ZonedDateTime.of(2026, month, day, 12, 0, 0, 0, ZONE).toInstant();
  }

  private static Resolution resolution(
      String id, Instant deadline, ResolutionStatus status, Instant completedAt) {
    return new Resolution(
        ResolutionId.of(id),
        "Resolution " + id,
        Responsible.person(SUPERVISOR),
        null,
        deadline,
        SECRETARY,
        List.of(),
        List.of(),
        status,
        completedAt,
        null,
        null);
  }

  private static Resolution reported(String id, Instant done, Instant... reports) {
    List<ProgressReport> list = new ArrayList<>();
    for (Instant at : reports) {
      list.add(new ProgressReport(at, SECRETARY, MANAGER, "On track.", null));
    }
    return new Resolution(
        ResolutionId.of(id),
        "Resolution " + id,
        Responsible.person(SUPERVISOR),
        null,
        done.plus(Duration.ofDays(1)),
        SECRETARY,
        list,
        List.of(),
        ResolutionStatus.DONE,
        done,
        null,
        null);
  }
}
