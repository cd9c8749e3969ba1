package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.Coverage;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * 3.1 (one regular meeting a week) judged over the span the records cover, up to the instant of
 * judgement, with one finding per run of missed weeks, and the working calendar's holiday weeks.
 */
class WeeklyCadenceTest {

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;

  /** Golden regular meetings every Friday 14:00 from {@code first} to {@code last}. */
  private static List<Meeting> fridays(LocalDate first, LocalDate last) {
    List<Meeting> meetings = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusWeeks(1)) {
      meetings.add(GoldenMeeting.startingAt(ZonedDateTime.of(day.atTime(14, 0), ZONE)));
    }
    return meetings;
  }

  private static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant();
  }

  private static DepartmentRecords records(List<Meeting> meetings) {
    return DepartmentRecords.of(SampleDepartment.department(), meetings);
  }

  @Test
  void aDepartmentThatStopsMeetingIsFlaggedForEveryWeekSinceInOneFinding3_1() {
    DepartmentRecords records =
        records(fridays(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 18)));

    ComplianceReport report = ENGINE.check(records, at(2027, 1, 22, 18));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.weekly-meeting-missing")
        .about(Subject.period("2026-W52..2027-W03"))
        .withEvidence("count", "5")
        .withEvidence("weeks", "2026-W52, 2026-W53, 2027-W01, 2027-W02, 2027-W03")
        .at(at(2027, 1, 22, 18));
    assertThat(report.status("3.1")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void theWeekStillOpenIsDueNotMissed3_1() {
    DepartmentRecords records =
        records(fridays(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 18)));

    ComplianceReport report = ENGINE.check(records, at(2026, 12, 23, 10)); // Wednesday

    assertThat(findings(report, "3.1", Severity.VIOLATION)).isEmpty();
    assertThat(report).hasSingle(Severity.DUE, "3.1").at(at(2026, 12, 25, 18));
  }

  @Test
  void declaredCoverageEndsTheJudgedSpan3_1() {
    DepartmentRecords records =
        records(fridays(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 12, 18)))
            .withCoverage(new Coverage(at(2026, 11, 13, 0), at(2026, 12, 20, 0)));

    ComplianceReport report = ENGINE.check(records, at(2027, 1, 22, 18));

    assertThat(report.findingsOf("3.1")).isEmpty();
    assertThat(report.status("3.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void declaredCoverageBeforeTheFirstMeetingJudgesTheWeeksBeforeIt3_1() {
    DepartmentRecords records =
        records(fridays(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)))
            .withCoverage(Coverage.from(at(2026, 11, 9, 0)));

    ComplianceReport report = ENGINE.check(records, at(2026, 12, 7, 9));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .withEvidence("weeks", "2026-W46, 2026-W47");
  }

  @ParameterizedTest(name = "judged in year {0}")
  @ValueSource(ints = {2027, 2100, 3026, 999_999})
  void oneMeetingJudgedFarAwayGivesBoundedFindings(int year) {
    DepartmentRecords records = records(List.of(GoldenMeeting.GOLDEN));

    ComplianceReport report =
        ENGINE.check(records, ZonedDateTime.of(year, 6, 1, 12, 0, 0, 0, ZONE).toInstant());

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .satisfies(f -> assertThat(evidence(f, "weeks")).hasSizeLessThan(1_000));
    assertThat(findings(report, "8.1", Severity.VIOLATION)).hasSizeLessThanOrEqualTo(1);
    assertThat(report.findings()).hasSizeLessThan(100);
  }

  @Test
  void aMeetingPlannedFarAheadJudgedThenGivesOneFindingForTheYearsBetween3_1() {
    List<Meeting> meetings = new ArrayList<>(List.of(GoldenMeeting.GOLDEN));
    meetings.add(GoldenMeeting.startingAt(ZonedDateTime.of(2100, 6, 4, 14, 0, 0, 0, ZONE)));

    ComplianceReport report = ENGINE.check(records(meetings), at(2100, 6, 30, 12));

    assertThat(findings(report, "3.1", Severity.VIOLATION))
        .hasSize(2) // 2026-W47 .. 2100-W21, and the weeks after the 2100 meeting
        .first()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo(Subject.period("2026-W47..2100-W21"));
              assertThat(Long.parseLong(evidence(f, "count"))).isGreaterThan(3_800);
              assertThat(evidence(f, "weeks")).contains("…");
            });
  }

  @Test
  void holidayWeeksNeedNoRegularMeeting3_1() {
    // Fridays 25 September (中秋节) and 2 October (国庆节) 2026 are public holidays.
    List<Meeting> meetings = fridays(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 18));
    meetings.addAll(fridays(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9)));

    ComplianceReport report = ENGINE.check(records(meetings), at(2026, 10, 10, 9));

    assertThat(report.findingsOf("3.1")).isEmpty();
    assertThat(report.status("3.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void aHolidayWeekStillOpenIsNotDue3_1() {
    List<Meeting> meetings = fridays(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 18));

    ComplianceReport report = ENGINE.check(records(meetings), at(2026, 9, 30, 9));

    assertThat(report.findingsOf("3.1")).isEmpty();
  }

  @Test
  void holidayWeeksCountWhenThePolicyTurnsTheExemptionOff3_1() {
    ComplianceEngine strict =
        ComplianceEngine.builder()
            .policy(MeetingPolicy.defaults().toBuilder().skipNonWorkingMeetingDays(false).build())
            .build();
    List<Meeting> meetings = fridays(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 18));
    meetings.addAll(fridays(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9)));

    ComplianceReport report = strict.check(records(meetings), at(2026, 10, 10, 9));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .withEvidence("weeks", "2026-W39, 2026-W40")
        .withEvidence("count", "2");
  }

  @Test
  void aHolidayWeekInsideARunIsNamedAsExempt3_1() {
    List<Meeting> meetings = fridays(LocalDate.of(2026, 9, 4), LocalDate.of(2026, 9, 11));
    meetings.addAll(fridays(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 16)));

    ComplianceReport report = ENGINE.check(records(meetings), at(2026, 10, 17, 9));

    // W38 (18 Sep) and W41 (9 Oct) had working Fridays; W39 and W40 were holiday weeks.
    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.weekly-meeting-missing-around-holidays")
        .withEvidence("weeks", "2026-W38, 2026-W41")
        .withEvidence("exempt", "2026-W39, 2026-W40");
  }

  @Test
  void clauseTextsFollowThePolicyInForce() {
    ComplianceEngine thursdays =
        ComplianceEngine.builder()
            .policy(
                MeetingPolicy.defaults().toBuilder()
                    .regularMeetingDay(java.time.DayOfWeek.THURSDAY)
                    .noticeLeadTime(java.time.Duration.ofDays(5))
                    .build())
            .build();

    ComplianceReport report =
        thursdays.check(
            records(fridays(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13))),
            at(2026, 11, 30, 9));

    Clause weekly = report.clause("3.1").orElseThrow().clause();
    assertThat(weekly.text(Language.EN)).contains("Thursday afternoon").doesNotContain("Friday");
    assertThat(weekly.text(Language.ZH)).contains("每周四下午").doesNotContain("周五");
    assertThat(report.clause("3.4").orElseThrow().clause().text(Language.EN))
        .contains("at least 5 d")
        .doesNotContain("one week");
    assertThat(report.clauses())
        .extracting(c -> c.clause().text(Language.EN))
        .noneMatch(text -> text.contains("Friday afternoon"));
    assertThat(
            ENGINE
                .check(records(List.of(GoldenMeeting.GOLDEN)), GoldenMeeting.AS_OF)
                .clause("3.1")
                .orElseThrow()
                .clause()
                .text(Language.EN))
        .contains("Friday afternoon");
  }
}
