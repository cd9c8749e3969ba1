package org.meetingpolicy.rules.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.EvaluationCycle;

/**
 * Reads period labels and steps back one period: the quarters, half-years, months and ISO weeks
 * that {@link CalendarPeriod} names.
 */
public final class EvaluationPeriods {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private EvaluationPeriods() {}

  /**
   * The period a label names, in the zone: {@code 2026-Q4}, {@code 2026-H2}, {@code 2026-11} or
   * {@code 2026-W46}.
   *
   * @throws IllegalArgumentException if the label names no such period
   */
  public static CalendarPeriod parse(String label, ZoneId zone) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(zone, "zone");
    String text = label.trim();
    Matcher m;
    if ((m = QUARTER.matcher(text)).matches()) {
      LocalDate first = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      return CalendarPeriod.evaluationPeriod(first, EvaluationCycle.QUARTERLY, zone);
    }
    if ((m = HALF.matcher(text)).matches()) {
      LocalDate first = LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 1);
      return CalendarPeriod.evaluationPeriod(first, EvaluationCycle.HALF_YEARLY, zone);
    }
    if ((m = MONTH.matcher(text)).matches()) {
      return CalendarPeriod.month(LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1), zone);
    }
    if ((m = WEEK.matcher(text)).matches()) {
      // The 4th of January is always in ISO week 1 of its week-based year.
      LocalDate jan4 = LocalDate.of(year(m), 1, 4);
      long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
      int week = Integer.parseInt(m.group(2));
      if (week >= 1 && week <= weeks) {
        LocalDate monday =
            jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return CalendarPeriod.week(monday, zone);
      }
    }
    throw new IllegalArgumentException(
        "not a period label (2026-Q4, 2026-H2, 2026-11 or 2026-W46): " + label);
  }

  /**
   * The period of the same kind right before {@code period}: {@code 2026-Q3} before {@code
   * 2026-Q4}, {@code 2025-H2} before {@code 2026-H1}.
   *
   * @throws IllegalArgumentException if the period's label is not one {@link #parse} reads
   */
  public static CalendarPeriod previous(CalendarPeriod period, ZoneId zone) {
    CalendarPeriod parsed = parse(period.label(), zone);
    LocalDate dayBefore = parsed.start().atZone(zone).toLocalDate().minusDays(1);
    String label = parsed.label();
    if (QUARTER.matcher(label).matches()) {
      return CalendarPeriod.evaluationPeriod(dayBefore, EvaluationCycle.QUARTERLY, zone);
    }
    if (HALF.matcher(label).matches()) {
      return CalendarPeriod.evaluationPeriod(dayBefore, EvaluationCycle.HALF_YEARLY, zone);
    }
    if (MONTH.matcher(label).matches()) {
      return CalendarPeriod.month(dayBefore, zone);
    }
    return CalendarPeriod.week(dayBefore, zone);
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }
}
