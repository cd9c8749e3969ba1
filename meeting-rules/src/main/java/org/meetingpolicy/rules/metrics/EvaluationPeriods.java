package org.meetingpolicy.rules.metrics;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.rules.CalendarPeriod;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * Reads period labels and steps back one period: the quarters, half-years, months and ISO weeks
 * that {@link CalendarPeriod} names, read by threeten-extra's {@code YearQuarter}, {@code
 * YearHalf}, {@code YearWeek} and {@code java.time.YearMonth}.
 */
public final class EvaluationPeriods {

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
    CalendarPeriod period =
        first(
            text,
            t -> CalendarPeriod.of(YearQuarter.parse(t), zone),
            t -> CalendarPeriod.of(YearHalf.parse(t), zone),
            t -> CalendarPeriod.of(YearMonth.parse(t), zone),
            t -> CalendarPeriod.of(YearWeek.parse(t), zone));
    // Only labels as CalendarPeriod writes them (the parsers are a little more lenient).
    if (period == null || !period.label().equals(text)) {
      throw notALabel(label);
    }
    return period;
  }

  /**
   * The period of the same kind right before {@code period}: {@code 2026-Q3} before {@code
   * 2026-Q4}, {@code 2025-H2} before {@code 2026-H1}.
   *
   * @throws IllegalArgumentException if the period's label is not one {@link #parse} reads, or the
   *     period is the first of the year 0000
   */
  public static CalendarPeriod previous(CalendarPeriod period, ZoneId zone) {
    CalendarPeriod parsed = parse(period.label(), zone);
    String label = parsed.label();
    CalendarPeriod previous =
        first(
            label,
            t -> CalendarPeriod.of(YearQuarter.parse(t).minusQuarters(1), zone),
            t -> CalendarPeriod.of(YearHalf.parse(t).minusHalves(1), zone),
            t -> CalendarPeriod.of(YearMonth.parse(t).minusMonths(1), zone),
            t -> CalendarPeriod.of(YearWeek.parse(t).minusWeeks(1), zone));
    // Labels are four-digit years: the year 0000 is the first that has periods here.
    if (previous == null || previous.label().startsWith("-")) {
      throw new IllegalArgumentException("no period before " + label + ": it is in the year 0000");
    }
    return previous;
  }

  @SafeVarargs
  private static @Nullable CalendarPeriod first(
      String text, Function<String, CalendarPeriod>... readers) {
    for (Function<String, CalendarPeriod> reader : readers) {
      try {
        return reader.apply(text);
      } catch (DateTimeException e) {
        // not this kind of label; try the next
      }
    }
    return null;
  }

  private static IllegalArgumentException notALabel(String label) {
    return new IllegalArgumentException(
        "not a period label (2026-Q4, 2026-H2, 2026-11 or 2026-W46): " + label);
  }
}
