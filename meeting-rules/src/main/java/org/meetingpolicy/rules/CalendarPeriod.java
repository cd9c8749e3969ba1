package org.meetingpolicy.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.meetingpolicy.core.model.EvaluationPeriod;

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
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String label =
        String.format(
            "%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return of(label, monday, monday.plusWeeks(1), zone);
  }

  /** The calendar month containing the date. */
  public static CalendarPeriod month(LocalDate date, ZoneId zone) {
    LocalDate first = date.withDayOfMonth(1);
    String label = String.format("%d-%02d", first.getYear(), first.getMonthValue());
    return of(label, first, first.plusMonths(1), zone);
  }

  /** The quarter or half-year containing the date. */
  public static CalendarPeriod evaluationPeriod(
      LocalDate date, EvaluationCycle cycle, ZoneId zone) {
    int months = cycle.months();
    int index = (date.getMonthValue() - 1) / months;
    LocalDate first = LocalDate.of(date.getYear(), index * months + 1, 1);
    String label =
        date.getYear() + (cycle == EvaluationCycle.QUARTERLY ? "-Q" : "-H") + (index + 1);
    return of(label, first, first.plusMonths(months), zone);
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
