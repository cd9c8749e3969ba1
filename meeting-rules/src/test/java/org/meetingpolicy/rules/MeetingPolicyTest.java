package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meetingpolicy.core.model.AgendaCategory;

class MeetingPolicyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final MeetingPolicy DEFAULTS = MeetingPolicy.defaults();

  @Test
  void defaultsAreThePolicyTextsParameters() {
    assertThat(DEFAULTS.zone()).isEqualTo(SHANGHAI);
    assertThat(DEFAULTS.regularMeetingDay()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(DEFAULTS.afternoonStart()).isEqualTo(LocalTime.NOON);
    assertThat(DEFAULTS.noticeLeadTime()).isEqualTo(Duration.ofDays(7));
    assertThat(DEFAULTS.reconfirmationLeadTime()).isEqualTo(Duration.ofDays(2));
    assertThat(DEFAULTS.expectedArrivalLead()).isEqualTo(Duration.ofMinutes(10));
    assertThat(DEFAULTS.evaluationCycle()).isEqualTo(EvaluationCycle.QUARTERLY);
    assertThat(DEFAULTS.minutesDistributionWorkingDays()).isEqualTo(2);
    assertThat(DEFAULTS.progressReportInterval()).isEqualTo(Duration.ofDays(7));
    assertThat(DEFAULTS.requiredAgendaCategories())
        .containsExactly(
            AgendaCategory.POLICY_AND_PRIORITIES,
            AgendaCategory.MARKET_ANALYSIS,
            AgendaCategory.PRACTICAL_PROBLEMS,
            AgendaCategory.SALES_STRATEGY,
            AgendaCategory.SUMMARY_AND_FEEDBACK);
    assertThat(DEFAULTS.monthlyAgendaCategories())
        .containsExactly(
            AgendaCategory.SUCCESS_STORIES,
            AgendaCategory.TEAM_BUILDING,
            AgendaCategory.PERSONAL_DEVELOPMENT);
  }

  @Test
  void builderChangesOneParameterAndKeepsTheRest() {
    MeetingPolicy thursday =
        DEFAULTS.toBuilder()
            .regularMeetingDay(DayOfWeek.THURSDAY)
            .noticeLeadTime(Duration.ofDays(5))
            .build();

    assertThat(thursday.regularMeetingDay()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(thursday.noticeLeadTime()).isEqualTo(Duration.ofDays(5));
    assertThat(
            thursday.toBuilder()
                .regularMeetingDay(DayOfWeek.FRIDAY)
                .noticeLeadTime(Duration.ofDays(7))
                .build())
        .isEqualTo(DEFAULTS);
  }

  @Test
  void negativeDurationsNegativeCountsAndAnEmptyAfternoonAreRefused() {
    assertThatThrownBy(() -> DEFAULTS.toBuilder().noticeLeadTime(Duration.ofDays(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noticeLeadTime");
    assertThatThrownBy(() -> DEFAULTS.toBuilder().minutesDistributionWorkingDays(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutesDistributionWorkingDays");
    assertThatThrownBy(() -> DEFAULTS.toBuilder().afternoonEnd(LocalTime.NOON).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("afternoonEnd");
    assertThatThrownBy(() -> DEFAULTS.toBuilder().zone(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("zone");
  }

  /** OTHER names no clause, so no rule could judge it as required: refused where it is set. */
  @Test
  void otherCannotBeARequiredOrMonthlyAgendaCategory() {
    assertThatThrownBy(
            () ->
                DEFAULTS.toBuilder().requiredAgendaCategories(Set.of(AgendaCategory.OTHER)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER cannot be required");
    assertThatThrownBy(
            () ->
                DEFAULTS.toBuilder().monthlyAgendaCategories(Set.of(AgendaCategory.OTHER)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER cannot be required");
  }

  @Test
  void setsAreImmutableAndIterateInASortedOrder() {
    MeetingPolicy policy =
        DEFAULTS.toBuilder()
            .requiredAgendaCategories(
                new java.util.HashSet<>(
                    Set.of(
                        AgendaCategory.SUMMARY_AND_FEEDBACK, AgendaCategory.POLICY_AND_PRIORITIES)))
            .build();

    assertThat(policy.requiredAgendaCategories())
        .containsExactly(AgendaCategory.POLICY_AND_PRIORITIES, AgendaCategory.SUMMARY_AND_FEEDBACK);
    assertThatThrownBy(() -> policy.requiredAgendaCategories().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-11-13T16:00, 2, 2026-11-17T16:00", // Friday → Tuesday
    "2026-11-16T10:00, 2, 2026-11-18T10:00", // Monday → Wednesday
    "2026-11-14T10:00, 1, 2026-11-16T10:00", // Saturday → Monday
    "2026-11-13T16:00, 0, 2026-11-13T16:00",
  })
  void workingDaysSkipWeekends(String from, int days, String expected) {
    Instant start = LocalDateTimeIn.shanghai(from);

    assertThat(DEFAULTS.workingDaysAfter(start, days))
        .isEqualTo(LocalDateTimeIn.shanghai(expected));
  }

  @Test
  void holidaysAreNotWorkingDays() {
    MeetingPolicy withHoliday =
        DEFAULTS.toBuilder().holidays(Set.of(LocalDate.of(2026, 11, 16))).build();

    assertThat(withHoliday.workingDaysAfter(LocalDateTimeIn.shanghai("2026-11-13T16:00"), 2))
        .isEqualTo(LocalDateTimeIn.shanghai("2026-11-18T16:00"));
    assertThat(withHoliday.isWorkingDay(LocalDate.of(2026, 11, 16))).isFalse();
  }

  @Test
  void weeksMonthsAndPeriodsAreJudgedInThePolicyZone() {
    // Sunday 2026-11-15 20:00 UTC is Monday 04:00 in Shanghai: already the next ISO week.
    Instant sundayEveningUtc = Instant.parse("2026-11-15T20:00:00Z");

    assertThat(DEFAULTS.weekOf(sundayEveningUtc).label()).isEqualTo("2026-W47");
    assertThat(DEFAULTS.toBuilder().zone(ZoneId.of("UTC")).build().weekOf(sundayEveningUtc).label())
        .isEqualTo("2026-W46");
    assertThat(DEFAULTS.monthOf(Instant.parse("2026-11-30T17:00:00Z")).label())
        .isEqualTo("2026-12");
    assertThat(DEFAULTS.evaluationPeriodOf(Instant.parse("2026-11-13T06:00:00Z")).label())
        .isEqualTo("2026-Q4");
    assertThat(
            DEFAULTS.toBuilder()
                .evaluationCycle(EvaluationCycle.HALF_YEARLY)
                .build()
                .evaluationPeriodOf(Instant.parse("2026-11-13T06:00:00Z"))
                .label())
        .isEqualTo("2026-H2");
  }

  @Test
  void isoWeeksAcrossTheYearBoundaryUseTheWeekBasedYear() {
    CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2027, 1, 1), SHANGHAI);

    assertThat(week.label()).isEqualTo("2026-W53");
    assertThat(week.start())
        .isEqualTo(ZonedDateTime.of(2026, 12, 28, 0, 0, 0, 0, SHANGHAI).toInstant());
    assertThat(week.end())
        .isEqualTo(ZonedDateTime.of(2027, 1, 4, 0, 0, 0, 0, SHANGHAI).toInstant());
  }

  /** Local date-times in Shanghai, for readable tables. */
  private static final class LocalDateTimeIn {
    static Instant shanghai(String localDateTime) {
      return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
  }
}
