package org.meetingpolicy.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** The working calendar: mainland China's holidays and make-up working days (调休). */
class WorkingCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();

  private static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  @Test
  void aPolicyInShanghaiUsesTheMainlandChinaCalendarAndOneElsewhereWeekdays() {
    assertThat(POLICY.calendar()).isSameAs(WorkingCalendar.mainlandChina());
    assertThat(POLICY.toBuilder().zone(ZoneId.of("Europe/Berlin")).build().calendar())
        .isSameAs(WorkingCalendar.weekdays());
  }

  @Test
  void makeUpWorkingSaturdaysAndSundaysOf2026AreWorkingDays() {
    for (LocalDate day :
        List.of(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10))) {
      assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(POLICY.isWorkingDay(day)).as(day.toString()).isTrue();
    }
  }

  @Test
  void theSpringFestivalAndNationalDayWeekdaysOf2026AreDaysOff() {
    for (LocalDate day = LocalDate.of(2026, 2, 15);
        !day.isAfter(LocalDate.of(2026, 2, 23));
        day = day.plusDays(1)) {
      assertThat(POLICY.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(POLICY.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
    assertThat(POLICY.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
  }

  @Test
  void twoWorkingDaysAfterFriday13February2026IsTuesday24February() {
    // Saturday 14 February is a make-up working day; 15–23 February is the Spring Festival.
    assertThat(POLICY.workingDaysAfter(at(2026, 2, 13, 16), 2)).isEqualTo(at(2026, 2, 24, 16));
    assertThat(POLICY.workingDaysAfter(at(2026, 2, 13, 16), 1)).isEqualTo(at(2026, 2, 14, 16));
  }

  @Test
  void twoWorkingDaysAfterWednesday30September2026IsFriday9October() {
    // 1–7 October is the National Day holiday; Saturday 10 October is a make-up working day.
    assertThat(POLICY.workingDaysAfter(at(2026, 9, 30, 16), 2)).isEqualTo(at(2026, 10, 9, 16));
    assertThat(POLICY.workingDaysAfter(at(2026, 9, 30, 16), 3)).isEqualTo(at(2026, 10, 10, 16));
  }

  @Test
  void aYearWithoutDataIsJudgedMondayToFriday() {
    WorkingCalendar china = WorkingCalendar.mainlandChina();

    assertThat(china.hasDataFor(2026)).isTrue();
    assertThat(china.hasDataFor(2023)).isFalse();
    assertThat(china.hasDataFor(2027)).isFalse();
    // 1 October 2027 is a Friday; without the 2027 notice it counts as a working day.
    assertThat(POLICY.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();
    assertThat(POLICY.workingDaysAfter(at(2027, 10, 1, 16), 1)).isEqualTo(at(2027, 10, 4, 16));
  }

  @Test
  void minutesOfTheMeetingBeforeTheSpringFestivalAreDueAfterIt6_5() {
    Meeting meeting =
        GoldenMeeting.startingAt(ZonedDateTime.of(2026, 2, 13, 14, 0, 0, 0, SHANGHAI));
    Meeting undistributed =
        meeting.toBuilder()
            .minutes(meeting.minutes().toBuilder().distributions(List.of()).archive(null).build())
            .build();

    ComplianceReport report =
        RuleTestSupport.ENGINE.check(
            DepartmentRecords.of(SampleDepartment.department(), undistributed),
            at(2026, 2, 20, 12));

    // Monday–Friday alone would have made it a violation on Tuesday 17 February.
    assertThat(RuleTestSupport.findings(report, "6.5", Severity.VIOLATION)).isEmpty();
    assertThat(RuleTestSupport.findings(report, "6.5", Severity.DUE))
        .extracting(Finding::at)
        .containsOnly(at(2026, 2, 24, 16));
  }

  @Test
  void aReportTouchingAYearWithoutDataSaysSoInBothLanguages() {
    Meeting meeting =
        GoldenMeeting.startingAt(ZonedDateTime.of(2027, 10, 1, 14, 0, 0, 0, SHANGHAI));

    ComplianceReport report =
        RuleTestSupport.ENGINE.check(
            DepartmentRecords.of(SampleDepartment.department(), meeting), at(2027, 10, 20, 12));

    assertThat(report.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.code()).isEqualTo("working-calendar-without-data");
              assertThat(n.en()).contains("2027").contains("Monday to Friday").contains("6.5");
              assertThat(n.zh()).contains("2027 年").contains("周一至周五");
            });
  }

  @Test
  void aReportWithinTheCalendarsYearsHasNoNote() {
    ComplianceReport report =
        RuleTestSupport.ENGINE.check(
            DepartmentRecords.of(SampleDepartment.department(), GoldenMeeting.GOLDEN),
            GoldenMeeting.AS_OF);

    assertThat(report.notes()).isEmpty();
  }

  @Test
  void aHostCalendarWithoutWorkingDaysFailsInsteadOfWalkingForever() {
    WorkingCalendar never =
        new WorkingCalendar() {
          @Override
          public boolean isWorkingDay(LocalDate date) {
            return false;
          }

          @Override
          public String name() {
            return "never";
          }
        };
    MeetingPolicy policy = POLICY.toBuilder().workingCalendar(never).build();

    assertThatThrownBy(() -> policy.workingDaysAfter(at(2026, 2, 13, 16), 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never");
  }

  @Test
  void everyDataYearCitesItsNotice() {
    OfficialCalendar china = (OfficialCalendar) WorkingCalendar.mainlandChina();

    assertThat(china.notices()).containsOnlyKeys(2024, 2025, 2026);
    assertThat(china.notices().values()).allSatisfy(n -> assertThat(n).contains("国务院办公厅"));
  }
}
