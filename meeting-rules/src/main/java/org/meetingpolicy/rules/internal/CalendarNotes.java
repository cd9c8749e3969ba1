package org.meetingpolicy.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.rules.calendar.WorkingCalendar;

/**
 * Says, never silently, when working days were counted Monday to Friday because the working
 * calendar has no data for a year the judgement touched: the years of the judged span (3.1) and of
 * every meeting's working-day deadlines (2.10, 3.9, 6.5, 6.7).
 */
public final class CalendarNotes {

  /** The clauses that count working days or need a working meeting day. */
  public static final String CLAUSES = "2.10, 3.1, 3.9, 6.5, 6.7";

  private CalendarNotes() {}

  /** The note for the records, or none when every year touched has data. */
  public static List<ReportNote> of(DepartmentRecords records, MeetingPolicy policy, Instant asOf) {
    WorkingCalendar calendar = policy.calendar();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    int window =
        Math.max(
            Math.max(
                policy.nextMeetingSchedulingWorkingDays(), policy.feedbackRequestWorkingDays()),
            Math.max(policy.minutesDistributionWorkingDays(), policy.minutesArchiveWorkingDays()));
    for (Meeting meeting : records.meetings()) {
      first = Math.min(first, year(policy, meeting.start()));
      // The latest working-day deadline of the meeting (3.9, 2.10, 6.5, 6.7).
      last = Math.max(last, year(policy, policy.workingDaysAfter(meeting.end(), window)));
    }
    var span = PeriodicObligations.span(records, asOf);
    if (span.isPresent()) {
      first = Math.min(first, year(policy, span.get().from()));
      last = Math.max(last, year(policy, span.get().to()));
    }
    List<int[]> missing = new ArrayList<>();
    int year = first;
    while (year <= last) {
      if (calendar.hasDataFor(year)) {
        year++;
        continue;
      }
      // Jump to where the calendar may have data again; a calendar that cannot tell is asked
      // year by year (a host's calendar over a bounded span).
      OptionalInt next = calendar.nextIrregularYear(year + 1);
      int runEnd;
      if (next.isEmpty()) {
        runEnd = last;
      } else if (next.getAsInt() > year + 1) {
        runEnd = Math.min(last, next.getAsInt() - 1);
      } else {
        runEnd = year;
      }
      missing.add(new int[] {year, runEnd});
      if (runEnd == Integer.MAX_VALUE || missing.size() > 100) {
        break; // enough to say it; the count stays bounded
      }
      year = runEnd + 1;
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> ranges = new ArrayList<>();
    for (int[] run : missing) {
      ranges.add(run[0] == run[1] ? String.valueOf(run[0]) : run[0] + "–" + run[1]);
    }
    String years = String.join(", ", ranges);
    return List.of(
        new ReportNote(
            "working-calendar-without-data",
            years
                + " 年的工作日按周一至周五计算：工作日历 "
                + calendar.name()
                + " 没有这些年份的数据（涉及条款 "
                + CLAUSES.replace(", ", "、")
                + "）。",
            "Working days in "
                + years
                + " were counted Monday to Friday: the working calendar "
                + calendar.name()
                + " has no data for "
                + (missing.size() == 1 && missing.get(0)[0] == missing.get(0)[1]
                    ? "that year"
                    : "those years")
                + " (clauses "
                + CLAUSES
                + ")."));
  }

  private static int year(MeetingPolicy policy, Instant instant) {
    return policy.local(instant).getYear();
  }
}
