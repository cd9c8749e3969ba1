package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.EXTERNAL_GUEST;
import static org.meetingpolicy.testkit.SampleDepartment.HR;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.Approval;
import org.meetingpolicy.core.model.Archive;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 6, the minutes: clauses 6.2, 6.4, 6.5, 6.6, 6.7 and 6.9 (minutes.drl). */
class MinutesRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final List<String> CLAUSES = List.of("6.2", "6.4", "6.5", "6.6", "6.7", "6.9");

  /** Friday 16:00 plus two working days: Tuesday 16:00. */
  private static final Instant DISTRIBUTION_DEADLINE = local("2026-11-17T16:00");

  /** Friday 16:00 plus five working days: the next Friday 16:00. */
  private static final Instant ARCHIVE_DEADLINE = local("2026-11-20T16:00");

  /** Monday 16 November 2026 is a holiday: the distribution deadline moves to Wednesday. */
  private static final ComplianceEngine HOLIDAY_ENGINE =
      ComplianceEngine.builder()
          .policy(
              MeetingPolicy.defaults().toBuilder()
                  .holidays(Set.of(LocalDate.of(2026, 11, 16)))
                  .build())
          .build();

  // ---- the golden meeting ----------------------------------------------------------------------

  @Test
  void goldenMeetingHasNoViolationOrWarningOfSection6() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
    }
    assertThat(report.status("6.2")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("6.4")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("6.5")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("6.7")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("6.9")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void goldenMeetingWithoutPlanChangeLeaves6_6NotApplicable() {
    assertThat(check(GOLDEN).status("6.6")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void minutesClausesDoNotApplyBeforeTheMeetingEnds() {
    ComplianceReport report = check(GOLDEN, GOLDEN.end().minusSeconds(1));

    for (String clause : CLAUSES) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  @Test
  void meetingWithoutMinutesLeavesSection6To4_10() {
    ComplianceReport report = check(GOLDEN.toBuilder().minutes(null).build());

    for (String clause : CLAUSES) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  // ---- 6.2 fixed form --------------------------------------------------------------------------

  static Stream<Arguments> formGaps() {
    return Stream.of(
        Arguments.of("the place", (Consumer<MinutesVariation>) m -> m.place = " "),
        Arguments.of("the attendees", (Consumer<MinutesVariation>) m -> m.attendees = List.of()),
        Arguments.of("the chair", (Consumer<MinutesVariation>) m -> m.chair = null),
        Arguments.of("the agenda", (Consumer<MinutesVariation>) m -> m.agenda = List.of()),
        Arguments.of(
            "the action plans", (Consumer<MinutesVariation>) m -> m.actionPlansRecorded = false),
        Arguments.of(
            "resolution " + GoldenMeeting.resolutionIdFor(GoldenMeeting.START).value(),
            (Consumer<MinutesVariation>) m -> m.resolutions = List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formGaps")
  void distributedMinutesMissingAPartViolate6_2(String part, Consumer<MinutesVariation> gap) {
    ComplianceReport report = check(withMinutes(GOLDEN, gap));

    assertThat(report)
        .hasSingleFinding("6.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.form-incomplete")
        .about(Subject.minutes(GOLDEN.id()))
        .withEvidence("part", part)
        .withMessageStartingWith(Language.ZH, "会议纪要缺少统一格式规定的内容：");
    assertThat(report.status("6.2")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void minutesOmittingOneOfTwoResolutionsViolate6_2() {
    Resolution second = secondResolution();
    Meeting meeting = GOLDEN.toBuilder().addResolutions(second).build();

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "6.2")
        .withEvidence("part", "resolution r-extra");
  }

  @Test
  void meetingWithoutResolutionsNeedsNoActionPlansUnder6_2() {
    Meeting meeting =
        withMinutes(
            GOLDEN.toBuilder().resolutions(List.of()).build(),
            m -> {
              m.resolutions = List.of();
              m.actionPlansRecorded = false;
            });

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("6.2")).isEmpty();
    assertThat(report.status("6.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void gapInUndistributedMinutesIsDueUntilTheDistributionDeadline6_2() {
    Meeting meeting = withMinutes(GOLDEN, m -> undistributed(m).chair = null);

    ComplianceReport before = check(meeting, DISTRIBUTION_DEADLINE.minusSeconds(1));
    ComplianceReport at = check(meeting, DISTRIBUTION_DEADLINE);

    assertThat(before)
        .hasSingleFinding("6.2")
        .withSeverity(Severity.DUE)
        .fromRule("minutes.form-incomplete-due")
        .at(DISTRIBUTION_DEADLINE)
        .withEvidence("part", "the chair");
    assertThat(at).hasSingleFinding("6.2").fromRule("minutes.form-incomplete");
  }

  // ---- 6.4 approval before distribution --------------------------------------------------------

  @Test
  void minutesDistributedBeforeApprovalViolate6_4() {
    Instant distributed = distributedAt();
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m -> m.approvals = List.of(new Approval(1, MANAGER, distributed.plusSeconds(3600))));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("6.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.distributed-before-approval")
        .at(distributed)
        .withEvidence("distributedAt", "2026-11-16 11:00")
        .withEvidence("approvedAt", "2026-11-16 12:00")
        .withEvidence("early", "1 h")
        .withEvidence("approver", MANAGER.value());
    assertThat(report.status("6.4")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void approvalAtTheMomentOfDistributionComplies6_4() {
    Meeting meeting =
        withMinutes(GOLDEN, m -> m.approvals = List.of(new Approval(1, MANAGER, distributedAt())));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("6.4")).isEmpty();
    assertThat(report.status("6.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void approvalOfAnotherVersionDoesNotCount6_4() {
    Instant written = GOLDEN.minutes().versions().get(0).at();
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m -> {
              m.versions =
                  List.of(
                      new MinutesVersion(1, written, SECRETARY, null),
                      new MinutesVersion(2, written.plusSeconds(60), SECRETARY, "typo"));
              m.approvals = List.of(new Approval(1, MANAGER, distributedAt().minusSeconds(60)));
              m.distributions = List.of(distribution(2, distributedAt(), roster()));
            });

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "6.4")
        .fromRule("minutes.distributed-unapproved")
        .withEvidence("version", "2");
  }

  @Test
  void minutesApprovedOnlyByTheSecretaryViolate6_4() {
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m ->
                m.approvals =
                    List.of(new Approval(1, SECRETARY, distributedAt().minusSeconds(60))));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "6.4")
        .fromRule("minutes.approved-by-unauthorized")
        .withEvidence("approver", SECRETARY.value())
        .withEvidence("allowed", MANAGER.value());
  }

  @Test
  void managerMayApproveTheMinutesOfADeputysMeeting6_4() {
    Meeting meeting = GOLDEN.toBuilder().organizer(DEPUTY).build();

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("6.4")).isEmpty();
    assertThat(report.status("6.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void minutesDistributedWithoutApprovalViolate6_4() {
    Meeting meeting = withMinutes(GOLDEN, m -> m.approvals = List.of());

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "6.4")
        .fromRule("minutes.distributed-unapproved")
        .withMessageContaining(Language.EN, "never approved");
  }

  // ---- 6.5 timely distribution to every attendee and department concerned ----------------------

  @Test
  void fridayMeetingsMinutesAreDueOnTuesday6_5() {
    Meeting meeting = withMinutes(GOLDEN, MinutesRulesTest::undistributed);

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("6.5")
        .withSeverity(Severity.DUE)
        .fromRule("minutes.distribution-due")
        .at(DISTRIBUTION_DEADLINE)
        .withEvidence("deadline", "2026-11-17 16:00")
        .withEvidence("workingDays", "2");
    assertThat(report.status("6.5")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void minutesNotDistributedByTheDeadlineViolate6_5() {
    Meeting meeting = withMinutes(GOLDEN, MinutesRulesTest::undistributed);

    assertThat(check(meeting, DISTRIBUTION_DEADLINE.minusSeconds(1)))
        .hasSingleFinding("6.5")
        .withSeverity(Severity.DUE);
    assertThat(check(meeting, DISTRIBUTION_DEADLINE))
        .hasSingleFinding("6.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.distribution-missing");
  }

  @Test
  void distributionExactlyAtTheWorkingDayDeadlineComplies6_5() {
    Meeting meeting = distributedAt(GOLDEN, DISTRIBUTION_DEADLINE);

    ComplianceReport report = check(meeting, DISTRIBUTION_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report.findingsOf("6.5")).isEmpty();
    assertThat(report.status("6.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void distributionOneSecondAfterTheDeadlineViolates6_5() {
    Meeting meeting = distributedAt(GOLDEN, DISTRIBUTION_DEADLINE.plusSeconds(1));

    ComplianceReport report = check(meeting, DISTRIBUTION_DEADLINE.plus(Duration.ofDays(1)));

    // One late distribution is one finding, not one per attendee as well.
    assertThat(report)
        .hasSingleFinding("6.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.distributed-late")
        .withEvidence("late", "1 s")
        .withEvidence("distributedAt", "2026-11-17 16:00:01");
  }

  @Test
  void holidayPushesTheDistributionDeadline6_5() {
    Instant wednesday = local("2026-11-18T16:00");
    Meeting onWednesday = distributedAt(GOLDEN, wednesday);
    Meeting afterWednesday = distributedAt(GOLDEN, wednesday.plusSeconds(1));
    Instant asOf = wednesday.plus(Duration.ofDays(1));

    assertThat(holidayCheck(onWednesday, asOf).findingsOf("6.5")).isEmpty();
    assertThat(holidayCheck(afterWednesday, asOf))
        .hasSingleFinding("6.5")
        .fromRule("minutes.distributed-late")
        .withEvidence("deadline", "2026-11-18 16:00");
    // Without the holiday, Wednesday is a day late.
    assertThat(check(onWednesday, asOf))
        .hasSingle(Severity.VIOLATION, "6.5")
        .withEvidence("late", "1 d");
  }

  @Test
  void attendeeLeftOutOfTheDistributionIsDueThenViolates6_5() {
    List<PersonId> withoutSales3 = new ArrayList<>(roster());
    withoutSales3.remove(SALES_3);
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m -> m.distributions = List.of(distribution(1, distributedAt(), withoutSales3)));

    ComplianceReport before = check(meeting);
    ComplianceReport after = check(meeting, DISTRIBUTION_DEADLINE);

    assertThat(before)
        .hasSingleFinding("6.5")
        .withSeverity(Severity.DUE)
        .fromRule("minutes.attendee-not-reached-due")
        .withEvidence("person", SALES_3.value());
    assertThat(after)
        .hasSingleFinding("6.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.attendee-not-reached")
        .withEvidence("person", SALES_3.value())
        .withEvidence("sentAt", "none");
  }

  @Test
  void attendeeSentTheMinutesOnlyAfterTheDeadlineViolates6_5() {
    List<PersonId> withoutSales3 = new ArrayList<>(roster());
    withoutSales3.remove(SALES_3);
    Instant late = DISTRIBUTION_DEADLINE.plus(Duration.ofHours(2));
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m ->
                m.distributions =
                    List.of(
                        distribution(1, distributedAt(), withoutSales3),
                        new Distribution(1, late, SECRETARY, List.of(SALES_3), List.of())));

    assertThat(check(meeting, late.plusSeconds(60)))
        .hasSingle(Severity.VIOLATION, "6.5")
        .fromRule("minutes.attendee-not-reached")
        .withEvidence("sentAt", "2026-11-17 18:00");
  }

  @Test
  void departmentConcernedLeftOutOfTheDistributionViolates6_5() {
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m ->
                m.distributions =
                    List.of(
                        new Distribution(
                            1, distributedAt(), SECRETARY, roster(), List.of(MARKETING))));

    assertThat(check(meeting, DISTRIBUTION_DEADLINE))
        .hasSingleFinding("6.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.department-not-reached")
        .withEvidence("department", HR.value());
  }

  @Test
  void confidentialMinutesToClearedAttendeesOnlyComply6_5And6_9() {
    List<PersonId> cleared = new ArrayList<>(roster());
    cleared.removeAll(List.of(SALES_2, SALES_3));
    Meeting meeting =
        withMinutes(
            GOLDEN,
            m -> {
              m.classification = Confidentiality.CONFIDENTIAL;
              m.distributions =
                  List.of(new Distribution(1, distributedAt(), SECRETARY, cleared, List.of()));
            });

    ComplianceReport report = check(meeting, DISTRIBUTION_DEADLINE);

    assertThat(report.findingsOf("6.5")).isEmpty();
    assertThat(report.findingsOf("6.9")).isEmpty();
    assertThat(report.status("6.5")).isEqualTo(ClauseStatus.COMPLIANT);
    assertThat(report.status("6.9")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 6.6 update and redistribution after a plan change ---------------------------------------

  /** The plan changes on Tuesday 10:00; the updated minutes are due out by Friday 10:00. */
  private static final Instant PLAN_CHANGED = local("2026-11-17T10:00");

  private static final Instant UPDATE_DEADLINE = local("2026-11-20T10:00");

  @Test
  void planChangeMakesAnUpdateOfTheMinutesDue6_6() {
    Meeting meeting = planChanged(GOLDEN);

    ComplianceReport report = check(meeting, UPDATE_DEADLINE.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("6.6")
        .withSeverity(Severity.DUE)
        .fromRule("minutes.update-due")
        .at(UPDATE_DEADLINE)
        .withEvidence("changedAt", "2026-11-17 10:00")
        .withEvidence("period", "3 d");
  }

  @Test
  void minutesNotUpdatedAfterAPlanChangeViolate6_6() {
    ComplianceReport report = check(planChanged(GOLDEN), UPDATE_DEADLINE);

    assertThat(report)
        .hasSingleFinding("6.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.update-missing")
        .withEvidence("updatedAt", "none")
        .withEvidence("redistributedAt", "none");
  }

  @Test
  void updatedMinutesRedistributedExactlyAtTheDeadlineComply6_6() {
    ComplianceReport report =
        check(redistributed(planChanged(GOLDEN), UPDATE_DEADLINE), UPDATE_DEADLINE.plusSeconds(60));

    assertThat(report.findingsOf("6.6")).isEmpty();
    assertThat(report.status("6.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void updatedMinutesRedistributedOneSecondLateViolate6_6() {
    Instant late = UPDATE_DEADLINE.plusSeconds(1);
    ComplianceReport report = check(redistributed(planChanged(GOLDEN), late), late);

    assertThat(report)
        .hasSingleFinding("6.6")
        .fromRule("minutes.update-missing")
        .withEvidence("updatedAt", "2026-11-18 09:00")
        .withEvidence("redistributedAt", "2026-11-20 10:00:01");
  }

  @Test
  void redistributingTheOldVersionDoesNotUpdateTheMinutes6_6() {
    Meeting meeting =
        withMinutes(
            planChanged(GOLDEN),
            m -> {
              List<Distribution> again = new ArrayList<>(m.distributions);
              again.add(distribution(1, PLAN_CHANGED.plusSeconds(3600), roster()));
              m.distributions = again;
            });

    assertThat(check(meeting, UPDATE_DEADLINE))
        .hasSingleFinding("6.6")
        .fromRule("minutes.update-missing");
  }

  // ---- 6.7 archive -----------------------------------------------------------------------------

  @Test
  void unarchivedMinutesAreDueThenViolate6_7() {
    Meeting meeting = withMinutes(GOLDEN, m -> m.archive = null);

    assertThat(check(meeting, ARCHIVE_DEADLINE.minusSeconds(1)))
        .hasSingleFinding("6.7")
        .withSeverity(Severity.DUE)
        .fromRule("minutes.archive-due")
        .at(ARCHIVE_DEADLINE)
        .withEvidence("workingDays", "5");
    assertThat(check(meeting, ARCHIVE_DEADLINE))
        .hasSingleFinding("6.7")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.archive-missing");
  }

  @Test
  void archivingExactlyAtTheDeadlineComplies6_7() {
    Meeting meeting =
        withMinutes(GOLDEN, m -> m.archive = new Archive(ARCHIVE_DEADLINE, "dms://1"));

    ComplianceReport report = check(meeting, ARCHIVE_DEADLINE.plusSeconds(60));

    assertThat(report.findingsOf("6.7")).isEmpty();
    assertThat(report.status("6.7")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void archivingOneSecondLateViolates6_7() {
    Instant late = ARCHIVE_DEADLINE.plusSeconds(1);
    Meeting meeting = withMinutes(GOLDEN, m -> m.archive = new Archive(late, "dms://1"));

    assertThat(check(meeting, late))
        .hasSingleFinding("6.7")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.archived-late")
        .withEvidence("late", "1 s");
  }

  // ---- 6.9 confidentiality ---------------------------------------------------------------------

  @Test
  void minutesSentToAnOutsiderViolate6_9() {
    List<PersonId> withGuest = new ArrayList<>(roster());
    withGuest.add(EXTERNAL_GUEST);
    Meeting meeting =
        withMinutes(
            GOLDEN, m -> m.distributions = List.of(distribution(1, distributedAt(), withGuest)));

    assertThat(check(meeting))
        .hasSingleFinding("6.9")
        .withSeverity(Severity.VIOLATION)
        .fromRule("minutes.sent-to-outsider")
        .withEvidence("person", EXTERNAL_GUEST.value())
        .withEvidence("level", "internal")
        .at(distributedAt());
  }

  @Test
  void confidentialMinutesSentToUnclearedStaffViolate6_9() {
    Meeting meeting = withMinutes(GOLDEN, m -> m.classification = Confidentiality.CONFIDENTIAL);

    ComplianceReport report = check(meeting);

    assertThat(findings(report, "6.9", Severity.VIOLATION))
        .extracting(f -> evidence(f, "person"))
        .containsExactlyInAnyOrder(SALES_2.value(), SALES_3.value());
    assertThat(findings(report, "6.9", Severity.VIOLATION))
        .allSatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("minutes.recipient-not-cleared");
              assertThat(evidence(f, "clearance")).isEqualTo("internal");
              assertThat(evidence(f, "level")).isEqualTo("confidential");
            });
    // The golden distribution also goes to two whole departments.
    assertThat(findings(report, "6.9", Severity.WARNING))
        .extracting(f -> evidence(f, "department"))
        .containsExactlyInAnyOrder(MARKETING.value(), HR.value());
  }

  @Test
  void unclassifiedMinutesTakeTheMeetingsConfidentiality6_9() {
    Meeting meeting =
        withMinutes(
            GOLDEN.toBuilder().confidentiality(Confidentiality.SECRET).build(),
            m -> m.classification = null);

    assertThat(findings(check(meeting), "6.9", Severity.VIOLATION))
        .extracting(f -> evidence(f, "person"))
        .containsExactlyInAnyOrder(
            SUPERVISOR.value(),
            SampleDepartment.SALES_1.value(),
            SALES_2.value(),
            SALES_3.value(),
            SampleDepartment.MARKETING_HEAD.value());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  private static ComplianceReport holidayCheck(Meeting meeting, Instant asOf) {
    return HOLIDAY_ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), meeting), asOf);
  }

  private static List<PersonId> roster() {
    return SampleDepartment.roster();
  }

  /** When the golden minutes are distributed: Monday 11:00. */
  private static Instant distributedAt() {
    return GOLDEN.minutes().distributions().get(0).at();
  }

  private static Distribution distribution(int version, Instant at, List<PersonId> recipients) {
    return new Distribution(version, at, SECRETARY, recipients, List.of(MARKETING, HR));
  }

  /** The golden meeting with its (approved) minutes distributed once, at {@code at}. */
  private static Meeting distributedAt(Meeting meeting, Instant at) {
    return withMinutes(meeting, m -> m.distributions = List.of(distribution(1, at, roster())));
  }

  /** Drops the distributions: the minutes are still a draft. */
  private static MinutesVariation undistributed(MinutesVariation m) {
    m.distributions = List.of();
    return m;
  }

  /** A review on Tuesday 10:00 adjusts the plan of the golden resolution. */
  private static Meeting planChanged(Meeting meeting) {
    Resolution golden = meeting.resolutions().get(0);
    Resolution adjusted =
        new Resolution(
            golden.id(),
            golden.text(),
            golden.responsible(),
            golden.plan(),
            golden.deadline(),
            golden.tracker(),
            golden.progressReports(),
            List.of(new PlanReview(PLAN_CHANGED, MANAGER, true, "Visit 25 accounts")),
            golden.status(),
            golden.completedAt(),
            golden.evaluation(),
            golden.lessons());
    return meeting.toBuilder().resolutions(List.of(adjusted)).build();
  }

  /** Version 2 written Wednesday 09:00, approved 09:30 and distributed at {@code at}. */
  private static Meeting redistributed(Meeting meeting, Instant at) {
    Instant written = local("2026-11-18T09:00");
    return withMinutes(
        meeting,
        m -> {
          List<MinutesVersion> versions = new ArrayList<>(m.versions);
          versions.add(new MinutesVersion(2, written, SECRETARY, "plan of the campaign adjusted"));
          m.versions = versions;
          List<Approval> approvals = new ArrayList<>(m.approvals);
          approvals.add(new Approval(2, MANAGER, written.plus(Duration.ofMinutes(30))));
          m.approvals = approvals;
          List<Distribution> distributions = new ArrayList<>(m.distributions);
          distributions.add(distribution(2, at, roster()));
          m.distributions = distributions;
        });
  }

  /** A second resolution of the golden meeting, not recorded in the minutes. */
  private static Resolution secondResolution() {
    Resolution golden = GOLDEN.resolutions().get(0);
    return new Resolution(
        ResolutionId.of("r-extra"),
        "Review the quote approval process",
        golden.responsible(),
        golden.plan(),
        golden.deadline(),
        golden.tracker(),
        golden.progressReports(),
        golden.reviews(),
        golden.status(),
        null,
        null,
        null);
  }

  private static Meeting withMinutes(Meeting meeting, Consumer<MinutesVariation> change) {
    MinutesVariation variation = new MinutesVariation(meeting.minutes());
    change.accept(variation);
    return meeting.toBuilder().minutes(variation.build()).build();
  }

  /** The parts of {@link Minutes}, to vary one at a time. */
  static final class MinutesVariation {
    private final Minutes base;
    String place;
    List<PersonId> attendees;
    PersonId chair;
    List<String> agenda;
    List<ResolutionId> resolutions;
    boolean actionPlansRecorded;
    List<MinutesVersion> versions;
    List<Approval> approvals;
    List<Distribution> distributions;
    Archive archive;
    Confidentiality classification;

    MinutesVariation(Minutes base) {
      this.base = base;
      place = base.place();
      attendees = base.attendees();
      chair = base.chair();
      agenda = base.agenda();
      resolutions = base.resolutions();
      actionPlansRecorded = base.actionPlansRecorded();
      versions = base.versions();
      approvals = base.approvals();
      distributions = base.distributions();
      archive = base.archive();
      classification = base.classification();
    }

    Minutes build() {
      return base.toBuilder()
          .place(place)
          .attendees(attendees)
          .chair(chair)
          .agenda(agenda)
          .resolutions(resolutions)
          .actionPlansRecorded(actionPlansRecorded)
          .versions(versions)
          .approvals(approvals)
          .distributions(distributions)
          .archive(archive)
          .classification(classification)
          .build();
    }
  }
}
