package org.meetingpolicy.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;

/**
 * Department records from calendars and attendance reports: the calendars make the meetings, each
 * attendance report adds the presences of its meeting, found by the meeting id the report names (a
 * calendar UID, or a tool's meeting number that the meeting's video link holds) or, when it names
 * none, by its start time and host. What the sources cannot say (minutes, resolutions, the agenda,
 * evaluations) stays absent, so that a check reports it missing.
 */
public final class RecordsImport {

  /** How early before its planned start a meeting may have been opened in the tool. */
  static final Duration EARLY_START = Duration.ofMinutes(60);

  private RecordsImport() {}

  /**
   * One attendance report to read.
   *
   * @param file the report
   * @param mapping how to read it
   */
  public record AttendanceSource(Path file, AttendanceMapping mapping) {
    /** Checks for nulls. */
    public AttendanceSource {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(mapping, "mapping");
    }
  }

  /**
   * What an import gave.
   *
   * @param records the department and its meetings
   * @param notes everything read in a way to know of or not imported, in input order
   * @param summaries one per input file
   */
  public record Result(
      DepartmentRecords records, List<ImportNote> notes, List<SourceSummary> summaries) {
    /** Copies the lists. */
    public Result {
      notes = List.copyOf(notes);
      summaries = List.copyOf(summaries);
    }
  }

  /**
   * Reads every source and merges them.
   *
   * @param roster who may be named; its department becomes the records' department
   * @param calendars the .ics files
   * @param attendance the attendance reports
   * @param zone the policy zone
   * @throws ImportException naming every problem of every source, and every conflict between
   *     sources with both of them
   */
  public static Result read(
      Roster roster, List<Path> calendars, List<AttendanceSource> attendance, ZoneId zone)
      throws IOException, ImportException {
    List<ImportNote> problems = new ArrayList<>();
    CalendarImport.@Nullable Result calendar = null;
    try {
      calendar = CalendarImport.read(calendars, roster, zone);
    } catch (ImportException e) {
      problems.addAll(e.problems());
    }
    List<AttendanceImport.Report> reports = new ArrayList<>();
    for (AttendanceSource source : attendance) {
      try {
        reports.add(AttendanceImport.read(source.file(), source.mapping(), roster, zone));
      } catch (ImportException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    // No problem: the calendars were read.
    return merge(roster, Objects.requireNonNull(calendar, "calendar"), reports);
  }

  /** Merges what was read; see {@link #read(Roster, List, List, ZoneId)}. */
  public static Result merge(
      Roster roster, CalendarImport.Result calendar, List<AttendanceImport.Report> reports)
      throws ImportException {
    List<ImportNote> problems = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>(roster.notes());
    notes.addAll(calendar.notes());
    List<SourceSummary> summaries = new ArrayList<>(calendar.summaries());
    Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();
    calendar.meetings().forEach(m -> meetings.put(m.id(), m));
    // meeting -> person -> (source, presences)
    Map<MeetingId, Map<PersonId, List<Presence>>> presences = new LinkedHashMap<>();
    Map<MeetingId, Map<PersonId, String>> presenceSources = new LinkedHashMap<>();
    for (AttendanceImport.Report report : reports) {
      notes.addAll(report.notes());
      summaries.add(report.summary());
      Optional<Meeting> meeting = meetingOf(report, calendar.meetings(), roster, problems);
      if (meeting.isEmpty()) {
        continue;
      }
      MeetingId id = meeting.get().id();
      Map<PersonId, List<Presence>> byPerson = new LinkedHashMap<>();
      Map<PersonId, Integer> firstLine = new LinkedHashMap<>();
      for (AttendanceImport.Row row : report.rows()) {
        byPerson.computeIfAbsent(row.person(), p -> new ArrayList<>()).add(row.presence());
        firstLine.putIfAbsent(row.person(), row.line());
      }
      Map<PersonId, List<Presence>> known =
          presences.computeIfAbsent(id, m -> new LinkedHashMap<>());
      Map<PersonId, String> sources =
          presenceSources.computeIfAbsent(id, m -> new LinkedHashMap<>());
      for (Map.Entry<PersonId, List<Presence>> entry : byPerson.entrySet()) {
        int line = firstLine.getOrDefault(entry.getKey(), 0);
        String here = report.source() + ":" + line;
        List<Presence> before = known.get(entry.getKey());
        if (before == null) {
          known.put(entry.getKey(), entry.getValue());
          sources.put(entry.getKey(), here);
        } else if (new HashSet<>(before).equals(new HashSet<>(entry.getValue()))) {
          notes.add(
              new ImportNote(
                  report.source(),
                  line,
                  "the presences of "
                      + entry.getKey()
                      + " in meeting "
                      + id
                      + " repeat those of "
                      + sources.get(entry.getKey())
                      + ": read once"));
        } else {
          problems.add(
              new ImportNote(
                  report.source(),
                  line,
                  "the presences of "
                      + entry.getKey()
                      + " in meeting "
                      + id
                      + " differ from those "
                      + sources.get(entry.getKey())
                      + " gives: conflicting attendance"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    List<Meeting> merged = new ArrayList<>();
    for (Meeting meeting : meetings.values()) {
      Map<PersonId, List<Presence>> byPerson = presences.get(meeting.id());
      if (byPerson == null) {
        merged.add(meeting);
        continue;
      }
      List<Attendance> attendance = new ArrayList<>();
      byPerson.forEach((person, list) -> attendance.add(new Attendance(person, list)));
      merged.add(meeting.toBuilder().attendance(attendance).build());
    }
    if (!merged.isEmpty()) {
      notes.add(
          new ImportNote(
              "import",
              0,
              "calendars and attendance reports hold no minutes, resolutions, agenda items,"
                  + " reconfirmations, room bookings or feedback: the records leave them absent,"
                  + " and a check reports them as missing"));
    }
    return new Result(DepartmentRecords.of(roster.department(), merged), notes, summaries);
  }

  private static Optional<Meeting> meetingOf(
      AttendanceImport.Report report,
      List<Meeting> meetings,
      Roster roster,
      List<ImportNote> problems) {
    AttendanceImport.MeetingFacts facts = report.meeting();
    List<Meeting> candidates = new ArrayList<>();
    String how;
    if (facts.id() != null && !facts.id().isBlank()) {
      String id = facts.id().strip();
      String digits = id.replaceAll("[\\s-]", "");
      for (Meeting m : meetings) {
        if (m.id().value().equals(id)
            || digits.length() >= 6
                && m.video() != null
                && m.video().url().replaceAll("[\\s-]", "").contains(digits)) {
          candidates.add(m);
        }
      }
      how = "meeting id '" + id + "'";
    } else if (facts.start() != null) {
      Set<PersonId> hosts = new HashSet<>();
      if (facts.host() != null) {
        try {
          roster.match(facts.host(), facts.host()).map(Person::id).ifPresent(hosts::add);
        } catch (Roster.AmbiguousPersonException e) {
          problems.add(new ImportNote(report.source(), 0, "host " + e.getMessage()));
          return Optional.empty();
        }
      }
      Instant start = facts.start();
      for (Meeting m : meetings) {
        boolean inTime = !start.isBefore(m.start().minus(EARLY_START)) && start.isBefore(m.end());
        boolean byHost = hosts.isEmpty() || hosts.contains(m.organizer());
        if (inTime && byHost) {
          candidates.add(m);
        }
      }
      how = "start " + start + (facts.host() == null ? "" : " and host '" + facts.host() + "'");
    } else {
      problems.add(
          new ImportNote(
              report.source(),
              0,
              "the report names neither a meeting id nor a start time: cannot tell its meeting"
                  + " (map column.meeting-id or column.meeting-start in a mapping file)"));
      return Optional.empty();
    }
    if (candidates.isEmpty()) {
      problems.add(
          new ImportNote(
              report.source(),
              0,
              "no meeting of the calendars matches its "
                  + how
                  + ": import the meeting's invitation with --calendar"));
      return Optional.empty();
    }
    if (candidates.size() > 1) {
      problems.add(
          new ImportNote(
              report.source(),
              0,
              "its "
                  + how
                  + " matches both meeting "
                  + candidates.get(0).id()
                  + " and meeting "
                  + candidates.get(1).id()
                  + ": ambiguous"));
      return Optional.empty();
    }
    return Optional.of(candidates.get(0));
  }
}
