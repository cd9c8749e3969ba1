package org.meetingpolicy.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.importer.AttendanceMapping.Field;
import org.meetingpolicy.importer.AttendanceMapping.MatchBy;

/**
 * Presences from a meeting tool's attendance report, read as an {@link AttendanceMapping} says.
 * Each row is one presence of one person (several joins are several rows, so several presences); a
 * row naming nobody on the roster is reported with its line, never dropped; a malformed row makes
 * the report unusable, with every such row named by line.
 */
public final class AttendanceImport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HMS =
      Pattern.compile("\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?\\s*");

  private AttendanceImport() {}

  /**
   * What one report says.
   *
   * @param source the file name
   * @param mapping how it was read
   * @param meeting what it says about its meeting
   * @param rows one per presence imported
   * @param notes what was read in a way to know of, or not imported
   * @param summary rows read, imported and not on the roster
   */
  public record Report(
      String source,
      AttendanceMapping mapping,
      MeetingFacts meeting,
      List<Row> rows,
      List<ImportNote> notes,
      SourceSummary summary) {

    /** Copies the lists. */
    public Report {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  /**
   * What a report says about its meeting; any part may be null when the report does not say.
   *
   * @param id the tool's meeting id or number, or a calendar UID
   * @param topic the title
   * @param start when it started
   * @param host the host's e-mail address or name
   */
  public record MeetingFacts(
      @Nullable String id,
      @Nullable String topic,
      @Nullable Instant start,
      @Nullable String host) {}

  /**
   * One presence of one person, from one line.
   *
   * @param line the 1-based line of the row
   * @param person who
   * @param presence when
   */
  public record Row(int line, PersonId person, Presence presence) {}

  /**
   * Reads one report file.
   *
   * @param file the report
   * @param mapping how to read it
   * @param roster who may be named
   * @param zone the policy zone, for times without an offset when the mapping names no zone
   * @throws ImportException naming every malformed row, a missing column, a name two people share
   */
  public static Report read(Path file, AttendanceMapping mapping, Roster roster, ZoneId zone)
      throws IOException, ImportException {
    String text =
        TextFiles.read(
            file,
            mapping.encoding(),
            ": not a " + mapping.name() + " report, or set its encoding in a mapping file");
    return read(text, file.toString(), mapping, roster, zone);
  }

  /** Like {@link #read(Path, AttendanceMapping, Roster, ZoneId)}, for a text already decoded. */
  public static Report read(
      String text, String source, AttendanceMapping mapping, Roster roster, ZoneId zone)
      throws ImportException {
    Reading reading =
        new Reading(source, mapping, roster, mapping.zone() == null ? zone : mapping.zone());
    if (mapping.format() == AttendanceMapping.Format.JSON) {
      reading.json(text);
    } else {
      reading.csv(text);
    }
    return reading.report();
  }

  /** The state of reading one file. */
  private static final class Reading {
    final String source;
    final AttendanceMapping mapping;
    final Roster roster;
    final ZoneId zone;
    final List<Row> rows = new ArrayList<>();
    final List<ImportNote> notes = new ArrayList<>();
    final List<ImportNote> problems = new ArrayList<>();
    final Map<Field, String> meeting = new EnumMap<>(Field.class);
    @Nullable Instant meetingStart;
    int read;
    int unmatched;
    boolean zoneUsed;

    Reading(String source, AttendanceMapping mapping, Roster roster, ZoneId zone) {
      this.source = source;
      this.mapping = mapping;
      this.roster = roster;
      this.zone = zone;
    }

    Report report() throws ImportException {
      if (!problems.isEmpty()) {
        throw new ImportException(problems);
      }
      if (zoneUsed) {
        notes.add(
            0,
            new ImportNote(
                source,
                0,
                "times without an offset read in "
                    + zone
                    + (mapping.zone() == null ? " (the policy zone)" : " (the mapping's zone)")));
      }
      if (mapping.firstAndLastOnly()) {
        notes.add(
            0,
            new ImportNote(
                source,
                0,
                mapping.name()
                    + " reports only each person's first join and last leave: each is imported as"
                    + " one presence, so a person who left and came back counts as present"
                    + " throughout"));
      }
      MeetingFacts facts =
          new MeetingFacts(
              meeting.get(Field.MEETING_ID),
              meeting.get(Field.MEETING_TOPIC),
              meetingStart,
              meeting.get(Field.HOST));
      return new Report(
          source,
          mapping,
          facts,
          rows,
          notes,
          new SourceSummary(source, mapping.name(), read, rows.size(), unmatched));
    }

    // ---- CSV ----

    void csv(String text) {
      List<String> lines = text.lines().toList();
      String joinColumn = mapping.columns().get(Field.JOIN);
      if (joinColumn == null) {
        problems.add(new ImportNote(source, 0, "the mapping names no join column (column.join)"));
        return;
      }
      int from = 0;
      if (mapping.section() != null) {
        from = -1;
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().equalsIgnoreCase(mapping.section())) {
            from = i + 1;
            break;
          }
        }
        if (from < 0) {
          problems.add(
              new ImportNote(
                  source,
                  0,
                  "no line '"
                      + mapping.section()
                      + "' opening the participants section: not a "
                      + mapping.name()
                      + " report, or set section in the mapping file"));
          return;
        }
      }
      int header = -1;
      for (int i = from; i < lines.size(); i++) {
        if (cells(lines.get(i)).contains(joinColumn)) {
          header = i;
          break;
        }
      }
      if (header < 0) {
        List<String> firstCells = from < lines.size() ? cells(lines.get(from)) : List.of();
        problems.add(
            new ImportNote(
                source,
                from + 1,
                "no header row with the join column '"
                    + joinColumn
                    + "'"
                    + (firstCells.isEmpty()
                        ? ""
                        : "; found columns " + String.join(", ", firstCells))
                    + ": not a "
                    + mapping.name()
                    + " report, or rename the columns in a mapping file"));
        return;
      }
      summary(lines.subList(0, header));
      List<String> names = cells(lines.get(header));
      Map<Field, Integer> index = new EnumMap<>(Field.class);
      for (Map.Entry<Field, String> column : mapping.columns().entrySet()) {
        if (column.getKey().isRow()) {
          int at = names.indexOf(column.getValue());
          if (at >= 0) {
            index.put(column.getKey(), at);
          } else if (column.getKey() != Field.DURATION) {
            problems.add(
                new ImportNote(
                    source,
                    header + 1,
                    "no column '"
                        + column.getValue()
                        + "' ("
                        + column.getKey().key()
                        + "); found "
                        + String.join(", ", names)));
          }
        }
      }
      if (!problems.isEmpty()) {
        return;
      }
      for (int i = header + 1; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          break; // the table ends at the first blank line; later sections are not presences
        }
        List<String> cells = cells(line);
        read++;
        if (cells.size() != names.size()) {
          problems.add(
              new ImportNote(
                  source,
                  i + 1,
                  "expected "
                      + names.size()
                      + " cells as in the header on line "
                      + (header + 1)
                      + ", found "
                      + cells.size()));
          continue;
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        index.forEach((f, at) -> values.put(f, cells.get(at).strip()));
        row(i + 1, values);
      }
    }

    private List<String> cells(String line) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).get();
      try (CSVParser parser = CSVParser.parse(line, format)) {
        List<CSVRecord> records = parser.getRecords();
        return records.isEmpty()
            ? List.of()
            : records.get(0).toList().stream().map(String::strip).toList();
      } catch (IOException | UncheckedIOException e) {
        return List.of(line);
      }
    }

    /**
     * The meeting's facts from the lines before the table: a "key,value" row (Teams, Tencent
     * Meeting), or a header row naming two or more of the keys with their values on the next line
     * (Zoom).
     */
    private void summary(List<String> lines) {
      List<List<String>> rows = lines.stream().map(this::cells).toList();
      List<String> keys =
          mapping.columns().entrySet().stream()
              .filter(e -> !e.getKey().isRow())
              .map(Map.Entry::getValue)
              .toList();
      for (Field field : Field.values()) {
        String key = mapping.columns().get(field);
        if (field.isRow() || key == null) {
          continue;
        }
        for (int i = 0; i < rows.size() && !meeting.containsKey(field); i++) {
          List<String> row = rows.get(i);
          boolean header = row.stream().filter(keys::contains).count() >= 2;
          if (!header && row.size() >= 2 && stripColon(row.get(0)).equals(key)) {
            meeting.put(field, row.get(1));
          } else if (row.contains(key) && i + 1 < rows.size()) {
            List<String> next = rows.get(i + 1);
            int at = row.indexOf(key);
            if (at < next.size() && !next.get(at).isBlank()) {
              meeting.put(field, next.get(at));
            }
          }
        }
      }
      String start = meeting.get(Field.MEETING_START);
      if (start != null) {
        try {
          meetingStart = time(start);
        } catch (DateTimeException e) {
          notes.add(
              new ImportNote(
                  source,
                  0,
                  "meeting start '"
                      + start
                      + "' does not match the pattern "
                      + mapping.dateTimePattern()
                      + ": not used to find the meeting"));
        }
      }
    }

    private static String stripColon(String key) {
      return key.endsWith(":") || key.endsWith("：")
          ? key.substring(0, key.length() - 1).strip()
          : key;
    }

    private Instant time(String text) {
      String pattern = mapping.dateTimePattern();
      if (pattern == null) { // a mapping without a pattern writes ISO-8601 instants
        return Instant.parse(text.strip());
      }
      DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      TemporalAccessor parsed = formatter.parse(text.strip());
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return Instant.from(parsed);
      }
      zoneUsed = true;
      return LocalDateTime.from(parsed).atZone(zone).toInstant();
    }

    // ---- one row, CSV or JSON ----

    void row(int line, Map<Field, String> values) {
      Instant join;
      Instant leave = null;
      String joinText = values.getOrDefault(Field.JOIN, "");
      try {
        join = instant(joinText);
      } catch (DateTimeException | NumberFormatException e) {
        problems.add(new ImportNote(source, line, malformedTime(Field.JOIN, joinText)));
        return;
      }
      if (join == null) {
        problems.add(new ImportNote(source, line, "join time: empty"));
        return;
      }
      String leaveText = values.getOrDefault(Field.LEAVE, "");
      try {
        leave = instant(leaveText);
      } catch (DateTimeException | NumberFormatException e) {
        problems.add(new ImportNote(source, line, malformedTime(Field.LEAVE, leaveText)));
        return;
      }
      if (leave == null) {
        String durationText = values.getOrDefault(Field.DURATION, "");
        if (!durationText.isEmpty()) {
          Optional<Duration> duration = duration(durationText);
          if (duration.isEmpty()) {
            problems.add(
                new ImportNote(
                    source,
                    line,
                    "duration '"
                        + durationText
                        + "' is not "
                        + mapping.durationFormat().name().toLowerCase(Locale.ROOT)));
            return;
          }
          leave = join.plus(duration.get());
        } else {
          notes.add(
              new ImportNote(
                  source,
                  line,
                  "no leave time or duration: read as present from "
                      + join.atZone(zone).toLocalDateTime()
                      + " to the end"));
        }
      }
      if (leave != null && leave.isBefore(join)) {
        problems.add(
            new ImportNote(
                source, line, "leave time " + leaveText + " is before join time " + joinText));
        return;
      }
      Optional<Person> person;
      try {
        person = person(values);
      } catch (Roster.AmbiguousPersonException e) {
        problems.add(new ImportNote(source, line, String.valueOf(e.getMessage())));
        return;
      }
      if (person.isEmpty()) {
        unmatched++;
        notes.add(
            new ImportNote(
                source, line, describe(values) + " is not on the roster: presence not imported"));
        return;
      }
      rows.add(new Row(line, person.get().id(), new Presence(join, leave)));
    }

    private String malformedTime(Field field, String text) {
      AttendanceMapping.EpochUnit epoch = mapping.epoch();
      String pattern = mapping.dateTimePattern();
      return field.key()
          + " time '"
          + text
          + "' is not "
          + (mapping.format() == AttendanceMapping.Format.JSON && epoch != null
              ? "a number of " + epoch.name().toLowerCase(Locale.ROOT) + " since 1970"
              : pattern != null
                  ? "a date-time like " + pattern
                  : "an ISO-8601 instant such as 2026-11-27T06:00:00Z");
    }

    private @Nullable Instant instant(String text) {
      if (text.isEmpty()) {
        return null;
      }
      if (mapping.format() == AttendanceMapping.Format.JSON && mapping.epoch() != null) {
        long value = Long.parseLong(text);
        return mapping.epoch() == AttendanceMapping.EpochUnit.MILLIS
            ? Instant.ofEpochMilli(value)
            : Instant.ofEpochSecond(value);
      }
      if (mapping.dateTimePattern() == null) {
        return Instant.parse(text);
      }
      return time(text);
    }

    private Optional<Duration> duration(String text) {
      try {
        return switch (mapping.durationFormat()) {
          case MINUTES -> Optional.of(Duration.ofMinutes(Long.parseLong(text.strip())));
          case SECONDS -> Optional.of(Duration.ofSeconds(Long.parseLong(text.strip())));
          case CLOCK -> {
            String[] parts = text.strip().split(":");
            if (parts.length != 3) {
              yield Optional.empty();
            }
            yield Optional.of(
                Duration.ofHours(Long.parseLong(parts[0]))
                    .plusMinutes(Long.parseLong(parts[1]))
                    .plusSeconds(Long.parseLong(parts[2])));
          }
          case HMS -> {
            Matcher m = HMS.matcher(text);
            if (!m.matches()
                || text.isBlank()
                || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
              yield Optional.empty();
            }
            yield Optional.of(
                Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                    .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
                    .plusSeconds(m.group(3) == null ? 0 : Long.parseLong(m.group(3))));
          }
        };
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    private Optional<Person> person(Map<Field, String> values)
        throws Roster.AmbiguousPersonException {
      for (MatchBy by : mapping.match()) {
        Optional<Person> person =
            switch (by) {
              case EMAIL -> roster.match(values.get(Field.EMAIL), null);
              case NAME -> roster.match(null, values.get(Field.NAME));
              case ID ->
                  values.get(Field.ID) == null || values.get(Field.ID).isEmpty()
                      ? Optional.empty()
                      : roster.byId(values.get(Field.ID));
            };
        if (person.isPresent()) {
          return person;
        }
      }
      return Optional.empty();
    }

    private static String describe(Map<Field, String> values) {
      List<String> parts = new ArrayList<>();
      for (Field f : List.of(Field.NAME, Field.EMAIL, Field.ID)) {
        String v = values.get(f);
        if (v != null && !v.isEmpty()) {
          parts.add(f.key() + " '" + v + "'");
        }
      }
      return parts.isEmpty() ? "a row with no name, e-mail or id" : String.join(", ", parts);
    }

    // ---- JSON ----

    void json(String text) {
      JsonNode root;
      try {
        root = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        problems.add(new ImportNote(source, line, "not JSON: " + e.getOriginalMessage()));
        return;
      }
      if (root == null || !root.isObject()) {
        problems.add(new ImportNote(source, 1, "not a JSON object"));
        return;
      }
      for (Field field : Field.values()) {
        String path = mapping.columns().get(field);
        if (!field.isRow() && path != null) {
          JsonNode value = at(root, path);
          if (value != null && !value.isNull()) {
            meeting.put(field, value.asText());
          }
        }
      }
      String start = meeting.get(Field.MEETING_START);
      if (start != null) {
        try {
          meetingStart = instant(start);
        } catch (DateTimeException | NumberFormatException e) {
          problems.add(new ImportNote(source, 0, malformedTime(Field.MEETING_START, start)));
        }
      }
      JsonNode records = mapping.records() == null ? null : at(root, mapping.records());
      if (records == null || !records.isArray()) {
        problems.add(
            new ImportNote(
                source,
                1,
                "no array '"
                    + mapping.records()
                    + "' of participants: not a "
                    + mapping.name()
                    + " member list, or set records in the mapping file"));
        return;
      }
      List<Integer> lines = elementLines(text, mapping.records());
      for (int i = 0; i < records.size(); i++) {
        int line = i < lines.size() ? lines.get(i) : 0;
        read++;
        JsonNode record = records.get(i);
        if (!record.isObject()) {
          problems.add(new ImportNote(source, line, "participant " + i + " is not an object"));
          continue;
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> column : mapping.columns().entrySet()) {
          if (column.getKey().isRow()) {
            JsonNode value = at(record, column.getValue());
            values.put(
                column.getKey(), value == null || value.isNull() ? "" : value.asText().strip());
          }
        }
        row(line, values);
      }
    }

    private static @Nullable JsonNode at(JsonNode node, String path) {
      JsonNode current = node;
      for (String part : path.split("\\.")) {
        if (current == null || !current.isObject()) {
          return null;
        }
        current = current.get(part);
      }
      return current;
    }

    /** The line of each element of the array at the path, as Jackson's parser locates them. */
    private List<Integer> elementLines(String text, @Nullable String path) {
      List<Integer> lines = new ArrayList<>();
      // No path: the records are the top-level array.
      List<String> target = path == null ? List.of() : List.of(path.split("\\."));
      try (JsonParser parser = JSON.getFactory().createParser(new StringReader(text))) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.START_OBJECT) {
            JsonStreamContext array = parser.getParsingContext().getParent();
            if (array != null && array.inArray() && target.equals(names(array.getParent()))) {
              lines.add(parser.currentTokenLocation().getLineNr());
            }
          }
        }
      } catch (IOException e) {
        // The tree was read already; without locations the rows are named by index.
      }
      return lines;
    }

    /** The property names leading to a context, outermost first. */
    private static List<String> names(JsonStreamContext context) {
      List<String> names = new ArrayList<>();
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        if (!c.inObject()) {
          return List.of();
        }
        names.add(0, c.getCurrentName());
      }
      return names;
    }
  }
}
