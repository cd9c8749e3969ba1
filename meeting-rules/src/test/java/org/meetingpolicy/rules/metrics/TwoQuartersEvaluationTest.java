package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.meetingpolicy.rules.metrics.MetricAssertions.EXACT;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertCount;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertRate;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertStatistic;
import static org.meetingpolicy.rules.metrics.MetricAssertions.assertStatus;
import static org.meetingpolicy.rules.metrics.MetricKind.*;
import static org.meetingpolicy.testkit.SampleQuarters.AS_OF;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * The evaluation of {@link SampleQuarters}: every figure computed from the records, and the notice
 * metric (3.4), whose rules are in this build. The figures that need the rules of sections 3.5–3.7
 * and 6 are in {@link TwoQuartersRuleMetricsTest}. Each expected value is computed by hand in the
 * comment beside it.
 */
class TwoQuartersEvaluationTest {

  // Computed for each test, not once per class: PIT swaps each mutant into a running JVM, and a
  // report cached in a static field would hide the mutants of the evaluator from every test.
  private final EffectivenessEvaluator evaluator =
      new EffectivenessEvaluator(RuleTestSupport.ENGINE);
  private final EffectivenessReport report =
      evaluator.report(SampleQuarters.records(), "2026-Q4", 2, AS_OF);
  private final PeriodEvaluation q3 = report.periods().get(0);
  private final PeriodEvaluation q4 = report.current();

  @Test
  void aQuarterStillUnderWayComparesItsRatesButNotItsCounts() {
    Instant midQuarter =
        ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, org.meetingpolicy.testkit.SampleDepartment.ZONE)
            .toInstant();

    EffectivenessReport partial =
        evaluator.report(SampleQuarters.records(), "2026-Q4", 2, midQuarter);
    PeriodEvaluation q4Partial = partial.current();

    assertThat(q4Partial.underWay()).isTrue();
    assertThat(q4.underWay()).isFalse();
    assertThat(partial.periods().get(0).underWay()).isFalse();
    Metric held = q4Partial.metric(MetricKind.MEETINGS_HELD);
    assertThat(held.previous()).isNull();
    assertThat(held.trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(q4.metric(MetricKind.MEETINGS_HELD).previous()).isNotNull();
    Metric notice = q4Partial.metric(MetricKind.NOTICE_ON_TIME);
    assertThat(notice.previous()).isEqualTo(q3.metric(MetricKind.NOTICE_ON_TIME).value());
  }

  @Test
  void reportCoversBothQuartersOldestFirst() {
    assertThat(report.periods())
        .extracting(e -> e.period().label())
        .containsExactly("2026-Q3", "2026-Q4");
    assertThat(q4.previousPeriod().label()).isEqualTo("2026-Q3");
    assertThat(q3.previousPeriod().label()).isEqualTo("2026-Q2");
    assertThat(q4.asOf()).isEqualTo(AS_OF);
    assertThat(q4.department()).isEqualTo("Sales Department");
    assertThat(q4.evaluation()).isEqualTo(SampleQuarters.Q4_EVALUATION);
    assertThat(q3.evaluation()).isEqualTo(SampleQuarters.Q3_EVALUATION);
  }

  @Test
  void meetingsHeldAgainstTheWeeklyCadence() {
    // q3: the 13 Fridays 3 Jul … 25 Sep, one regular meeting each; 25 Sep (中秋节) is a public
    // holiday, so its week needs no meeting (3.1) and the cadence counts 12 weeks.
    assertCount(q3, MEETINGS_HELD, 13);
    assertCount(q3, REGULAR_MEETINGS_HELD, 13);
    assertCount(q3, REGULAR_MEETINGS_EXPECTED, 12);
    assertRate(q3, WEEKLY_CADENCE, 12, 12);
    assertCount(q3, EMERGENCY_MEETINGS, 0);
    assertCount(q3, ONLINE_OR_HYBRID_MEETINGS, 0);
    // q4: the 13 Fridays 2 Oct … 25 Dec (all slots over by 1 Jan 12:00), plus the emergency
    // meeting of Tue 17 Nov: 13 + 1 = 14 held; one of the Fridays (23 Oct) online. 2 Oct
    // (国庆节) is a public holiday: 12 weeks need a meeting.
    assertCount(q4, MEETINGS_HELD, 14);
    assertCount(q4, REGULAR_MEETINGS_HELD, 13);
    assertCount(q4, REGULAR_MEETINGS_EXPECTED, 12);
    assertRate(q4, WEEKLY_CADENCE, 12, 12);
    assertCount(q4, EMERGENCY_MEETINGS, 1);
    assertCount(q4, ONLINE_OR_HYBRID_MEETINGS, 1);
    // Change of meetings held: 14 - 13 = +1; neither way is better.
    assertThat(q4.metric(MEETINGS_HELD).change()).isCloseTo(1.0, EXACT);
    assertThat(q4.metric(MEETINGS_HELD).trend()).isEqualTo(Trend.CHANGED);
  }

  @Test
  void emergencyAndOnlineMeetingsAreListedWithTheirReasons() {
    assertThat(q4.emergencyMeetings())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.meeting()).isEqualTo(MeetingId.of("m-2026-11-17"));
              assertThat(n.start()).isEqualTo(SampleQuarters.EMERGENCY);
              assertThat(n.reason()).isEqualTo(SampleQuarters.EMERGENCY_REASON);
            });
    assertThat(q4.onlineOrHybridMeetings())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.meeting()).isEqualTo(MeetingId.of("m-2026-10-23"));
              assertThat(n.mode()).isEqualTo(MeetingMode.ONLINE);
              assertThat(n.reason()).isEqualTo(SampleQuarters.ONLINE_REASON);
            });
    assertThat(q3.emergencyMeetings()).isEmpty();
    assertThat(q3.onlineOrHybridMeetings()).isEmpty();
  }

  @Test
  void noticeOnTimeCountsTheVerdictsOfClause3_4() {
    // q3: every notice 8 days ahead: 13/13.
    assertRate(q3, NOTICE_ON_TIME, 13, 13);
    // q4: 13 regular meetings (the emergency one is exempt, 9.1); 9 Oct's notice 5 days ahead is
    // the one violation: 12/13.
    assertRate(q4, NOTICE_ON_TIME, 12, 13);
    // Change: 12/13 - 13/13 = -1/13, worse.
    assertThat(q4.metric(NOTICE_ON_TIME).change()).isCloseTo(-1.0 / 13, EXACT);
    assertThat(q4.metric(NOTICE_ON_TIME).trend()).isEqualTo(Trend.WORSENED);
    // Target: the q4 evaluation's "notice-on-time" indicator, 100 % → 1.0; 12/13 misses it.
    assertThat(q4.metric(NOTICE_ON_TIME).target()).isCloseTo(1.0, EXACT);
    assertThat(q4.metric(NOTICE_ON_TIME).targetResult()).isEqualTo(TargetResult.MISSED);
    // q3: its own evaluation's target 100 % is met by 13/13.
    assertThat(q3.metric(NOTICE_ON_TIME).targetResult()).isEqualTo(TargetResult.MET);
  }

  @Test
  void attendanceAndDisciplineOfQ3() {
    // 13 meetings × 9 invitees = 117; SALES_3 absent on 24 Jul: 116 present.
    assertRate(q3, ATTENDANCE_RATE, 116, 117);
    // Everyone present arrived 15 minutes early (≤ start − 10 min): 116/116.
    assertRate(q3, PUNCTUALITY, 116, 116);
    assertCount(q3, LATE_ARRIVALS_WITH_NOTICE, 0);
    assertCount(q3, LATE_ARRIVALS_WITHOUT_NOTICE, 0);
    assertCount(q3, EARLY_LEAVES_WITH_NOTICE, 0);
    // SALES_1 left at 15:30 on 18 Sep, before the 15:55 actual end, without notice.
    assertCount(q3, EARLY_LEAVES_WITHOUT_NOTICE, 1);
    // SALES_3 told the organizer 2 days before 24 Jul.
    assertCount(q3, ABSENCES_WITH_NOTICE, 1);
    assertCount(q3, ABSENCES_WITHOUT_NOTICE, 0);
    // Missed part: SALES_3 (24 Jul, acknowledged the minutes) and SALES_1 (18 Sep, no catch-up).
    assertRate(q3, CATCH_UP_COMPLETION, 1, 2);
  }

  @Test
  void attendanceAndDisciplineOfQ4ComparedWithQ3() {
    // 14 meetings × 9 invitees = 126; DEPUTY absent on 6 Nov: 125 present.
    assertRate(q4, ATTENDANCE_RATE, 125, 126);
    // Not by start − 10 min on 20 Nov: SALES_3 (start + 5 min) and SALES_2 (start − 5 min).
    assertRate(q4, PUNCTUALITY, 123, 125);
    assertCount(q4, LATE_ARRIVALS_WITH_NOTICE, 0);
    // SALES_3 on 20 Nov; SALES_2 came before the start, so is not late.
    assertCount(q4, LATE_ARRIVALS_WITHOUT_NOTICE, 1);
    assertCount(q4, EARLY_LEAVES_WITH_NOTICE, 0);
    assertCount(q4, EARLY_LEAVES_WITHOUT_NOTICE, 0);
    assertCount(q4, ABSENCES_WITH_NOTICE, 0);
    assertCount(q4, ABSENCES_WITHOUT_NOTICE, 1);
    // Missed part: DEPUTY (6 Nov, caught up) and SALES_3 (20 Nov, not): 1/2.
    assertRate(q4, CATCH_UP_COMPLETION, 1, 2);

    // Attendance 125/126 - 116/117 = (125·117 − 116·126)/(126·117) = (14625 − 14616)/14742.
    assertThat(q4.metric(ATTENDANCE_RATE).change()).isCloseTo(9.0 / 14742, EXACT);
    assertThat(q4.metric(ATTENDANCE_RATE).trend()).isEqualTo(Trend.IMPROVED);
    // Target: the "attendance-rate" indicator, 98 % → 0.98; 125/126 ≈ 0.992 meets it.
    assertThat(q4.metric(ATTENDANCE_RATE).target()).isCloseTo(0.98, EXACT);
    assertThat(q4.metric(ATTENDANCE_RATE).targetResult()).isEqualTo(TargetResult.MET);
    // Late arrivals without notice 1 - 0 = +1: lower is better, so worse.
    assertThat(q4.metric(LATE_ARRIVALS_WITHOUT_NOTICE).trend()).isEqualTo(Trend.WORSENED);
    // Early leaves without notice 0 - 1 = -1: better.
    assertThat(q4.metric(EARLY_LEAVES_WITHOUT_NOTICE).trend()).isEqualTo(Trend.IMPROVED);
  }

  @Test
  void minutesWrittenAndTheirDistributionDelay() {
    assertRate(q3, MINUTES_RECORDED, 13, 13);
    assertRate(q4, MINUTES_RECORDED, 14, 14);
    // q3: Friday 16:00 end → Monday 11:00 distribution = 67 h, except 11 Sep (Monday 09:00,
    // 65 h). Sorted: 65, 67 × 12; the median of 13 is the 7th: 67 h.
    assertStatistic(q3, MEDIAN_DISTRIBUTION_DELAY, 67.0, 13);
    // q4: 20 h (emergency: Tue 12:00 → Wed 08:00), 67 h × 12, 139 h (13 Nov: Fri 16:00 → Thu
    // 11:00 = 6 d − 5 h). Median of 14 = mean of the 7th and 8th = (67 + 67) / 2 = 67 h.
    assertStatistic(q4, MEDIAN_DISTRIBUTION_DELAY, 67.0, 14);
    assertThat(q4.metric(MEDIAN_DISTRIBUTION_DELAY).trend()).isEqualTo(Trend.UNCHANGED);
  }

  @Test
  void decisionExecutionOverdueAndOpenResolutions() {
    // q3: deadlines (start + 10 d) in q3 for the meetings of 3 Jul … 18 Sep (18 Sep + 10 d =
    // 28 Sep; 25 Sep + 10 d = 5 Oct is q4's): 12; all done by the deadline but 14 Aug's (done at
    // start + 12 d): 11/12.
    assertRate(q3, DECISION_EXECUTION_RATE, 11, 12);
    // q4: 25 Sep's (5 Oct) + 2 Oct … 18 Dec's 12 Fridays (18 Dec + 10 d = 28 Dec; 25 Dec's is
    // 4 Jan) + the emergency meeting's (27 Nov) = 14; 11 Dec's is still in progress: 13/14.
    assertRate(q4, DECISION_EXECUTION_RATE, 13, 14);
    // Change 13/14 − 11/12 = (156 − 154)/168 = 2/168, better.
    assertThat(q4.metric(DECISION_EXECUTION_RATE).change()).isCloseTo(2.0 / 168, EXACT);
    assertThat(q4.metric(DECISION_EXECUTION_RATE).trend()).isEqualTo(Trend.IMPROVED);
    // Target by indicator kind DECISION_EXECUTION_RATE: q4 95 % missed by 13/14 ≈ 92.9 %;
    // q3 90 % met by 11/12 ≈ 91.7 %.
    assertThat(q4.metric(DECISION_EXECUTION_RATE).target()).isCloseTo(0.95, EXACT);
    assertThat(q4.metric(DECISION_EXECUTION_RATE).targetResult()).isEqualTo(TargetResult.MISSED);
    assertThat(q3.metric(DECISION_EXECUTION_RATE).target()).isCloseTo(0.90, EXACT);
    assertThat(q3.metric(DECISION_EXECUTION_RATE).targetResult()).isEqualTo(TargetResult.MET);

    // At q3's end (1 Oct 00:00): 25 Sep's resolution is open (done 1 Oct 14:00), not yet due.
    assertCount(q3, RESOLUTIONS_OPEN, 1);
    assertCount(q3, RESOLUTIONS_OVERDUE, 0);
    // At q4's end (1 Jan 00:00, before AS_OF): only 11 Dec's is open, 11 days past 21 Dec.
    assertCount(q4, RESOLUTIONS_OPEN, 1);
    assertCount(q4, RESOLUTIONS_OVERDUE, 1);
  }

  @Test
  void progressReportRegularity() {
    // q3: the 13 q3 resolutions; every gap (end → start + 3 d → done) is under 7 d, 14 Aug's too
    // (start + 3 d, + 9 d, done + 12 d): 13/13.
    assertRate(q3, PROGRESS_REPORT_REGULARITY, 13, 13);
    // q4: 25 Sep's (open until 1 Oct 14:00) + 13 Fridays + the emergency meeting's = 15; 16 Oct's
    // first report came 7 d 22 h after the 16:00 end, over the 7-day interval: 14/15. (11 Dec's
    // reports are exactly 7 d apart, which is regular.)
    assertRate(q4, PROGRESS_REPORT_REGULARITY, 14, 15);
  }

  @Test
  void satisfactionFromEachQuartersSurveyAndFeedback() {
    // q3 survey: 7 of 9 answered; mean (7 × 4.0 + 6 × 3.5) / 13 = 49/13.
    assertRate(q3, SURVEY_RESPONSE_RATE, 7, 9);
    assertStatistic(q3, SURVEY_MEAN_SCORE, 49.0 / 13, 13);
    // q4 survey: 8 of 9; mean (8 × 4.25 + 8 × 3.75) / 16 = 64/16 = 4.0.
    assertRate(q4, SURVEY_RESPONSE_RATE, 8, 9);
    assertStatistic(q4, SURVEY_MEAN_SCORE, 4.0, 16);
    assertThat(q4.metric(SURVEY_MEAN_SCORE).change()).isCloseTo(4.0 - 49.0 / 13, EXACT);
    assertThat(q4.surveyQuestions())
        .containsExactly(
            new SurveyQuestion("The meetings are worth the time", 8, 4.25),
            new SurveyQuestion("Decisions are followed up", 8, 3.75));

    // q3 feedback: 2 a meeting (ratings 5 and 4): 26 for 13 meetings; mean 117/26 = 4.5.
    assertRate(q3, FEEDBACK_PER_MEETING, 26, 13);
    assertStatistic(q3, FEEDBACK_MEAN_RATING, 4.5, 26);
    // q4: 14 × 2 + the unrated one on 23 Oct + the rating 2 on 13 Nov = 30 for 14 meetings;
    // rated 29, sum 14 × 5 + 14 × 4 + 2 = 128.
    assertRate(q4, FEEDBACK_PER_MEETING, 30, 14);
    assertStatistic(q4, FEEDBACK_MEAN_RATING, 128.0 / 29, 29);
    assertThat(q4.feedbackByTopic())
        .containsExactly(
            entry(FeedbackTopic.MEETING, 14),
            entry(FeedbackTopic.MINUTES, 1),
            entry(FeedbackTopic.DISCIPLINE, 14),
            entry(FeedbackTopic.OTHER, 1));
    assertThat(q3.feedbackByTopic())
        .containsEntry(FeedbackTopic.MEETING, 13)
        .containsEntry(FeedbackTopic.DISCIPLINE, 13)
        .containsEntry(FeedbackTopic.MINUTES, 0)
        .containsEntry(FeedbackTopic.OTHER, 0);
  }

  @Test
  void theQuarterBeforeTheRecordsBeganHasNothingToCompare() {
    // 2026-Q2 has no meetings: counts 0, rates without data, no expected weeks (the records
    // begin in week 2026-W27).
    assertThat(q3.metric(MEETINGS_HELD).previous()).isCloseTo(0.0, EXACT);
    assertThat(q3.metric(WEEKLY_CADENCE).previous()).isNull();
    assertThat(q3.metric(WEEKLY_CADENCE).trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(q3.metric(ATTENDANCE_RATE).previous()).isNull();
    assertThat(q3.metric(REGULAR_MEETINGS_EXPECTED).previous()).isCloseTo(0.0, EXACT);
  }

  @Test
  void onlyIndicatorsNamingAMetricSetTargets() {
    // "Meetings end on time" names no metric; the four others do.
    assertThat(q4.metrics().stream().filter(m -> m.target() != null).map(Metric::kind))
        .containsExactlyInAnyOrder(
            NOTICE_ON_TIME, ATTENDANCE_RATE, MINUTES_DISTRIBUTED_ON_TIME, DECISION_EXECUTION_RATE);
    // 97 % → 0.97.
    assertThat(q4.metric(MINUTES_DISTRIBUTED_ON_TIME).target()).isCloseTo(0.97, EXACT);
    assertThat(q4.targetsFrom()).isEqualTo(SampleQuarters.Q4_EVALUATION);
    assertThat(q4.recordedIndicators()).hasSize(5);
  }

  @Test
  void withoutItsOwnEvaluationAQuarterTakesTheTargetsOfTheLatestEarlierOne() {
    var records = SampleQuarters.records();
    var withoutQ4 = records.withEvaluations(List.of(records.evaluations().get(0)));

    PeriodEvaluation q4 = evaluator.evaluate(withoutQ4, "2026-Q4", AS_OF);

    assertThat(q4.evaluation()).isNull();
    assertThat(q4.targetsFrom()).isEqualTo(SampleQuarters.Q3_EVALUATION);
    // q3's decision target, 90 %, is met by 13/14 ≈ 92.9 %.
    assertThat(q4.metric(DECISION_EXECUTION_RATE).target()).isCloseTo(0.90, EXACT);
    assertThat(q4.metric(DECISION_EXECUTION_RATE).targetResult()).isEqualTo(TargetResult.MET);
    // q3's minutes target, 95 %.
    assertThat(q4.metric(MINUTES_DISTRIBUTED_ON_TIME).target()).isCloseTo(0.95, EXACT);
    // No survey of q4: nothing to measure, and nothing recorded.
    assertStatus(q4, SURVEY_RESPONSE_RATE, MetricStatus.NO_DATA);
    assertStatus(q4, SURVEY_MEAN_SCORE, MetricStatus.NO_DATA);
    assertThat(q4.surveyQuestions()).isEmpty();
    assertThat(q4.recordedIndicators()).isEmpty();
  }
}
