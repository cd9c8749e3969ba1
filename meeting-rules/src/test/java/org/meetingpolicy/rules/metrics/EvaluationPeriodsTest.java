package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.rules.CalendarPeriod;

class EvaluationPeriodsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource({
    "2026-Q4, 2026-10-01, 2027-01-01",
    "2026-H2, 2026-07-01, 2027-01-01",
    "2026-11, 2026-11-01, 2026-12-01",
    "2026-W46, 2026-11-09, 2026-11-16",
    "2026-W53, 2026-12-28, 2027-01-04",
    "2027-W01, 2027-01-04, 2027-01-11"
  })
  void readsEachKindOfLabelAsItsPeriodInTheZone(String label, String start, String end) {
    CalendarPeriod period = EvaluationPeriods.parse(label, ZONE);

    assertThat(period.label()).isEqualTo(label);
    assertThat(period.start()).isEqualTo(midnight(start));
    assertThat(period.end()).isEqualTo(midnight(end));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-Q1, 2025-Q4",
    "2026-H1, 2025-H2",
    "2026-01, 2025-12",
    "2027-W01, 2026-W53",
    "2026-W01, 2025-W52"
  })
  void stepsBackOnePeriodAcrossTheYear(String label, String before) {
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse(label, ZONE), ZONE).label())
        .isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-Q5", "2026-H3", "2026-13", "2025-W53", "2026-W54", "2026-q4", "Q4"})
  void refusesWhatNamesNoPeriod(String label) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationPeriods.parse(label, ZONE))
        .withMessageContaining(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-Q1", "0000-H1", "0000-01"})
  void thereIsNoPeriodBeforeTheYearZero(String label) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationPeriods.previous(EvaluationPeriods.parse(label, ZONE), ZONE))
        .withMessageContaining("year 0000");
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse("0000-Q2", ZONE), ZONE).label())
        .isEqualTo("0000-Q1");
  }

  @Test
  void labelsAreWhatTheFactoriesWrite() {
    CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2027, 1, 1), ZONE); // Friday of 2026-W53
    assertThat(week.label()).isEqualTo("2026-W53");
    assertThat(EvaluationPeriods.parse(week.label(), ZONE)).isEqualTo(week);
    assertThat(EvaluationPeriods.parse(" 2026-Q4 ", ZONE).label()).isEqualTo("2026-Q4");
  }

  private static Instant midnight(String date) {
    return ZonedDateTime.of(LocalDate.parse(date.trim()), LocalTime.MIDNIGHT, ZONE).toInstant();
  }
}
