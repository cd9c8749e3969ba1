package org.meetingpolicy.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A working calendar read from an official yearly notice: public holidays off, make-up working days
 * (调休) on, Monday to Friday otherwise. Years the data does not list are judged Monday to Friday
 * ({@link #hasDataFor} tells which).
 */
public final class OfficialCalendar implements WorkingCalendar {

  static final Set<String> MAINLAND_CHINA_ZONES =
      Set.of(
          "Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "PRC");

  static final OfficialCalendar MAINLAND_CHINA =
      read("mainland-china", "/org/meetingpolicy/rules/calendar/cn-mainland.tsv");

  private final String name;
  private final Map<Integer, String> notices;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;

  private OfficialCalendar(
      String name, Map<Integer, String> notices, Set<LocalDate> holidays, Set<LocalDate> workdays) {
    this.name = name;
    this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
    this.holidays = Set.copyOf(holidays);
    this.workdays = Set.copyOf(workdays);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    if (workdays.contains(date)) {
      return true;
    }
    return !holidays.contains(date) && WorkingCalendar.weekdays().isWorkingDay(date);
  }

  @Override
  public boolean hasDataFor(int year) {
    return notices.containsKey(year);
  }

  @Override
  public OptionalInt nextIrregularYear(int year) {
    Integer next = notices.keySet().stream().filter(y -> y >= year).findFirst().orElse(null);
    return next == null ? OptionalInt.empty() : OptionalInt.of(next);
  }

  @Override
  public String name() {
    return name;
  }

  /** The notice each year's data comes from, by year. */
  public Map<Integer, String> notices() {
    return notices;
  }

  @Override
  public String toString() {
    return name + " " + notices.keySet();
  }

  /** Reads a calendar from a bundled tab-separated file (see cn-mainland.tsv for the format). */
  static OfficialCalendar read(String name, String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            OfficialCalendar.class.getResourceAsStream(resource), "missing " + resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<Integer, String> notices = new TreeMap<>();
      Set<LocalDate> holidays = new HashSet<>();
      Set<LocalDate> workdays = new HashSet<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        switch (cells[0]) {
          case "year" -> notices.put(Integer.parseInt(cells[1]), cells[2]);
          case "holiday" -> {
            LocalDate last = LocalDate.parse(cells[2]);
            for (LocalDate d = LocalDate.parse(cells[1]); !d.isAfter(last); d = d.plusDays(1)) {
              holidays.add(d);
            }
          }
          case "workday" -> workdays.add(LocalDate.parse(cells[1]));
          default ->
              throw new IllegalStateException(resource + ":" + number + ": unknown entry " + line);
        }
      }
      for (LocalDate day : holidays) {
        requireNoticed(notices, day, resource);
      }
      for (LocalDate day : workdays) {
        requireNoticed(notices, day, resource);
      }
      return new OfficialCalendar(name, notices, holidays, workdays);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireNoticed(Map<Integer, String> notices, LocalDate day, String resource) {
    if (!notices.containsKey(day.getYear())) {
      throw new IllegalStateException(resource + ": " + day + " lies in a year without a notice");
    }
  }
}
