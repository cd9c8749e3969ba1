package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.HR_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.ActionPlan;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 4, Agenda (agenda.drl): clauses 4.1–4.10 against variations of the golden meeting. */
class AgendaRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  /** The agenda is due with the notice: 7 days before Friday 13 November 14:00. */
  private static final Instant AGENDA_DEADLINE = at(2026, 11, 6, 14, 0);

  /** The golden meeting ends Friday 16:00; two working days later is Tuesday 16:00. */
  private static final Instant MINUTES_DEADLINE = at(2026, 11, 17, 16, 0);

  /** November 2026 ends at midnight in Shanghai. */
  private static final Instant NOVEMBER_OVER = at(2026, 12, 1, 0, 0);

  private static final List<String> CLAUSES =
      List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10");

  private static final Set<AgendaCategory> MONTHLY =
      MeetingPolicy.defaults().monthlyAgendaCategories();

  // ---- golden -------------------------------------------------------------------------------

  @Test
  void goldenMeetingCompliesWithEveryAgendaClause() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.COMPLIANT);
    }
  }

  @Test
  void goldenWeeklySeriesCompliesWithEveryAgendaClauseAfterTheMonth() {
    List<Meeting> series = GoldenMeeting.weeklySeries(zoned(2026, 11, 6, 14, 0), 4);

    ComplianceReport report = check(series, NOVEMBER_OVER.plus(Duration.ofDays(3)));

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.COMPLIANT);
    }
  }

  // ---- 4.1–4.8 on every regular meeting -----------------------------------------------------

  @ParameterizedTest
  @EnumSource(
      value = AgendaCategory.class,
      names = {
        "POLICY_AND_PRIORITIES",
        "MARKET_ANALYSIS",
        "PRACTICAL_PROBLEMS",
        "SALES_STRATEGY",
        "SUMMARY_AND_FEEDBACK"
      })
  void requiredItemMissingAfterTheAgendaDeadlineViolates(AgendaCategory category) {
    ComplianceReport report = check(without(GOLDEN, category));

    String clause = category.clause();
    assertThat(report)
        .hasSingle(Severity.VIOLATION, clause)
        .fromRule("agenda.required-item.missing")
        .about(Subject.meeting(GOLDEN.id()))
        .at(AGENDA_DEADLINE)
        .withEvidence("category", Format.words(category))
        .withEvidence("deadline", "2026-11-06 14:00")
        .withEvidence("lead", "7 d")
        .withEvidence("items", "7");
    assertThat(report.findingsOf(clause)).hasSize(1);
    assertThat(report.status(clause)).isEqualTo(ClauseStatus.VIOLATED);
  }

  /**
   * One rule judges the eight clauses from data; each finding still cites its own clause and names
   * its item as the policy does, in both languages.
   */
  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void eachRequiredItemsFindingCitesItsClauseAndNamesItsItemInBothLanguages() {
    MeetingPolicy everyItem =
        MeetingPolicy.defaults().toBuilder()
            .requiredAgendaCategories(
                EnumSet.range(
                    AgendaCategory.POLICY_AND_PRIORITIES, AgendaCategory.SUMMARY_AND_FEEDBACK))
            .build();
    Meeting noAgenda = GOLDEN.toBuilder().agenda(null).build();
    ComplianceReport report =
        ComplianceEngine.builder()
            .policy(everyItem)
            .build()
            .check(
                DepartmentRecords.of(SampleDepartment.department(), noAgenda), GoldenMeeting.AS_OF);

    List<Finding> missing =
        report.findings().stream()
            .filter(f -> f.ruleId().equals("agenda.required-item.missing"))
            .toList();
    assertThat(missing)
        .extracting(Finding::clauseId)
        .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8");
    assertThat(missing.get(5).message(Language.ZH)).contains("“团队建设与激励”");
    assertThat(missing.get(6).message(Language.ZH)).contains("“个人发展计划”");
    assertThat(missing.get(0).message(Language.EN))
        .startsWith("The agenda has no company policy, industry news and priorities item at");
    assertThat(missing.get(7).message(Language.EN))
        .startsWith("The agenda has no summary and feedback item at");
    for (String clause : List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8")) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.VIOLATED);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AgendaCategory.class,
      names = {
        "POLICY_AND_PRIORITIES",
        "MARKET_ANALYSIS",
        "PRACTICAL_PROBLEMS",
        "SALES_STRATEGY",
        "SUMMARY_AND_FEEDBACK"
      })
  void requiredItemMissingBeforeTheAgendaDeadlineIsDue(AgendaCategory category) {
    ComplianceReport report = check(without(GOLDEN, category), AGENDA_DEADLINE.minusSeconds(1));

    String clause = category.clause();
    assertThat(report)
        .hasSingleFinding(clause)
        .withSeverity(Severity.DUE)
        .fromRule("agenda.required-item.due")
        .at(AGENDA_DEADLINE);
    assertThat(report.status(clause)).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void requiredItemMissingExactlyAtTheAgendaDeadlineViolates4_3() {
    ComplianceReport report =
        check(without(GOLDEN, AgendaCategory.MARKET_ANALYSIS), AGENDA_DEADLINE);

    assertThat(report)
        .hasSingleFinding("4.3")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.required-item.missing");
  }

  @Test
  void meetingWithoutAnAgendaMissesEveryRequiredItem() {
    ComplianceReport report = check(GOLDEN.toBuilder().agenda(null).build());

    for (AgendaCategory category : MeetingPolicy.defaults().requiredAgendaCategories()) {
      assertThat(findings(report, category.clause(), Severity.VIOLATION))
          .as(category.name())
          .extracting(Finding::ruleId)
          .containsExactly("agenda.required-item.missing");
    }
    // The month is still running: a later meeting may carry the monthly items.
    for (AgendaCategory category : MONTHLY) {
      assertThat(report.findingsOf(category.clause()))
          .as(category.name())
          .extracting(Finding::severity, Finding::ruleId)
          .containsExactly(tuple(Severity.DUE, "agenda.monthly-item.due"));
    }
  }

  @Test
  void emergencyMeetingIsExemptFromTheAgendaItems() {
    Meeting emergency =
        GOLDEN.toBuilder()
            .kind(MeetingKind.EMERGENCY)
            .emergencyReason("Key account threatens to leave")
            .agenda(agendaOf(GOLDEN, items -> List.of(items.get(2))))
            .build();

    ComplianceReport report = check(emergency);

    for (String clause : List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8")) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
    assertThat(report.status("4.9")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("4.10")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 4.2, 4.6, 4.7 monthly ----------------------------------------------------------------

  @Test
  void monthlyItemsOnOneOfTwoMeetingsOfTheMonthComply() {
    List<Meeting> november = GoldenMeeting.weeklySeries(zoned(2026, 11, 6, 14, 0), 2);
    List<Meeting> meetings = List.of(without(november.get(0), MONTHLY), november.get(1));

    for (Instant asOf : List.of(GoldenMeeting.AS_OF, NOVEMBER_OVER)) {
      ComplianceReport report = check(meetings, asOf);
      for (AgendaCategory category : MONTHLY) {
        assertThat(report.findingsOf(category.clause())).as(category + " " + asOf).isEmpty();
        assertThat(report.status(category.clause()))
            .as(category + " " + asOf)
            .isEqualTo(ClauseStatus.COMPLIANT);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = AgendaCategory.class,
      names = {"SUCCESS_STORIES", "TEAM_BUILDING", "PERSONAL_DEVELOPMENT"})
  void monthlyItemOnNoMeetingIsDueWhileTheMonthRuns(AgendaCategory category) {
    ComplianceReport report = check(novemberWithout(category), NOVEMBER_OVER.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding(category.clause())
        .withSeverity(Severity.DUE)
        .fromRule("agenda.monthly-item.due")
        .about(Subject.period("2026-11"))
        .at(NOVEMBER_OVER)
        .withEvidence("month", "2026-11")
        .withEvidence("meetings", "m-2026-11-06, m-2026-11-13")
        .withEvidence("deadline", "2026-12-01 00:00");
    assertThat(report.status(category.clause())).isEqualTo(ClauseStatus.DUE);
  }

  @ParameterizedTest
  @EnumSource(
      value = AgendaCategory.class,
      names = {"SUCCESS_STORIES", "TEAM_BUILDING", "PERSONAL_DEVELOPMENT"})
  void monthlyItemOnNoMeetingViolatesOnceTheMonthIsOver(AgendaCategory category) {
    ComplianceReport report = check(novemberWithout(category), NOVEMBER_OVER);

    assertThat(report)
        .hasSingleFinding(category.clause())
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.monthly-item.missing")
        .about(Subject.period("2026-11"))
        .withEvidence("meetings", "m-2026-11-06, m-2026-11-13");
    assertThat(report.status(category.clause())).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void monthlyItemOnlyOnAnEmergencyMeetingDoesNotCount() {
    List<Meeting> november = GoldenMeeting.weeklySeries(zoned(2026, 11, 6, 14, 0), 2);
    Meeting emergency =
        november.get(1).toBuilder()
            .kind(MeetingKind.EMERGENCY)
            .emergencyReason("Price war")
            .build();
    List<Meeting> meetings =
        List.of(without(november.get(0), AgendaCategory.SUCCESS_STORIES), emergency);

    ComplianceReport report = check(meetings, NOVEMBER_OVER);

    assertThat(report).hasSingleFinding("4.2").withEvidence("meetings", "m-2026-11-06");
  }

  @Test
  void monthWithoutRegularMeetingsIsNotJudgedForMonthlyItems() {
    Meeting emergency =
        GOLDEN.toBuilder()
            .kind(MeetingKind.EMERGENCY)
            .emergencyReason("Price war")
            .agenda(agendaOf(GOLDEN, items -> List.of(items.get(2))))
            .build();

    ComplianceReport report = check(List.of(emergency), NOVEMBER_OVER);

    assertThat(report.findingsOf("4.2")).isEmpty();
    assertThat(report.status("4.2")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void recordSetsCheckedTogetherAreJudgedApart() {
    // Same meeting ids in both sets: a month rule that forgot the scope would mix them up.
    DepartmentRecords lacking =
        DepartmentRecords.of(
            SampleDepartment.department(), novemberWithout(AgendaCategory.SUCCESS_STORIES));
    DepartmentRecords complete =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.weeklySeries(zoned(2026, 11, 6, 14, 0), 2));

    List<ComplianceReport> together =
        RuleTestSupport.ENGINE.checkAll(List.of(lacking, complete), NOVEMBER_OVER).reports();

    assertThat(together.get(0).findingsOf("4.2"))
        .extracting(Finding::ruleId)
        .containsExactly("agenda.monthly-item.missing");
    assertThat(together.get(1).findingsOf("4.2")).isEmpty();
    for (String clause : CLAUSES) {
      assertThat(together.get(0).findingsOf(clause))
          .as(clause)
          .isEqualTo(check(lacking, NOVEMBER_OVER).findingsOf(clause));
      assertThat(together.get(1).findingsOf(clause))
          .as(clause)
          .isEqualTo(check(complete, NOVEMBER_OVER).findingsOf(clause));
    }
  }

  // ---- the host's choice of required and monthly items ---------------------------------------

  /** Success stories on every meeting, market analysis once a month. */
  private static final class SwappedPolicy {
    static final ComplianceEngine ENGINE =
        ComplianceEngine.builder()
            .policy(
                MeetingPolicy.builder()
                    .requiredAgendaCategories(
                        swap(
                            MeetingPolicy.defaults().requiredAgendaCategories(),
                            AgendaCategory.MARKET_ANALYSIS,
                            AgendaCategory.SUCCESS_STORIES))
                    .monthlyAgendaCategories(
                        swap(
                            MONTHLY,
                            AgendaCategory.SUCCESS_STORIES,
                            AgendaCategory.MARKET_ANALYSIS))
                    .build())
            .build();

    static ComplianceReport check(Meeting meeting, Instant asOf) {
      return ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), meeting), asOf);
    }

    private static Set<AgendaCategory> swap(
        Set<AgendaCategory> set, AgendaCategory out, AgendaCategory in) {
      EnumSet<AgendaCategory> copy = EnumSet.copyOf(set);
      copy.remove(out);
      copy.add(in);
      return copy;
    }
  }

  @Test
  void itemTheHostRequiresOnEveryMeetingIsCheckedPerMeeting() {
    ComplianceReport report =
        SwappedPolicy.check(without(GOLDEN, AgendaCategory.SUCCESS_STORIES), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("4.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.required-item.missing");
  }

  @Test
  void itemTheHostMovesToMonthlyIsCheckedPerMonth() {
    ComplianceReport report =
        SwappedPolicy.check(without(GOLDEN, AgendaCategory.MARKET_ANALYSIS), GoldenMeeting.AS_OF);

    assertThat(report)
        .hasSingleFinding("4.3")
        .withSeverity(Severity.DUE)
        .fromRule("agenda.monthly-item.due");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void applicabilityRuleCanBeDisabledAloneAndTheFindingRulesStillRun() {
    // The rules do not inherit from the "applies" rules: Drools could not remove a parent alone.
    ComplianceEngine engine =
        ComplianceEngine.builder().disableRule("agenda.required-item.applies").build();

    ComplianceReport report =
        engine.check(
            DepartmentRecords.of(
                SampleDepartment.department(), without(GOLDEN, AgendaCategory.MARKET_ANALYSIS)),
            GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("4.3"))
        .extracting(Finding::ruleId)
        .containsExactly("agenda.required-item.missing");
  }

  // ---- presenters: 4.1, 4.3, 4.4, 4.8 -------------------------------------------------------

  @Test
  void policyItemPresentedBySalesStaffViolates4_1() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.POLICY_AND_PRIORITIES, SALES_1));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "4.1")
        .fromRule("agenda.policy-and-priorities.presenter-not-manager")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a1")))
        .withEvidence("presenter", SALES_1.value())
        .withEvidence("position", "sales staff")
        .withEvidence("deadline", "2026-11-06 14:00");
    assertThat(report.status("4.1")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void policyItemPresentedBySalesStaffBeforeTheAgendaDeadlineIsDue4_1() {
    ComplianceReport report =
        check(
            presentedBy(GOLDEN, AgendaCategory.POLICY_AND_PRIORITIES, SALES_1),
            AGENDA_DEADLINE.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("4.1")
        .withSeverity(Severity.DUE)
        .fromRule("agenda.policy-and-priorities.presenter-due");
  }

  @Test
  void policyItemPresentedByTheDesignatedDeputyComplies4_1() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.POLICY_AND_PRIORITIES, DEPUTY));

    assertThat(report.findingsOf("4.1")).isEmpty();
    assertThat(report.status("4.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void itemWithoutPresenterIsLeftTo2_4() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.POLICY_AND_PRIORITIES, null));

    assertThat(report.findingsOf("4.1")).isEmpty();
  }

  @Test
  void marketAnalysisPresentedBySalesStaffViolates4_3() {
    ComplianceReport report = check(presentedBy(GOLDEN, AgendaCategory.MARKET_ANALYSIS, SALES_1));

    assertThat(report)
        .hasSingleFinding("4.3")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.market-analysis.presenter-not-head")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a3")))
        .withEvidence("presenter", SALES_1.value());
  }

  @Test
  void marketAnalysisPresentedByTheHrHeadWarnsButComplies4_3() {
    ComplianceReport report = check(presentedBy(GOLDEN, AgendaCategory.MARKET_ANALYSIS, HR_HEAD));

    assertThat(report)
        .hasSingleFinding("4.3")
        .withSeverity(Severity.WARNING)
        .fromRule("agenda.market-analysis.presenter-not-marketing")
        .withEvidence("department", "hr")
        .withEvidence("marketingHead", SampleDepartment.MARKETING_HEAD.value());
    assertThat(report.status("4.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void practicalProblemsRaisedByTheManagerViolates4_4() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.PRACTICAL_PROBLEMS, MANAGER));

    assertThat(report)
        .hasSingleFinding("4.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.practical-problems.presenter-not-sales-staff")
        .withEvidence("position", "manager");
  }

  @Test
  void practicalProblemsRaisedByASupervisorComplies4_4() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.PRACTICAL_PROBLEMS, SUPERVISOR));

    assertThat(report.findingsOf("4.4")).isEmpty();
    assertThat(report.status("4.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void summaryPresentedBySalesStaffViolates4_8() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.SUMMARY_AND_FEEDBACK, SALES_1));

    assertThat(report)
        .hasSingleFinding("4.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.summary-and-feedback.presenter-not-organizer-or-secretary")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a8")));
  }

  @Test
  void summaryPresentedByTheOrganizerComplies4_8() {
    ComplianceReport report =
        check(presentedBy(GOLDEN, AgendaCategory.SUMMARY_AND_FEEDBACK, MANAGER));

    assertThat(report.findingsOf("4.8")).isEmpty();
    assertThat(report.status("4.8")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void summaryNotTheLastItemViolates4_8() {
    ComplianceReport report = check(summaryFirst(GOLDEN));

    assertThat(report)
        .hasSingleFinding("4.8")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.summary-and-feedback.not-last")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a8")))
        .withEvidence("position", "1")
        .withEvidence("items", "8");
  }

  @Test
  void summaryNotTheLastItemBeforeTheAgendaDeadlineIsDue4_8() {
    ComplianceReport report = check(summaryFirst(GOLDEN), AGENDA_DEADLINE.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("4.8")
        .withSeverity(Severity.DUE)
        .fromRule("agenda.summary-and-feedback.not-last-due");
  }

  // ---- 4.9 resolutions ----------------------------------------------------------------------

  @Test
  void resolutionWithoutDeadlineViolates4_9() {
    ComplianceReport report = check(withResolution(GOLDEN, r -> resolution(r, null, r.plan())));

    assertThat(report)
        .hasSingleFinding("4.9")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.resolution.deadline-missing")
        .about(Subject.resolution(GOLDEN.id(), GoldenMeeting.resolutionIdFor(GoldenMeeting.START)))
        .withEvidence("meetingEnd", "2026-11-13 16:00");
    assertThat(report.status("4.9")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void resolutionWithoutActionPlanViolates4_9() {
    ComplianceReport report = check(withResolution(GOLDEN, r -> resolution(r, r.deadline(), null)));

    assertThat(report)
        .hasSingleFinding("4.9")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.resolution.plan-missing");
  }

  @Test
  void resolutionWithoutDeadlineOrPlanIsDueUntilTheMeetingEnds4_9() {
    Meeting meeting = withResolution(GOLDEN, r -> resolution(r, null, null));

    ComplianceReport during = check(meeting, GOLDEN.end().minusSeconds(1));
    ComplianceReport atEnd = check(meeting, GOLDEN.end());

    assertThat(during.findingsOf("4.9"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactlyInAnyOrder(
            tuple(Severity.DUE, "agenda.resolution.deadline-due"),
            tuple(Severity.DUE, "agenda.resolution.plan-due"));
    assertThat(atEnd.findingsOf("4.9"))
        .extracting(Finding::severity)
        .containsExactly(Severity.VIOLATION, Severity.VIOLATION);
  }

  @Test
  void meetingWithoutResolutionsIsNotApplicableFor4_9() {
    ComplianceReport report =
        check(
            GOLDEN.toBuilder()
                .resolutions(List.of())
                .minutes(
                    minutes(GOLDEN, GOLDEN.minutes().recorder(), GOLDEN.minutes().versions(), true))
                .build());

    assertThat(report.findingsOf("4.9")).isEmpty();
    assertThat(report.status("4.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 4.10 minutes by the secretary --------------------------------------------------------

  @Test
  void minutesNotYetWrittenAreDue4_10() {
    ComplianceReport report = check(GOLDEN.toBuilder().minutes(null).build());

    assertThat(report)
        .hasSingleFinding("4.10")
        .withSeverity(Severity.DUE)
        .fromRule("agenda.minutes.due")
        .about(Subject.minutes(GOLDEN.id()))
        .at(MINUTES_DEADLINE)
        .withEvidence("workingDays", "2");
    assertThat(report.status("4.10")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void minutesNotWrittenByTheDeadlineViolate4_10() {
    Meeting meeting = GOLDEN.toBuilder().minutes(null).build();

    assertThat(check(meeting, MINUTES_DEADLINE.minusSeconds(1)).findingsOf("4.10"))
        .extracting(Finding::ruleId)
        .containsExactly("agenda.minutes.due");
    assertThat(check(meeting, MINUTES_DEADLINE))
        .hasSingleFinding("4.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.minutes.missing")
        .withEvidence("deadline", "2026-11-17 16:00");
  }

  @Test
  void firstVersionExactlyAtTheDeadlineComplies4_10() {
    ComplianceReport report =
        check(firstVersionAt(GOLDEN, MINUTES_DEADLINE), MINUTES_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report.findingsOf("4.10")).isEmpty();
    assertThat(report.status("4.10")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void firstVersionOneSecondAfterTheDeadlineViolates4_10() {
    ComplianceReport report =
        check(
            firstVersionAt(GOLDEN, MINUTES_DEADLINE.plusSeconds(1)),
            MINUTES_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report)
        .hasSingleFinding("4.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.minutes.late")
        .withEvidence("writtenAt", "2026-11-17 16:00:01")
        .withEvidence("late", "1 s")
        .withEvidence("deadline", "2026-11-17 16:00");
  }

  @Test
  void minutesRecordedBySomeoneElseViolate4_10() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .minutes(minutes(GOLDEN, SALES_1, GOLDEN.minutes().versions(), false))
            .build();

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("4.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("agenda.minutes.not-by-secretary")
        .withEvidence("writer", SALES_1.value())
        .withEvidence("secretary", SECRETARY.value());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void withoutARecorderTheFirstVersionsAuthorCounts4_10(boolean bySecretary) {
    PersonId author = bySecretary ? SECRETARY : SALES_1;
    MinutesVersion first = GOLDEN.minutes().versions().get(0);
    Meeting meeting =
        GOLDEN.toBuilder()
            .minutes(
                minutes(
                    GOLDEN, null, List.of(new MinutesVersion(1, first.at(), author, null)), false))
            .build();

    ComplianceReport report = check(meeting);

    if (bySecretary) {
      assertThat(report.findingsOf("4.10")).isEmpty();
    } else {
      assertThat(report.findingsOf("4.10"))
          .extracting(Finding::ruleId)
          .containsExactly("agenda.minutes.not-by-secretary");
    }
  }

  @Test
  void minutesAreNotJudgedBeforeTheMeetingEnds4_10() {
    ComplianceReport report =
        check(GOLDEN.toBuilder().minutes(null).build(), GOLDEN.end().minusSeconds(1));

    assertThat(report.findingsOf("4.10")).isEmpty();
    assertThat(report.status("4.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- variations ---------------------------------------------------------------------------

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return zoned(year, month, day, hour, minute).toInstant();
  }

  private static ZonedDateTime zoned(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE);
  }

  private static Agenda agendaOf(Meeting meeting, UnaryOperator<List<AgendaItem>> change) {
    Agenda agenda = meeting.agenda();
    return new Agenda(
        agenda.preparedBy(),
        agenda.preparedAt(),
        agenda.consulted(),
        change.apply(new ArrayList<>(agenda.items())));
  }

  private static Meeting without(Meeting meeting, AgendaCategory category) {
    return without(meeting, Set.of(category));
  }

  private static Meeting without(Meeting meeting, Set<AgendaCategory> categories) {
    return meeting.toBuilder()
        .agenda(
            agendaOf(
                meeting,
                items -> items.stream().filter(i -> !categories.contains(i.category())).toList()))
        .build();
  }

  /** Two golden November meetings, neither carrying the category. */
  private static List<Meeting> novemberWithout(AgendaCategory category) {
    return GoldenMeeting.weeklySeries(zoned(2026, 11, 6, 14, 0), 2).stream()
        .map(m -> without(m, category))
        .toList();
  }

  private static Meeting presentedBy(Meeting meeting, AgendaCategory category, PersonId who) {
    return meeting.toBuilder()
        .agenda(
            agendaOf(
                meeting,
                items ->
                    items.stream()
                        .map(
                            i ->
                                i.category() != category
                                    ? i
                                    : new AgendaItem(
                                        i.id(),
                                        i.title(),
                                        i.category(),
                                        who,
                                        i.presenterRole(),
                                        i.materialsNeeded(),
                                        i.materials()))
                        .toList()))
        .build();
  }

  /** The summary moved from the end to the start of the agenda. */
  private static Meeting summaryFirst(Meeting meeting) {
    return meeting.toBuilder()
        .agenda(
            agendaOf(
                meeting,
                items -> {
                  AgendaItem summary = items.remove(items.size() - 1);
                  items.add(0, summary);
                  return items;
                }))
        .build();
  }

  private static Meeting withResolution(Meeting meeting, UnaryOperator<Resolution> change) {
    return meeting.toBuilder()
        .resolutions(meeting.resolutions().stream().map(change).toList())
        .build();
  }

  private static Resolution resolution(Resolution r, Instant deadline, ActionPlan plan) {
    return new Resolution(
        r.id(),
        r.text(),
        r.responsible(),
        plan,
        deadline,
        r.tracker(),
        r.progressReports(),
        r.reviews(),
        r.status(),
        r.completedAt(),
        r.evaluation(),
        r.lessons());
  }

  /** The golden minutes with another recorder and versions; resolutions dropped on request. */
  private static Minutes minutes(
      Meeting meeting, PersonId recorder, List<MinutesVersion> versions, boolean noResolutions) {
    Minutes m = meeting.minutes();
    return new Minutes(
        recorder,
        m.actualStart(),
        m.actualEnd(),
        m.place(),
        m.attendees(),
        m.chair(),
        m.agenda(),
        noResolutions ? List.of() : m.resolutions(),
        m.actionPlansRecorded(),
        m.speakerNotes(),
        m.keyContent(),
        versions,
        m.approvals(),
        m.distributions(),
        m.archive(),
        m.classification());
  }

  private static Meeting firstVersionAt(Meeting meeting, Instant at) {
    return meeting.toBuilder()
        .minutes(
            minutes(
                meeting,
                meeting.minutes().recorder(),
                List.of(new MinutesVersion(1, at, SECRETARY, null)),
                false))
        .build();
  }
}
