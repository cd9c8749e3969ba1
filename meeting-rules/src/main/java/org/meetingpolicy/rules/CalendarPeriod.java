package org.meetingpolicy.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * A calendar period in the policy's zone — an ISO week, a month, a quarter or a half-year — from
 * {@code start} inclusive to {@code end} exclusive. Periods with the same label are equal.
 *
 * @param label the period's name: {@code 2026-W46}, {@code 2026-11}, {@code 2026-Q4}, {@code
 *     2026-H2}
 * @param start the first instant of the period
 * @param end the first instant after it
 */
public record CalendarPeriod(String label, Instant start, Instant end)
    implements Comparable<CalendarPeriod> {

  /** Checks the bounds. */
  public CalendarPeriod {
    Objects.requireNonNull(label, "label");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period " + label + " ends before it starts");
    }
  }

  /** The ISO week (Monday to Sunday) containing the date. */
  public static CalendarPeriod week(LocalDate date, ZoneId zone) {
    return of(YearWeek.from(date), zone);
  }

  /** The calendar month containing the date. */
  public static CalendarPeriod month(LocalDate date, ZoneId zone) {
    return of(YearMonth.from(date), zone);
  }

  /** The quarter or half-year containing the date. */
  public static CalendarPeriod evaluationPeriod(
      LocalDate date, EvaluationCycle cycle, ZoneId zone) {
    return cycle == EvaluationCycle.QUARTERLY
        ? of(YearQuarter.from(date), zone)
        : of(YearHalf.from(date), zone);
  }

  /** The ISO week, labelled {@code 2026-W46}. */
  public static CalendarPeriod of(YearWeek week, ZoneId zone) {
    LocalDate monday = week.atDay(DayOfWeek.MONDAY);
    return of(week.toString(), monday, monday.plusWeeks(1), zone);
  }

  /** The month, labelled {@code 2026-11}. */
  public static CalendarPeriod of(YearMonth month, ZoneId zone) {
    return of(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1), zone);
  }

  /** The quarter, labelled {@code 2026-Q4}. */
  public static CalendarPeriod of(YearQuarter quarter, ZoneId zone) {
    return of(quarter.toString(), quarter.atDay(1), quarter.plusQuarters(1).atDay(1), zone);
  }

  /** The half-year, labelled {@code 2026-H2}. */
  public static CalendarPeriod of(YearHalf half, ZoneId zone) {
    return of(half.toString(), half.atDay(1), half.plusHalves(1).atDay(1), zone);
  }

  private static CalendarPeriod of(String label, LocalDate first, LocalDate next, ZoneId zone) {
    return new CalendarPeriod(
        label, first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
  }

  /**
   * Whether an evaluation of {@code evaluated} covers this period (8.1): same label, or same
   * bounds.
   */
  public boolean isCoveredBy(EvaluationPeriod evaluated) {
    return evaluated.label().equals(label)
        || (evaluated.start().equals(start) && evaluated.end().equals(end));
  }

  /** Whether the instant falls in the period. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Whether the period is over at the instant. */
  public boolean isOverAt(Instant instant) {
    return !instant.isBefore(end);
  }

  /** Orders periods by start, then label. */
  @Override
  public int compareTo(CalendarPeriod other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : label.compareTo(other.label);
  }

  @Override
  public String toString() {
    return label;
  }
}
