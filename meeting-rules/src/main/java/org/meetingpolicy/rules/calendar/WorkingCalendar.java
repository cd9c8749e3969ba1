package org.meetingpolicy.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;

/**
 * Which days are working days: "within 2 working days" (6.5, 6.7, 3.9, 2.10) counts them, and a
 * week whose regular meeting day is not one needs no regular meeting (3.1). Hosts may supply their
 * own; implementations must be immutable and thread-safe.
 *
 * <p>{@link #mainlandChina()} is the official calendar of mainland China, with the make-up working
 * days (调休) of the State Council's yearly notice; it is the default for a policy in Asia/Shanghai.
 * {@link #weekdays()} is Monday to Friday, the default elsewhere.
 */
public interface WorkingCalendar {

  /** Whether the date is a working day. */
  boolean isWorkingDay(LocalDate date);

  /**
   * Whether the calendar has data for the year. A date in a year without data is judged Monday to
   * Friday, and reports say so; a calendar of weekdays has data for every year.
   */
  default boolean hasDataFor(int year) {
    return true;
  }

  /**
   * The first year at or after {@code year} in which the calendar may differ from Monday to Friday;
   * empty when there is none. Lets a check count long stretches of plain weeks instead of walking
   * them. The default, for a calendar that cannot tell, is {@code year} itself.
   */
  default OptionalInt nextIrregularYear(int year) {
    return OptionalInt.of(year);
  }

  /** The calendar's name, for reports, such as {@code mainland-china}. */
  String name();

  /** Monday to Friday, every year. */
  static WorkingCalendar weekdays() {
    return Weekdays.INSTANCE;
  }

  /** The official calendar of mainland China (holidays and 调休), from a bundled data file. */
  static WorkingCalendar mainlandChina() {
    return OfficialCalendar.MAINLAND_CHINA;
  }

  /** The calendar a policy in the zone uses unless it names one: mainland China or weekdays. */
  static WorkingCalendar forZone(ZoneId zone) {
    return OfficialCalendar.MAINLAND_CHINA_ZONES.contains(zone.getId())
        ? mainlandChina()
        : weekdays();
  }

  /** The calendar with this name: {@code mainland-china} or {@code weekdays}. */
  static WorkingCalendar named(String name) {
    return switch (name) {
      case "mainland-china" -> mainlandChina();
      case "weekdays" -> weekdays();
      default ->
          throw new IllegalArgumentException(
              "unknown working calendar '" + name + "': expected mainland-china or weekdays");
    };
  }

  /** Monday to Friday. */
  final class Weekdays implements WorkingCalendar {
    static final Weekdays INSTANCE = new Weekdays();

    private Weekdays() {}

    @Override
    public boolean isWorkingDay(LocalDate date) {
      DayOfWeek day = date.getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public OptionalInt nextIrregularYear(int year) {
      return OptionalInt.empty();
    }

    @Override
    public String name() {
      return "weekdays";
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
