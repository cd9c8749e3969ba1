package org.meetingpolicy.rules.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.RecordVariants;
import org.meetingpolicy.testkit.SampleQuarters;

@Tag(RuleTestSupport.BUILDS_ENGINE)
class HistoryCheckerTest {

  private static final MeetingPolicy FRIDAYS = MeetingPolicy.defaults();
  private static final MeetingPolicy THURSDAYS =
      FRIDAYS.toBuilder().name("Thursdays").regularMeetingDay(DayOfWeek.THURSDAY).build();
  // Thursday 1 October 2026, 00:00 in Shanghai: the first day of 2026-Q4, in week 2026-W40.
  private static final Instant OCTOBER =
      ZonedDateTime.parse("2026-10-01T00:00+08:00[Asia/Shanghai]").toInstant();

  /**
   * The sample quarters meet on Fridays. From 1 October the policy says Thursdays: the Friday
   * meetings from 2 October on break 3.1's day under the new version; those before are the old
   * version's and comply.
   */
  @Test
  void eachMeetingIsJudgedByTheVersionInForceAtItsStart() {
    PolicyHistory history = fridaysThenThursdays();
    DepartmentRecords records = SampleQuarters.records();
    Map<MeetingId, Instant> starts =
        records.meetings().stream().collect(Collectors.toMap(Meeting::id, Meeting::start));

    HistoryReport judged = HistoryChecker.of(history).check(records, SampleQuarters.AS_OF);

    List<Finding> wrongDay =
        judged.report().findings().stream()
            .filter(f -> f.ruleId().equals("schedule.regular-slot-day"))
            .toList();
    assertThat(wrongDay).isNotEmpty();
    for (Finding finding : wrongDay) {
      assertThat(starts.get(finding.subject().meeting())).isAfterOrEqualTo(OCTOBER);
      assertThat(judged.versionOf(finding)).isEqualTo("2026.2");
    }
    long fridaysFromOctober =
        records.meetings().stream()
            .filter(m -> !m.start().isBefore(OCTOBER))
            .filter(m -> m.kind() == org.meetingpolicy.core.model.MeetingKind.REGULAR)
            .count();
    assertThat(wrongDay).hasSize((int) fridaysFromOctober);
    assertThat(judged.report().findings().stream().map(judged::versionOf).distinct())
        .contains("2026.1", "2026.2");
    // Every finding cites its version in its evidence, so text and JSON show it.
    for (Finding finding : judged.report().findings()) {
      assertThat(finding.evidenceValue(HistoryChecker.VERSION_EVIDENCE))
          .contains(judged.versionOf(finding));
    }
    assertThat(judged.report().findings())
        .extracting(f -> f.evidenceText(org.meetingpolicy.rules.Language.ZH))
        .anyMatch(text -> text.contains("制度版本 = 2026.2"));
    assertThat(judged.report().policyName())
        .isEqualTo("2026.1 " + FRIDAYS.name() + " + 2026.2 Thursdays");
    assertThat(judged.versionsUsed())
        .extracting(PolicyVersion::version)
        .containsExactly("2026.1", "2026.2");
    assertThat(judged.report().notes())
        .extracting(ReportNote::en)
        .contains(
            "Judged by policy versions 2026.1 (in force from 2026-01-01 08:00), 2026.2 (in"
                + " force from 2026-10-01 00:00); each finding cites its version.");
  }

  /** Property: a history of one version judges as its policy does, whatever the records. */
  @Test
  void aOneVersionHistoryEqualsTheSinglePolicyCheck() {
    HistoryChecker checker =
        HistoryChecker.of(PolicyHistory.single(PolicyVersion.of("only", Instant.EPOCH, FRIDAYS)));
    ComplianceEngine engine = RuleTestSupport.ENGINE;
    for (long seed : RandomRecords.seeds(30).toArray()) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      Instant asOf = random.asOf(records);

      ComplianceReport single = engine.check(records, asOf);
      ComplianceReport history = checker.check(records, asOf).report();

      String replay = "seed " + seed + " (RandomRecords.withSeed)";
      assertThat(history.findings()).as(replay).isEqualTo(single.findings());
      assertThat(history.clauses()).as(replay).isEqualTo(single.clauses());
      assertThat(history.notes()).as(replay).isEqualTo(single.notes());
      assertThat(history.policyName()).isEqualTo("only " + FRIDAYS.name());
    }
  }

  /** A batch comes back whole and in order: null and malformed inputs refused, the rest judged. */
  @Test
  void aBatchRefusesNullAndMalformedInputsAndJudgesTheRestByTheHistory() {
    PolicyHistory history = fridaysThenThursdays();
    HistoryChecker checker = HistoryChecker.of(history);
    DepartmentRecords records = SampleQuarters.records();
    RecordVariants.Broken broken =
        RecordVariants.broken(records, RecordVariants.Fault.DUPLICATE_ID, new Random(7))
            .orElseThrow();
    List<DepartmentRecords> batch = new ArrayList<>();
    batch.add(records);
    batch.add(null);
    batch.add(broken.records());

    List<CheckOutcome> outcomes = checker.checkAll(batch, SampleQuarters.AS_OF).outcomes();

    assertThat(outcomes).extracting(CheckOutcome::index).containsExactly(0, 1, 2);
    assertThat(outcomes.get(0))
        .isInstanceOfSatisfying(
            CheckOutcome.Checked.class,
            checked ->
                assertThat(checked.report())
                    .isEqualTo(checker.check(records, SampleQuarters.AS_OF).report()));
    assertThat(outcomes.get(1))
        .isInstanceOfSatisfying(
            CheckOutcome.Rejected.class,
            rejected -> assertThat(rejected.problems()).isEqualTo(ValidationResult.NULL_RECORDS));
    assertThat(outcomes.get(2))
        .isInstanceOfSatisfying(
            CheckOutcome.Rejected.class,
            rejected ->
                assertThat(rejected.problems().problems())
                    .extracting(Problem::constraint)
                    .as(broken.description())
                    .contains(broken.constraint()));
  }

  @Test
  void versionsWithTheSameRulesShareOneCompiledRuleBase() {
    ComplianceEngine engine = ComplianceEngine.createDefault();
    ComplianceEngine thursdays = engine.withPolicy(THURSDAYS);

    assertThat(thursdays.policy()).isEqualTo(THURSDAYS);
    assertThat(thursdays.rules()).isSameAs(engine.rules());
    assertThat(engine.withPolicy(FRIDAYS)).isSameAs(engine);
    ComplianceReport report =
        thursdays.check(
            org.meetingpolicy.testkit.GoldenMeeting.records(),
            org.meetingpolicy.testkit.GoldenMeeting.AS_OF);
    assertThat(report.clause("3.1").orElseThrow().clause().textEn()).contains("Thursday");
    assertThat(report.policyName()).isEqualTo("Thursdays");
  }

  @Test
  void aHistoryRefusesRepeatedLabelsAndVersionsOutOfOrder() {
    PolicyVersion first = PolicyVersion.of("a", OCTOBER, FRIDAYS);
    assertThatThrownBy(
            () ->
                new PolicyHistory(
                    List.of(first, PolicyVersion.of("a", OCTOBER.plusSeconds(1), THURSDAYS))))
        .hasMessage("version a is listed twice");
    assertThatThrownBy(
            () -> new PolicyHistory(List.of(first, PolicyVersion.of("b", OCTOBER, THURSDAYS))))
        .hasMessageStartingWith("version b takes effect 2026-09-30T16:00:00Z, not after version a");
    assertThatThrownBy(() -> new PolicyHistory(List.of())).hasMessageContaining("at least one");
    assertThat(new PolicyHistory(List.of(first)).inForceAt(Instant.EPOCH)).isEqualTo(first);
  }

  /**
   * A revision record introducing version 2026.2, approved on 5 October: the history puts 2026.2 in
   * force from 1 October, so it was in force before it was approved (10.2), although the record
   * itself claims 15 October. Approved on 25 September instead, nothing is found.
   */
  @Test
  void aVersionInForceBeforeItsApprovalViolates10_2() {
    PolicyHistory history =
        new PolicyHistory(
            List.of(
                PolicyVersion.of("2026.1", Instant.parse("2026-01-01T00:00:00Z"), FRIDAYS),
                PolicyVersion.of("2026.2", OCTOBER, FRIDAYS.toBuilder().name("2026.2").build())));
    HistoryChecker checker = HistoryChecker.of(history);
    Instant claimed = OCTOBER.plus(java.time.Duration.ofDays(14));

    HistoryReport late =
        checker.check(
            withRevision(OCTOBER.plus(java.time.Duration.ofDays(4)), claimed),
            SampleQuarters.AS_OF);
    HistoryReport inTime =
        checker.check(
            withRevision(OCTOBER.minus(java.time.Duration.ofDays(6)), claimed),
            SampleQuarters.AS_OF);

    assertThat(late.report().findings())
        .filteredOn(f -> f.ruleId().equals("revision.approval-late"))
        .singleElement()
        .satisfies(f -> assertThat(f.evidenceValue("effectiveFrom")).contains("2026-10-01 00:00"));
    assertThat(late.report().notes())
        .extracting(n -> n.code())
        .contains("revision-dated-by-history");
    assertThat(inTime.report().findings())
        .filteredOn(f -> f.ruleId().equals("revision.approval-late"))
        .isEmpty();
  }

  private static DepartmentRecords withRevision(Instant approvedAt, Instant effectiveFrom) {
    DepartmentRecords records = SampleQuarters.records();
    org.meetingpolicy.core.model.PolicyRevision revision =
        new org.meetingpolicy.core.model.PolicyRevision(
            org.meetingpolicy.core.model.RevisionId.of("rev-2026-2"),
            "2026.2",
            "Shorter notice",
            java.util.Set.of(org.meetingpolicy.core.model.RevisionBasis.EVALUATION_RESULT),
            records.department().manager(),
            approvedAt,
            org.meetingpolicy.testkit.SampleDepartment.roster().stream()
                .map(p -> new org.meetingpolicy.core.model.RevisionNotification(p, approvedAt))
                .toList(),
            effectiveFrom);
    return records.withRevisions(List.of(revision));
  }

  /** Fridays from 1 January 2026 (version 2026.1), Thursdays from 1 October (2026.2). */
  private static PolicyHistory fridaysThenThursdays() {
    return new PolicyHistory(
        List.of(
            PolicyVersion.of("2026.1", Instant.parse("2026-01-01T00:00:00Z"), FRIDAYS),
            PolicyVersion.of("2026.2", OCTOBER, THURSDAYS)));
  }
}
