package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.ActionPlan;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.PlanStep;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.core.model.ResultEvaluation;
import org.meetingpolicy.testkit.GoldenMeeting;

/** Section 7, resolutions: clauses 7.1, 7.2, 7.3, 7.5, 7.8 and 7.10 (resolutions.drl). */
class ResolutionsRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final Resolution RESOLUTION = GOLDEN.resolutions().get(0);
  private static final Subject SUBJECT = Subject.resolution(GOLDEN.id(), RESOLUTION.id());
  private static final List<String> CLAUSES = List.of("7.1", "7.2", "7.3", "7.5", "7.8", "7.10");

  /** The golden meeting's end: Friday 13 November 2026, 16:00. */
  private static final Instant END = GOLDEN.end();

  /** The golden resolution's deadline: Friday 18 December 2026, 14:00. */
  private static final Instant DEADLINE = RESOLUTION.deadline();

  /** The golden resolution's report (Monday 12:00) plus 7 days. */
  private static final Instant NEXT_REPORT = local("2026-11-23T12:00");

  // ---- the golden meeting ----------------------------------------------------------------------

  @Test
  void goldenMeetingHasNoViolationOrWarningOfSection7() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : CLAUSES) {
      assertThat(findings(report, clause, Severity.VIOLATION)).as(clause).isEmpty();
      assertThat(findings(report, clause, Severity.WARNING)).as(clause).isEmpty();
    }
    assertThat(report.status("7.1")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("7.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void goldenResolutionsNextProgressReportIsHonestlyDue7_3() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report)
        .hasSingleFinding("7.3")
        .withSeverity(Severity.DUE)
        .fromRule("resolutions.progress-report-due")
        .about(SUBJECT)
        .at(NEXT_REPORT)
        .withEvidence("since", "2026-11-16 12:00")
        .withEvidence("interval", "7 d");
    assertThat(report.status("7.3")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void goldenResolutionsFirstReviewIsDue7_5() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report)
        .hasSingleFinding("7.5")
        .withSeverity(Severity.DUE)
        .fromRule("resolutions.review-due")
        .at(END.plus(Duration.ofDays(30)))
        .withEvidence("interval", "30 d");
  }

  @Test
  void evaluationAndRecordDoNotApplyToTheGoldenOpenResolution7_8And7_10() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("7.8")).isEmpty();
    assertThat(report.findingsOf("7.10")).isEmpty();
    assertThat(report.status("7.8")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(report.status("7.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void resolutionClausesDoNotApplyBeforeTheMeetingEnds() {
    ComplianceReport report = check(GOLDEN, END.minusSeconds(1));

    for (String clause : CLAUSES) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  // ---- 7.1 responsible -------------------------------------------------------------------------

  @Test
  void resolutionWithoutResponsibleViolates7_1() {
    ComplianceReport report = check(varied(r -> r.responsible = null));

    assertThat(report)
        .hasSingleFinding("7.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.responsible-missing")
        .about(SUBJECT);
    assertThat(check(varied(r -> r.responsible = new Responsible(null, null))))
        .hasSingleFinding("7.1")
        .fromRule("resolutions.responsible-missing");
  }

  @Test
  void resolutionWithBothPersonAndDepartmentResponsibleViolates7_1() {
    ComplianceReport report =
        check(varied(r -> r.responsible = new Responsible(SUPERVISOR, MARKETING)));

    assertThat(report)
        .hasSingleFinding("7.1")
        .fromRule("resolutions.responsible-ambiguous")
        .withEvidence("person", SUPERVISOR.value())
        .withEvidence("department", MARKETING.value());
  }

  @Test
  void departmentAloneMayBeResponsible7_1() {
    ComplianceReport report = check(varied(r -> r.responsible = Responsible.department(MARKETING)));

    assertThat(report.findingsOf("7.1")).isEmpty();
    assertThat(report.status("7.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 7.2 action plan -------------------------------------------------------------------------

  @Test
  void planWithoutStepsViolates7_2() {
    ComplianceReport report =
        check(varied(r -> r.plan = new ActionPlan(List.of(), "Renew 15 of the top 20 accounts")));

    assertThat(report)
        .hasSingleFinding("7.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.plan-without-steps");
  }

  @Test
  void planStepWithoutDueDateViolates7_2() {
    List<PlanStep> steps = new ArrayList<>(RESOLUTION.plan().steps());
    steps.set(1, new PlanStep("Visit each account", null));
    ComplianceReport report =
        check(varied(r -> r.plan = new ActionPlan(steps, RESOLUTION.plan().expectedOutcome())));

    assertThat(report)
        .hasSingleFinding("7.2")
        .fromRule("resolutions.plan-step-without-due")
        .withEvidence("count", "1")
        .withEvidence("steps", "Visit each account");
  }

  @Test
  void planWithoutExpectedOutcomeViolates7_2() {
    ComplianceReport report =
        check(varied(r -> r.plan = new ActionPlan(RESOLUTION.plan().steps(), " ")));

    assertThat(report)
        .hasSingleFinding("7.2")
        .fromRule("resolutions.plan-without-expected-outcome");
  }

  @Test
  void planStepDueAfterTheDeadlineWarns7_2() {
    List<PlanStep> steps = new ArrayList<>(RESOLUTION.plan().steps());
    steps.add(new PlanStep("Follow-up visit", DEADLINE.plusSeconds(1)));
    ComplianceReport report =
        check(varied(r -> r.plan = new ActionPlan(steps, RESOLUTION.plan().expectedOutcome())));

    assertThat(report)
        .hasSingleFinding("7.2")
        .withSeverity(Severity.WARNING)
        .fromRule("resolutions.plan-step-after-deadline")
        .withEvidence("step", "Follow-up visit");
    assertThat(report.status("7.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void missingPlanIsLeftTo4_9() {
    ComplianceReport report = check(varied(r -> r.plan = null));

    assertThat(report.findingsOf("7.2")).isEmpty();
    assertThat(report.status("7.2")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 7.3 tracking and progress reports -------------------------------------------------------

  @Test
  void resolutionWithoutTrackerViolates7_3() {
    ComplianceReport report = check(varied(r -> r.tracker = null));

    assertThat(report).hasSingle(Severity.VIOLATION, "7.3").fromRule("resolutions.tracker-missing");
  }

  @Test
  void progressReportIsDueUntilTheIntervalHasPassedThenOverdue7_3() {
    assertThat(check(GOLDEN, NEXT_REPORT.minusSeconds(1)))
        .hasSingleFinding("7.3")
        .withSeverity(Severity.DUE);
    assertThat(check(GOLDEN, NEXT_REPORT)).hasSingleFinding("7.3").withSeverity(Severity.VIOLATION);
    assertThat(check(GOLDEN, NEXT_REPORT.plusSeconds(1)))
        .hasSingle(Severity.VIOLATION, "7.3")
        .fromRule("resolutions.progress-report-overdue")
        .at(NEXT_REPORT)
        .withEvidence("overdue", "1 s");
  }

  @Test
  void firstProgressReportIsCountedFromTheMeetingEnd7_3() {
    ComplianceReport report = check(varied(r -> r.progressReports = List.of()));

    assertThat(report)
        .hasSingleFinding("7.3")
        .fromRule("resolutions.progress-report-due")
        .at(END.plus(Duration.ofDays(7)))
        .withEvidence("since", "2026-11-13 16:00");
  }

  @Test
  void reportExactlyOneIntervalAfterThePreviousComplies7_3() {
    Meeting meeting = varied(r -> r.progressReports = reports(NEXT_REPORT));

    ComplianceReport report = check(meeting, NEXT_REPORT.plus(Duration.ofDays(1)));

    assertThat(findings(report, "7.3", Severity.VIOLATION)).isEmpty();
  }

  @Test
  void pastGapLongerThanTheIntervalViolates7_3() {
    Instant late = NEXT_REPORT.plusSeconds(1);
    Meeting meeting = varied(r -> r.progressReports = reports(late));

    ComplianceReport report = check(meeting, late.plus(Duration.ofDays(1)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "7.3")
        .fromRule("resolutions.progress-report-gap")
        .at(NEXT_REPORT)
        .withEvidence("gap", "7 d 1 s")
        .withEvidence("from", "2026-11-16 12:00")
        .withEvidence("to", "2026-11-23 12:00:01");
  }

  @Test
  void progressReportNotToTheOrganizerWarns7_3() {
    Instant at = RESOLUTION.progressReports().get(0).at();
    Meeting meeting =
        varied(
            r ->
                r.progressReports =
                    List.of(
                        new ProgressReport(at, SECRETARY, SALES_1, "Top accounts listed.", null)));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingle(Severity.WARNING, "7.3")
        .fromRule("resolutions.progress-report-not-to-organizer")
        .withEvidence("to", SALES_1.value())
        .withEvidence("organizer", MANAGER.value());
    assertThat(findings(report, "7.3", Severity.VIOLATION)).isEmpty();
  }

  @Test
  void openResolutionPastItsDeadlineViolates7_3() {
    // Weekly reports up to the deadline, so that only the overdue resolution is at issue.
    Meeting meeting =
        varied(r -> r.progressReports = weeklyReportsUntil(DEADLINE.plus(Duration.ofDays(2))));

    assertThat(findings(check(meeting, DEADLINE.minusSeconds(1)), "7.3", Severity.VIOLATION))
        .isEmpty();
    assertThat(check(meeting, DEADLINE.plus(Duration.ofDays(2))))
        .hasSingle(Severity.VIOLATION, "7.3")
        .fromRule("resolutions.overdue")
        .at(DEADLINE)
        .withEvidence("overdue", "2 d")
        .withEvidence("status", "in progress");
  }

  @Test
  void resolutionCompletedAfterItsDeadlineViolates7_3() {
    Instant completed = DEADLINE.plus(Duration.ofDays(1));
    Meeting meeting =
        varied(r -> done(r, completed).progressReports = weeklyReportsUntil(completed));

    assertThat(check(meeting, completed.plusSeconds(60)))
        .hasSingle(Severity.VIOLATION, "7.3")
        .fromRule("resolutions.completed-after-deadline")
        .withEvidence("late", "1 d");
  }

  @Test
  void completedResolutionNeedsNoFurtherProgressReport7_3() {
    Instant completed = END.plus(Duration.ofDays(5));
    Meeting meeting = varied(r -> done(r, completed));

    ComplianceReport report = check(meeting, completed.plus(Duration.ofDays(60)));

    assertThat(report.findingsOf("7.3")).isEmpty();
    assertThat(report.status("7.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void completedResolutionWithAnUnreportedStretchBeforeCompletionViolates7_3() {
    Instant completed = END.plus(Duration.ofDays(12));
    Meeting meeting = varied(r -> done(r, completed));

    assertThat(check(meeting, completed.plusSeconds(60)))
        .hasSingle(Severity.VIOLATION, "7.3")
        .fromRule("resolutions.progress-report-gap")
        .withEvidence("to", "2026-11-25 16:00");
  }

  // ---- 7.5 periodic reviews --------------------------------------------------------------------

  @Test
  void reviewOverdueOnceTheIntervalHasPassed7_5() {
    Instant due = END.plus(Duration.ofDays(30));

    assertThat(check(GOLDEN, due.minusSeconds(1)))
        .hasSingleFinding("7.5")
        .withSeverity(Severity.DUE);
    assertThat(check(GOLDEN, due))
        .hasSingleFinding("7.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.review-overdue")
        .at(due);
  }

  @Test
  void reviewExactlyOneIntervalAfterTheMeetingComplies7_5() {
    Instant due = END.plus(Duration.ofDays(30));
    Meeting meeting =
        varied(r -> r.reviews = List.of(new PlanReview(due, MANAGER, false, "On track")));

    ComplianceReport report = check(meeting, due.plusSeconds(60));

    assertThat(findings(report, "7.5", Severity.VIOLATION)).isEmpty();
    assertThat(report).hasSingleFinding("7.5").at(due.plus(Duration.ofDays(30)));
  }

  @Test
  void reviewOneSecondLateLeavesAPastGap7_5() {
    Instant late = END.plus(Duration.ofDays(30)).plusSeconds(1);
    Meeting meeting =
        varied(r -> r.reviews = List.of(new PlanReview(late, MANAGER, false, "On track")));

    assertThat(check(meeting, late.plusSeconds(60)))
        .hasSingle(Severity.VIOLATION, "7.5")
        .fromRule("resolutions.review-gap")
        .withEvidence("gap", "30 d 1 s");
  }

  // ---- 7.8 result evaluation -------------------------------------------------------------------

  /** Completed 20 days after the meeting, before the deadline: the evaluation is due 14 days on. */
  private static final Instant COMPLETED = END.plus(Duration.ofDays(20));

  private static final Instant EVALUATION_DUE = COMPLETED.plus(Duration.ofDays(14));

  @Test
  void completedResolutionsEvaluationIsDueThenMissing7_8() {
    Meeting meeting = varied(r -> compliantlyDone(r).evaluation = null);

    assertThat(check(meeting, EVALUATION_DUE.minusSeconds(1)))
        .hasSingleFinding("7.8")
        .withSeverity(Severity.DUE)
        .fromRule("resolutions.evaluation-due")
        .at(EVALUATION_DUE)
        .withEvidence("period", "14 d");
    ComplianceReport after = check(meeting, EVALUATION_DUE);
    assertThat(after)
        .hasSingleFinding("7.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.evaluation-missing");
    // 7.8 owns the missing evaluation; 7.10 does not report it again.
    assertThat(after.findingsOf("7.10")).isEmpty();
  }

  @Test
  void evaluationExactlyAtTheDeadlineComplies7_8() {
    Meeting meeting = varied(r -> compliantlyDone(r).evaluation = evaluation(EVALUATION_DUE));

    ComplianceReport report = check(meeting, EVALUATION_DUE.plus(Duration.ofDays(1)));

    assertThat(report.findingsOf("7.8")).isEmpty();
    assertThat(report.status("7.8")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void evaluationOneSecondLateViolates7_8() {
    Instant late = EVALUATION_DUE.plusSeconds(1);
    Meeting meeting = varied(r -> compliantlyDone(r).evaluation = evaluation(late));

    assertThat(check(meeting, late))
        .hasSingleFinding("7.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.evaluation-late")
        .withEvidence("late", "1 s");
  }

  @Test
  void openResolutionPastItsDeadlineIsEvaluatedFromTheDeadline7_8() {
    Instant due = DEADLINE.plus(Duration.ofDays(14));

    assertThat(check(GOLDEN, due))
        .hasSingleFinding("7.8")
        .fromRule("resolutions.evaluation-missing")
        .at(due)
        .withEvidence("trigger", "2026-12-18 14:00");
  }

  @Test
  void cancelledResolutionIsNotEvaluated7_8() {
    Meeting meeting =
        varied(
            r -> {
              r.status = ResolutionStatus.CANCELLED;
              r.completedAt = END.plus(Duration.ofDays(2));
            });

    ComplianceReport report = check(meeting, DEADLINE.plus(Duration.ofDays(30)));

    assertThat(report.status("7.8")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(report.status("7.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 7.10 execution, evaluation and lessons on record ----------------------------------------

  @Test
  void completedResolutionWithItsRecordsComplies7_10() {
    ComplianceReport report = check(varied(ResolutionsRulesTest::compliantlyDone), EVALUATION_DUE);

    for (String clause : CLAUSES) {
      assertThat(findings(report, clause, Severity.VIOLATION)).as(clause).isEmpty();
      assertThat(findings(report, clause, Severity.WARNING)).as(clause).isEmpty();
    }
    assertThat(report.status("7.10")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("7.8")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void lessonsOfACompletedResolutionAreDueThenMissing7_10() {
    Meeting meeting = varied(r -> compliantlyDone(r).lessons = null);

    assertThat(check(meeting, EVALUATION_DUE.minusSeconds(1)))
        .hasSingleFinding("7.10")
        .withSeverity(Severity.DUE)
        .fromRule("resolutions.lessons-due")
        .at(EVALUATION_DUE);
    assertThat(check(meeting, EVALUATION_DUE))
        .hasSingleFinding("7.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.lessons-missing");
  }

  @Test
  void completedResolutionWithoutExecutionRecordViolates7_10() {
    Meeting meeting = varied(r -> compliantlyDone(r).progressReports = List.of());

    assertThat(check(meeting, EVALUATION_DUE.minusSeconds(1)))
        .hasSingleFinding("7.10")
        .fromRule("resolutions.execution-record-due");
    assertThat(check(meeting, EVALUATION_DUE))
        .hasSingleFinding("7.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("resolutions.execution-record-missing");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  /** The golden report (Monday 12:00) and one more at {@code next}, both to the organizer. */
  private static List<ProgressReport> reports(Instant next) {
    return List.of(
        RESOLUTION.progressReports().get(0),
        new ProgressReport(next, SECRETARY, MANAGER, "Visits under way.", null));
  }

  /** A report to the organizer every 7 days after the meeting, up to and including {@code last}. */
  private static List<ProgressReport> weeklyReportsUntil(Instant last) {
    List<ProgressReport> reports = new ArrayList<>();
    for (Instant at = END.plus(Duration.ofDays(7));
        !at.isAfter(last);
        at = at.plus(Duration.ofDays(7))) {
      reports.add(new ProgressReport(at, SECRETARY, MANAGER, "On track.", null));
    }
    return reports;
  }

  private static ResultEvaluation evaluation(Instant at) {
    return new ResultEvaluation(at, MANAGER, true, "16 of 20 accounts renewed.");
  }

  /** Marks the resolution done at {@code completed}. */
  private static ResolutionVariation done(ResolutionVariation r, Instant completed) {
    r.status = ResolutionStatus.DONE;
    r.completedAt = completed;
    return r;
  }

  /**
   * Done at {@link #COMPLETED} with weekly reports, a review, an evaluation and lessons: complies
   * with every clause of section 7.
   */
  private static ResolutionVariation compliantlyDone(ResolutionVariation r) {
    done(r, COMPLETED);
    r.progressReports = weeklyReportsUntil(COMPLETED);
    r.reviews =
        List.of(new PlanReview(COMPLETED.minus(Duration.ofDays(1)), MANAGER, false, "Done"));
    r.evaluation = evaluation(COMPLETED.plus(Duration.ofDays(3)));
    r.lessons = "Visit key accounts in person before quoting.";
    return r;
  }

  private static Meeting varied(Consumer<ResolutionVariation> change) {
    ResolutionVariation variation = new ResolutionVariation(RESOLUTION);
    change.accept(variation);
    return GOLDEN.toBuilder().resolutions(List.of(variation.build())).build();
  }

  /** The parts of {@link Resolution}, to vary one at a time. */
  static final class ResolutionVariation {
    private final Resolution base;
    Responsible responsible;
    ActionPlan plan;
    PersonId tracker;
    List<ProgressReport> progressReports;
    List<PlanReview> reviews;
    ResolutionStatus status;
    Instant completedAt;
    ResultEvaluation evaluation;
    String lessons;

    ResolutionVariation(Resolution base) {
      this.base = base;
      responsible = base.responsible();
      plan = base.plan();
      tracker = base.tracker();
      progressReports = base.progressReports();
      reviews = base.reviews();
      status = base.status();
      completedAt = base.completedAt();
      evaluation = base.evaluation();
      lessons = base.lessons();
    }

    Resolution build() {
      return new Resolution(
          base.id(),
          base.text(),
          responsible,
          plan,
          base.deadline(),
          tracker,
          progressReports,
          reviews,
          status,
          completedAt,
          evaluation,
          lessons);
    }
  }
}
