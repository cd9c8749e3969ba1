package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.ENGINE;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.ImprovementFollowUp;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.MeasureId;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 8, effectiveness evaluation: evaluation.drl. */
class EvaluationRulesTest {

  private static final List<String> CLAUSES =
      List.of("8.1", "8.2", "8.3", "8.4", "8.5", "8.8", "8.9", "8.10");

  /** A compliant regular meeting in 2026-Q3, so that the records cover that quarter. */
  private static final Meeting Q3_MEETING =
      GoldenMeeting.startingAt(ZonedDateTime.of(2026, 9, 11, 14, 0, 0, 0, ZONE));

  private static final ZonedDateTime Q2_START = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZONE);
  private static final ZonedDateTime Q3_START = ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZONE);
  private static final ZonedDateTime Q3_END = ZonedDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZONE);

  /** Q3's evaluation deadline: its end plus the grace period, 2026-10-31 00:00. */
  private static final Instant Q3_DEADLINE =
      Q3_END.toInstant().plus(ENGINE.policy().evaluationGracePeriod());

  private static final Instant Q3_CONDUCTED =
      ZonedDateTime.of(2026, 10, 15, 10, 0, 0, 0, ZONE).toInstant();

  /** The due date of the Q3 evaluation's improvement measure, two weeks after it: 2026-10-29. */
  private static final Instant MEASURE_DUE = Q3_CONDUCTED.plus(Duration.ofDays(14));

  /** The golden evaluation of 2026-Q3, the first in the records: complies with all of section 8. */
  private static final Evaluation Q3 =
      evaluation("ev-2026-q3", "2026-Q3", Q3_START, Q3_END, Q3_CONDUCTED);

  /** The evaluation of 2026-Q2, conducted on time. */
  private static final Evaluation Q2 =
      evaluation(
          "ev-2026-q2",
          "2026-Q2",
          Q2_START,
          Q3_START,
          ZonedDateTime.of(2026, 7, 10, 10, 0, 0, 0, ZONE).toInstant());

  /** Q3 compared with Q2, as the second evaluation of the records. */
  private static final Evaluation Q3_AFTER_Q2 =
      with(Q3, b -> b.previous(Q2.id()).comparison("Satisfaction up from 3.9 to 4.2."));

  // ---- the golden meeting and the golden evaluation ----------------------------------------

  @Test
  void goldenMeetingHasNoFindingsOfSection8() {
    ComplianceReport report = check(GoldenMeeting.GOLDEN);

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      // Q4 is not over as of AS_OF, and the golden records hold no evaluation.
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  @Test
  void goldenQ3EvaluationCompliesAndAsTheFirstIsNotCompared() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
    }
    for (String clause : List.of("8.1", "8.2", "8.3", "8.4", "8.5", "8.8", "8.10")) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.COMPLIANT);
    }
    // The first evaluation of the records has nothing to compare with.
    assertThat(report.status("8.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 8.1 ---------------------------------------------------------------------------------

  @Test
  void quarterWithoutEvaluationPastItsDeadlineViolates8_1() {
    ComplianceReport report = check(records(), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "8.1")
        .fromRule("evaluation.periodic-missing")
        .about(Subject.period("2026-Q3"))
        .at(Q3_DEADLINE)
        .withEvidence("deadline", "2026-10-31 00:00")
        .withEvidence("grace", "30 d");
    assertThat(report.status("8.1")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void quarterWithoutEvaluationBeforeItsDeadlineIsDue8_1() {
    Instant asOf = Q3_DEADLINE.minusSeconds(1);

    ComplianceReport report = check(records(), asOf);

    assertThat(report)
        .hasSingleFinding("8.1")
        .withSeverity(Severity.DUE)
        .fromRule("evaluation.periodic-due")
        .at(Q3_DEADLINE);
    assertThat(report.status("8.1")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void quarterWithoutEvaluationAtItsDeadlineViolates8_1() {
    ComplianceReport report = check(records(), Q3_DEADLINE);

    assertThat(report)
        .hasSingleFinding("8.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.periodic-missing");
  }

  @Test
  void evaluationExactlyAtTheDeadlineComplies8_1() {
    ComplianceReport report =
        check(records(with(Q3, b -> b.conductedAt(Q3_DEADLINE))), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.1")).isEmpty();
    assertThat(report.status("8.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void evaluationOneSecondAfterTheDeadlineViolates8_1() {
    Instant late = Q3_DEADLINE.plusSeconds(1);

    ComplianceReport report = check(records(with(Q3, b -> b.conductedAt(late))), late);

    assertThat(report)
        .hasSingleFinding("8.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.periodic-late")
        .about(Subject.period("2026-Q3"))
        .withEvidence("evaluation", "ev-2026-q3")
        .withEvidence("conductedAt", "2026-10-31 00:00:01")
        .withEvidence("late", "1 s");
  }

  @Test
  void evaluationWithTheSameBoundsButAnotherLabelCoversTheQuarter8_1() {
    Evaluation relabelled =
        with(
            Q3,
            b ->
                b.period(
                    new EvaluationPeriod(
                        "Q3 2026 review", Q3_START.toInstant(), Q3_END.toInstant())));

    ComplianceReport report = check(records(relabelled), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.1")).isEmpty();
    assertThat(report.status("8.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void evaluationOfAnotherQuarterDoesNotCoverQ3_8_1() {
    ComplianceReport report = check(records(Q2), GoldenMeeting.AS_OF);

    assertThat(findings(report, "8.1", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("evaluation.periodic-missing");
  }

  @Test
  void quarterNotYetOverIsNotApplicable8_1() {
    Instant midSeptember = ZonedDateTime.of(2026, 9, 20, 12, 0, 0, 0, ZONE).toInstant();

    ComplianceReport report = check(records(), midSeptember);

    assertThat(report.findingsOf("8.1")).isEmpty();
    assertThat(report.status("8.1")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void evaluationOfOneRecordSetDoesNotCoverAnotherInTheSameSession8_1() {
    BatchResult result = ENGINE.checkAll(List.of(records(Q3), records()), GoldenMeeting.AS_OF);

    List<ComplianceReport> reports = result.reports();
    assertThat(reports.get(0).findingsOf("8.1")).isEmpty();
    assertThat(reports.get(1).findingsOf("8.1"))
        .extracting(Finding::ruleId)
        .containsExactly("evaluation.periodic-missing");
  }

  @Test
  void halfYearlyCycleJudgesHalfYears8_1() {
    Meeting mayMeeting = GoldenMeeting.startingAt(ZonedDateTime.of(2026, 5, 15, 14, 0, 0, 0, ZONE));
    DepartmentRecords records = DepartmentRecords.of(SampleDepartment.department(), mayMeeting);
    Evaluation h1 =
        evaluation(
            "ev-2026-h1",
            "2026-H1",
            ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE),
            Q3_START,
            ZonedDateTime.of(2026, 7, 20, 10, 0, 0, 0, ZONE).toInstant());

    ComplianceReport missing = CustomEngine.INSTANCE.check(records, GoldenMeeting.AS_OF);
    ComplianceReport evaluated =
        CustomEngine.INSTANCE.check(records.withEvaluations(List.of(h1)), GoldenMeeting.AS_OF);

    Finding finding = findings(missing, "8.1", Severity.VIOLATION).get(0);
    assertThat(finding.subject()).isEqualTo(Subject.period("2026-H1"));
    assertThat(evidence(finding, "deadline")).isEqualTo("2026-07-31 00:00");
    assertThat(evaluated.findingsOf("8.1")).isEmpty();
    assertThat(evaluated.status("8.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.2 ---------------------------------------------------------------------------------

  @Test
  void evaluationWithoutLeadershipAssessmentViolates8_2() {
    Evaluation partial =
        with(Q3, b -> b.sources(Set.of(FeedbackSource.MINUTES, FeedbackSource.ATTENDEE_FEEDBACK)));

    ComplianceReport report = check(records(partial), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.sources-missing")
        .about(Subject.evaluation(Q3.id()))
        .withEvidence("missing", "leadership assessment")
        .withEvidence("required", "minutes, attendee feedback, leadership assessment");
  }

  @Test
  void evaluationWithEveryRequiredSourceComplies8_2() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.2")).isEmpty();
    assertThat(report.status("8.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.3 ---------------------------------------------------------------------------------

  @Test
  void evaluationMissingTwoIndicatorsViolates8_3NamingBoth() {
    Evaluation partial =
        with(
            Q3,
            b ->
                b.indicators(
                    List.of(
                        indicator(IndicatorKind.INFORMATION_DELIVERY, 85.0),
                        indicator(IndicatorKind.DECISION_EXECUTION_RATE, 90.0))));

    ComplianceReport report = check(records(partial), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.3")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.indicators-missing")
        .withEvidence("missing", "meeting efficiency, team cohesion")
        .withMessageContaining(Language.EN, "meeting efficiency, team cohesion");
  }

  @Test
  void evaluationWithEveryRequiredIndicatorComplies8_3() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.3")).isEmpty();
    assertThat(report.status("8.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.4 ---------------------------------------------------------------------------------

  @Test
  void indicatorWithoutTargetViolates8_4() {
    List<Indicator> indicators = new ArrayList<>(Q3.indicators());
    indicators.set(3, new Indicator(IndicatorKind.TEAM_COHESION, "Team cohesion", 4.1, null, null));
    Evaluation untargeted = with(Q3, b -> b.indicators(indicators));

    ComplianceReport report = check(records(untargeted), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.indicator-target-missing")
        .withEvidence("indicators", "Team cohesion")
        .withEvidence("measured", "4");
  }

  @Test
  void everyIndicatorWithTargetComplies8_4() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.4")).isEmpty();
    assertThat(report.status("8.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void evaluationWithoutIndicatorsIsLeftTo8_3AndNotApplicableTo8_4() {
    ComplianceReport report =
        check(records(with(Q3, b -> b.indicators(List.of()))), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.4")).isEmpty();
    assertThat(report.status("8.4")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(findings(report, "8.3", Severity.VIOLATION)).hasSize(1);
  }

  // ---- 8.5 ---------------------------------------------------------------------------------

  @Test
  void evaluationWithoutSurveyViolates8_5() {
    ComplianceReport report = check(records(with(Q3, b -> b.survey(null))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.survey-missing")
        .about(Subject.evaluation(Q3.id()));
  }

  @Test
  void surveyWithoutResponsesViolates8_5() {
    SatisfactionSurvey unanswered =
        new SatisfactionSurvey(Q3_CONDUCTED.minus(Duration.ofDays(5)), 9, 0, List.of());

    ComplianceReport report =
        check(records(with(Q3, b -> b.survey(unanswered))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.survey-no-responses")
        .withEvidence("invited", "9")
        .withEvidence("responded", "0");
  }

  @Test
  void answeredSurveyComplies8_5() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.5")).isEmpty();
    assertThat(report.status("8.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.8 ---------------------------------------------------------------------------------

  @Test
  void evaluationNotReviewingDecisionExecutionViolates8_8() {
    ComplianceReport report =
        check(records(with(Q3, b -> b.decisionExecutionReviewed(false))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.decision-execution-not-reviewed")
        .withEvidence("decisionExecutionReviewed", "false");
  }

  @Test
  void missingDecisionExecutionRateIsReportedOnlyBy8_3WhenThePolicyRequiresIt() {
    Evaluation withoutRate = withoutIndicator(Q3, IndicatorKind.DECISION_EXECUTION_RATE);

    ComplianceReport report = check(records(withoutRate), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.8")).isEmpty();
    assertThat(report.status("8.8")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(evidence(findings(report, "8.3", Severity.VIOLATION).get(0), "missing"))
        .isEqualTo("decision execution rate");
  }

  @Test
  void missingDecisionExecutionRateViolates8_8WhenThePolicyDoesNotRequireItUnder8_3() {
    Meeting mayMeeting = GoldenMeeting.startingAt(ZonedDateTime.of(2026, 5, 15, 14, 0, 0, 0, ZONE));
    DepartmentRecords records =
        DepartmentRecords.of(SampleDepartment.department(), mayMeeting)
            .withEvaluations(List.of(withoutIndicator(Q3, IndicatorKind.DECISION_EXECUTION_RATE)));

    ComplianceReport report = CustomEngine.INSTANCE.check(records, GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.decision-execution-rate-missing")
        .about(Subject.evaluation(Q3.id()))
        .withEvidence("indicator", "decision execution rate");
    assertThat(report.findingsOf("8.3")).isEmpty();
  }

  @Test
  void reviewedDecisionExecutionWithItsRateComplies8_8() {
    ComplianceReport report = check(records(Q3), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.8")).isEmpty();
    assertThat(report.status("8.8")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.9 ---------------------------------------------------------------------------------

  @Test
  void evaluationComparedWithThePreviousOneComplies8_9() {
    ComplianceReport report = check(records(Q3_AFTER_Q2, Q2), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.9")).isEmpty();
    assertThat(report.status("8.9")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void evaluationNotReferringToThePreviousOneViolates8_9() {
    ComplianceReport report =
        check(records(with(Q3_AFTER_Q2, b -> b.previous(null)), Q2), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.9")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.previous-missing")
        .about(Subject.evaluation(Q3.id()))
        .withEvidence("expected", "ev-2026-q2")
        .withEvidence("expectedPeriod", "2026-Q2");
  }

  @Test
  void evaluationComparedWithAnOlderThanThePreviousOneViolates8_9() {
    Evaluation q1 =
        evaluation(
            "ev-2026-q1",
            "2026-Q1",
            ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE),
            Q2_START,
            ZonedDateTime.of(2026, 4, 10, 10, 0, 0, 0, ZONE).toInstant());
    Evaluation q2 = with(Q2, b -> b.previous(q1.id()).comparison("Better than Q1."));
    Evaluation q3 = with(Q3_AFTER_Q2, b -> b.previous(q1.id()));

    ComplianceReport report = check(records(q3, q1, q2), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.9")
        .fromRule("evaluation.previous-wrong")
        .about(Subject.evaluation(q3.id()))
        .withEvidence("previous", "ev-2026-q1")
        .withEvidence("expected", "ev-2026-q2");
  }

  @Test
  void evaluationWithoutComparisonTextViolates8_9() {
    ComplianceReport report =
        check(records(with(Q3_AFTER_Q2, b -> b.comparison("  ")), Q2), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.9")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.comparison-missing")
        .withEvidence("expected", "ev-2026-q2");
  }

  @Test
  void firstEvaluationOfTheRecordsIsNotApplicable8_9() {
    ComplianceReport report = check(records(Q2), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.9")).isEmpty();
    assertThat(report.status("8.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void previousEvaluationOfAnotherRecordSetDoesNotCount8_9() {
    BatchResult result =
        ENGINE.checkAll(List.of(records(Q2), records(Q3_AFTER_Q2, Q2)), GoldenMeeting.AS_OF);

    assertThat(result.reports().get(0).status("8.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(result.reports().get(1).status("8.9")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 8.10 --------------------------------------------------------------------------------

  @Test
  void evaluationWithoutMeasuresViolates8_10() {
    ComplianceReport report =
        check(records(with(Q3, b -> b.measures(List.of()))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.measures-missing")
        .about(Subject.evaluation(Q3.id()));
  }

  @Test
  void measureWithoutOwnerViolates8_10() {
    ImprovementMeasure ownerless = measure("m-1", null, MEASURE_DUE, followUp(MEASURE_DUE));

    ComplianceReport report =
        check(records(with(Q3, b -> b.measures(List.of(ownerless)))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.10")
        .fromRule("evaluation.measure-owner-missing")
        .withEvidence("measure", "m-1");
  }

  @Test
  void measureWithoutDueDateViolates8_10() {
    ImprovementMeasure undated = measure("m-1", SUPERVISOR, null);

    ComplianceReport report =
        check(records(with(Q3, b -> b.measures(List.of(undated)))), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.10")
        .fromRule("evaluation.measure-due-missing")
        .withEvidence("measure", "m-1");
  }

  @Test
  void measureNotFollowedUpBeforeItsDueDateIsDue8_10() {
    Evaluation unfollowed =
        with(Q3, b -> b.measures(List.of(measure("m-1", SUPERVISOR, MEASURE_DUE))));

    ComplianceReport report = check(records(unfollowed), MEASURE_DUE.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("8.10")
        .withSeverity(Severity.DUE)
        .fromRule("evaluation.measure-follow-up-due")
        .at(MEASURE_DUE);
    assertThat(report.status("8.10")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void measureNotFollowedUpAtItsDueDateViolates8_10() {
    Evaluation unfollowed =
        with(Q3, b -> b.measures(List.of(measure("m-1", SUPERVISOR, MEASURE_DUE))));

    ComplianceReport report = check(records(unfollowed), MEASURE_DUE);

    assertThat(report)
        .hasSingleFinding("8.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.measure-follow-up-missing")
        .withEvidence("due", "2026-10-29 10:00");
  }

  @Test
  void followUpExactlyAtTheDueDateComplies8_10() {
    Evaluation onTime =
        with(
            Q3,
            b ->
                b.measures(
                    List.of(measure("m-1", SUPERVISOR, MEASURE_DUE, followUp(MEASURE_DUE)))));

    ComplianceReport report = check(records(onTime), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("8.10")).isEmpty();
    assertThat(report.status("8.10")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void followUpOneSecondAfterTheDueDateViolates8_10() {
    Instant late = MEASURE_DUE.plusSeconds(1);
    Evaluation lateFollowUp =
        with(Q3, b -> b.measures(List.of(measure("m-1", SUPERVISOR, MEASURE_DUE, followUp(late)))));

    ComplianceReport report = check(records(lateFollowUp), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("8.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("evaluation.measure-follow-up-late")
        .withEvidence("followedUpAt", "2026-10-29 10:00:01")
        .withEvidence("late", "1 s");
  }

  // ---- fixtures ----------------------------------------------------------------------------

  /** The Q3 meeting's records with the evaluations. */
  private static DepartmentRecords records(Evaluation... evaluations) {
    return DepartmentRecords.of(SampleDepartment.department(), Q3_MEETING)
        .withEvaluations(List.of(evaluations));
  }

  /**
   * A compliant evaluation of a period: every source and indicator with targets, an answered
   * survey, decision execution reviewed, one owned measure due two weeks later and followed up two
   * days before that; no previous evaluation.
   */
  private static Evaluation evaluation(
      String id, String label, ZonedDateTime start, ZonedDateTime end, Instant conductedAt) {
    Instant measureDue = conductedAt.plus(Duration.ofDays(14));
    return new Evaluation(
        EvaluationId.of(id),
        new EvaluationPeriod(label, start.toInstant(), end.toInstant()),
        conductedAt,
        MANAGER,
        Set.of(
            FeedbackSource.MINUTES,
            FeedbackSource.ATTENDEE_FEEDBACK,
            FeedbackSource.LEADERSHIP_ASSESSMENT,
            FeedbackSource.SATISFACTION_SURVEY),
        List.of(
            indicator(IndicatorKind.MEETING_EFFICIENCY, 80.0),
            indicator(IndicatorKind.INFORMATION_DELIVERY, 85.0),
            indicator(IndicatorKind.DECISION_EXECUTION_RATE, 90.0),
            indicator(IndicatorKind.TEAM_COHESION, 4.0)),
        new SatisfactionSurvey(
            conductedAt.minus(Duration.ofDays(5)),
            9,
            7,
            List.of(new SurveyQuestion("How useful are the weekly meetings?", 7, 4.2))),
        true,
        null,
        null,
        List.of(
            measure(
                "m-1", SUPERVISOR, measureDue, followUp(measureDue.minus(Duration.ofDays(2))))));
  }

  private static Indicator indicator(IndicatorKind kind, double target) {
    return new Indicator(kind, kind.name().toLowerCase(), target + 2, target, "%");
  }

  private static ImprovementMeasure measure(
      String id,
      org.meetingpolicy.core.model.PersonId owner,
      Instant due,
      ImprovementFollowUp... followUps) {
    return new ImprovementMeasure(
        MeasureId.of(id), "Shorten the agenda to 90 minutes", owner, due, List.of(followUps));
  }

  private static ImprovementFollowUp followUp(Instant at) {
    return new ImprovementFollowUp(at, SECRETARY, true, "In place.");
  }

  private static Evaluation withoutIndicator(Evaluation evaluation, IndicatorKind kind) {
    return with(
        evaluation,
        b -> b.indicators(evaluation.indicators().stream().filter(i -> i.kind() != kind).toList()));
  }

  /** A copy of the evaluation with one thing changed. */
  private static Evaluation with(Evaluation evaluation, UnaryOperator<EvaluationCopy> change) {
    return change.apply(new EvaluationCopy(evaluation)).build();
  }

  /** Varies one field of an evaluation record at a time. */
  private static final class EvaluationCopy {
    private EvaluationPeriod period;
    private Instant conductedAt;
    private Set<FeedbackSource> sources;
    private List<Indicator> indicators;
    private SatisfactionSurvey survey;
    private boolean decisionExecutionReviewed;
    private EvaluationId previous;
    private String comparison;
    private List<ImprovementMeasure> measures;
    private final Evaluation original;

    EvaluationCopy(Evaluation e) {
      original = e;
      period = e.period();
      conductedAt = e.conductedAt();
      sources = e.sources();
      indicators = e.indicators();
      survey = e.survey();
      decisionExecutionReviewed = e.decisionExecutionReviewed();
      previous = e.previous();
      comparison = e.comparison();
      measures = e.measures();
    }

    EvaluationCopy period(EvaluationPeriod value) {
      period = value;
      return this;
    }

    EvaluationCopy conductedAt(Instant value) {
      conductedAt = value;
      return this;
    }

    EvaluationCopy sources(Set<FeedbackSource> value) {
      sources = value;
      return this;
    }

    EvaluationCopy indicators(List<Indicator> value) {
      indicators = value;
      return this;
    }

    EvaluationCopy survey(SatisfactionSurvey value) {
      survey = value;
      return this;
    }

    EvaluationCopy decisionExecutionReviewed(boolean value) {
      decisionExecutionReviewed = value;
      return this;
    }

    EvaluationCopy previous(EvaluationId value) {
      previous = value;
      return this;
    }

    EvaluationCopy comparison(String value) {
      comparison = value;
      return this;
    }

    EvaluationCopy measures(List<ImprovementMeasure> value) {
      measures = value;
      return this;
    }

    Evaluation build() {
      return new Evaluation(
          original.id(),
          period,
          conductedAt,
          original.conductedBy(),
          sources,
          indicators,
          survey,
          decisionExecutionReviewed,
          previous,
          comparison,
          measures);
    }
  }

  /**
   * An engine with a half-yearly cycle whose 8.3 indicators leave out the decision execution rate;
   * compiled once, on first use, for the two tests that need another policy.
   */
  private static final class CustomEngine {
    static final ComplianceEngine INSTANCE =
        ComplianceEngine.builder()
            .policy(
                MeetingPolicy.builder()
                    .evaluationCycle(EvaluationCycle.HALF_YEARLY)
                    .evaluationIndicators(
                        Set.of(
                            IndicatorKind.MEETING_EFFICIENCY,
                            IndicatorKind.INFORMATION_DELIVERY,
                            IndicatorKind.TEAM_COHESION))
                    .build())
            .build();
  }
}
