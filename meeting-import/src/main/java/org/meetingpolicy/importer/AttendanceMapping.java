package org.meetingpolicy.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one meeting tool's attendance report reads: its encoding, layout, column names, time and
 * duration formats, and how a row names a person. One declarative type for every tool; {@link
 * #preset(String)} holds the known ones and a mapping file ({@link #readOverrides(Path)}) renames
 * any column of any preset. Immutable.
 *
 * @param name the preset's name, as the command line names it
 * @param format CSV (with sections) or JSON
 * @param encoding the encoding when the file has no byte order mark
 * @param delimiter the CSV cell delimiter
 * @param section for CSV, the line that opens the section holding the participants table (its
 *     header row follows); null when the table is the first one with the join column
 * @param columns the column (CSV) or property path (JSON, dot-separated) of each field; a field not
 *     listed is not in the report
 * @param records for JSON, the path of the array of participants
 * @param dateTimePattern for CSV, the {@link DateTimeFormatter} pattern of join and leave times and
 *     of the meeting's start
 * @param zone the zone of times without an offset; null for the policy zone
 * @param durationFormat how a duration is written
 * @param epoch for JSON, the unit of numeric times
 * @param match how a row's person is found on the roster, in this order
 * @param firstAndLastOnly whether a row holds only a first join and a last leave (not every join)
 */
public record AttendanceMapping(
    String name,
    Format format,
    Charset encoding,
    char delimiter,
    @Nullable String section,
    Map<Field, String> columns,
    @Nullable String records,
    @Nullable String dateTimePattern,
    @Nullable ZoneId zone,
    DurationFormat durationFormat,
    @Nullable EpochUnit epoch,
    List<MatchBy> match,
    boolean firstAndLastOnly) {

  /** The names {@link #preset(String)} knows. */
  public static final List<String> PRESETS =
      List.of("zoom", "teams", "tencent-meeting", "dingtalk", "feishu");

  /** Checks for nulls and copies. */
  public AttendanceMapping {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    columns = Map.copyOf(columns);
    Objects.requireNonNull(durationFormat, "durationFormat");
    match = List.copyOf(match);
    if (match.isEmpty()) {
      throw new IllegalArgumentException("match: at least one of email, name, id");
    }
  }

  /** The layout of the file. */
  public enum Format {
    /** Delimited text, possibly with a summary before the participants table. */
    CSV,
    /** A JSON document with an array of participants. */
    JSON
  }

  /** The facts a report can hold. Row fields are per participant; the others per meeting. */
  public enum Field {
    /** Row: the participant's display name. */
    NAME,
    /** Row: the participant's e-mail address. */
    EMAIL,
    /** Row: the participant's id on the roster. */
    ID,
    /** Row: when they joined. */
    JOIN,
    /** Row: when they left. */
    LEAVE,
    /** Row: how long they stayed; gives the leave time when no leave time is written. */
    DURATION,
    /** Meeting: the tool's meeting id or number, or the calendar UID. */
    MEETING_ID,
    /** Meeting: its title. */
    MEETING_TOPIC,
    /** Meeting: when it started. */
    MEETING_START,
    /** Meeting: the host's e-mail address or name. */
    HOST;

    /** The name in mapping files: {@code meeting-id} for {@code MEETING_ID}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether each participant row has it (else it is about the meeting). */
    public boolean isRow() {
      return ordinal() <= DURATION.ordinal();
    }
  }

  /** How durations are written. */
  public enum DurationFormat {
    /** A number of minutes: {@code 95}. */
    MINUTES,
    /** A number of seconds: {@code 5700}. */
    SECONDS,
    /** Hours, minutes and seconds in words: {@code 1h 35m 0s}, {@code 35m 12s}, {@code 45s}. */
    HMS,
    /** A clock reading: {@code 01:35:00}. */
    CLOCK
  }

  /** The unit of numeric times in JSON. */
  public enum EpochUnit {
    /** Milliseconds since 1970-01-01T00:00Z. */
    MILLIS,
    /** Seconds since 1970-01-01T00:00Z. */
    SECONDS
  }

  /** How a row names its person on the roster. */
  public enum MatchBy {
    /** By the e-mail column. */
    EMAIL,
    /** By the exact name in the name column. */
    NAME,
    /** By the roster id in the id column. */
    ID
  }

  /**
   * A known tool's mapping: {@code zoom}, {@code teams}, {@code tencent-meeting}, {@code dingtalk}
   * or {@code feishu}. docs/import.md lists each one's columns and where they come from.
   *
   * @throws IllegalArgumentException for another name, naming the known ones
   */
  public static AttendanceMapping preset(String name) {
    Map<Field, String> c = new EnumMap<>(Field.class);
    List<MatchBy> emailThenName = List.of(MatchBy.EMAIL, MatchBy.NAME);
    switch (name) {
      case "zoom" -> {
        // Zoom web portal, Reports > Usage > Participants, "Export with meeting data".
        c.put(Field.NAME, "Name (Original Name)");
        c.put(Field.EMAIL, "User Email");
        c.put(Field.JOIN, "Join Time");
        c.put(Field.LEAVE, "Leave Time");
        c.put(Field.DURATION, "Duration (Minutes)");
        c.put(Field.MEETING_ID, "Meeting ID");
        c.put(Field.MEETING_TOPIC, "Topic");
        c.put(Field.MEETING_START, "Start Time");
        c.put(Field.HOST, "Host Email");
        return new AttendanceMapping(
            name,
            Format.CSV,
            StandardCharsets.UTF_8,
            ',',
            null,
            c,
            null,
            "MM/dd/yyyy hh:mm:ss a",
            null,
            DurationFormat.MINUTES,
            null,
            emailThenName,
            false);
      }
      case "teams" -> {
        // Teams meeting > Attendance > Download: UTF-16 tab-separated, three sections.
        c.put(Field.NAME, "Name");
        c.put(Field.EMAIL, "Email");
        c.put(Field.JOIN, "Join Time");
        c.put(Field.LEAVE, "Leave Time");
        c.put(Field.DURATION, "Duration");
        c.put(Field.MEETING_ID, "Meeting Id");
        c.put(Field.MEETING_TOPIC, "Meeting title");
        c.put(Field.MEETING_START, "Start time");
        c.put(Field.HOST, "Organizer");
        return new AttendanceMapping(
            name,
            Format.CSV,
            StandardCharsets.UTF_16,
            '\t',
            "3. In-Meeting Activities",
            c,
            null,
            "M/d/yy, h:mm:ss a",
            null,
            DurationFormat.HMS,
            null,
            emailThenName,
            false);
      }
      case "tencent-meeting" -> {
        // 腾讯会议 > 历史会议 > 参会成员 > 导出 (UTF-8 with a byte order mark, for Excel).
        c.put(Field.NAME, "用户昵称");
        c.put(Field.EMAIL, "邮箱");
        c.put(Field.JOIN, "入会时间");
        c.put(Field.LEAVE, "退会时间");
        c.put(Field.DURATION, "参会时长(分钟)");
        c.put(Field.MEETING_ID, "会议号");
        c.put(Field.MEETING_TOPIC, "会议主题");
        c.put(Field.MEETING_START, "开始时间");
        c.put(Field.HOST, "预定人");
        return new AttendanceMapping(
            name,
            Format.CSV,
            StandardCharsets.UTF_8,
            ',',
            null,
            c,
            null,
            "yyyy-MM-dd HH:mm:ss",
            null,
            DurationFormat.MINUTES,
            null,
            emailThenName,
            false);
      }
      case "dingtalk" -> {
        // DingTalk video conference member list (open API), one object per member.
        c.put(Field.NAME, "name");
        c.put(Field.EMAIL, "email");
        c.put(Field.JOIN, "joinTime");
        c.put(Field.LEAVE, "leaveTime");
        c.put(Field.MEETING_ID, "conferenceId");
        c.put(Field.MEETING_TOPIC, "title");
        c.put(Field.MEETING_START, "startTime");
        c.put(Field.HOST, "creatorEmail");
        return new AttendanceMapping(
            name,
            Format.JSON,
            StandardCharsets.UTF_8,
            ',',
            null,
            c,
            "members",
            null,
            null,
            DurationFormat.SECONDS,
            EpochUnit.MILLIS,
            emailThenName,
            false);
      }
      case "feishu" -> {
        // Feishu (飞书) VC meeting participant list (open API): first join and last leave only.
        c.put(Field.NAME, "user_name");
        c.put(Field.EMAIL, "email");
        c.put(Field.JOIN, "first_join_time");
        c.put(Field.LEAVE, "final_leave_time");
        c.put(Field.DURATION, "in_meeting_duration");
        c.put(Field.MEETING_ID, "meeting.meeting_no");
        c.put(Field.MEETING_TOPIC, "meeting.topic");
        c.put(Field.MEETING_START, "meeting.start_time");
        c.put(Field.HOST, "meeting.host_user.email");
        return new AttendanceMapping(
            name,
            Format.JSON,
            StandardCharsets.UTF_8,
            ',',
            null,
            c,
            "participants",
            null,
            null,
            DurationFormat.SECONDS,
            EpochUnit.SECONDS,
            emailThenName,
            true);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown attendance preset '" + name + "': one of " + String.join(", ", PRESETS));
    }
  }

  /**
   * This mapping with some parameters replaced. Keys: {@code encoding}, {@code delimiter} (a
   * character, or {@code tab}), {@code section}, {@code column.<field>} (such as {@code
   * column.join}), {@code records}, {@code date-time-pattern}, {@code zone}, {@code
   * duration-format}, {@code epoch}, {@code match} (such as {@code email,name}).
   *
   * @throws IllegalArgumentException naming the key and why its value is refused
   */
  public AttendanceMapping with(String key, String value) {
    Map<Field, String> newColumns = new EnumMap<>(Field.class);
    newColumns.putAll(columns);
    Charset newEncoding = encoding;
    char newDelimiter = delimiter;
    String newSection = section;
    String newRecords = records;
    String newPattern = dateTimePattern;
    ZoneId newZone = zone;
    DurationFormat newDuration = durationFormat;
    EpochUnit newEpoch = epoch;
    List<MatchBy> newMatch = match;
    String v = value.trim();
    try {
      switch (key) {
        case "encoding" -> newEncoding = Charset.forName(v);
        case "delimiter" -> {
          if (v.equalsIgnoreCase("tab")) {
            newDelimiter = '\t';
          } else if (v.length() == 1) {
            newDelimiter = v.charAt(0);
          } else {
            throw new IllegalArgumentException("one character or 'tab'");
          }
        }
        case "section" -> newSection = v.isEmpty() ? null : v;
        case "records" -> newRecords = v;
        case "date-time-pattern" -> {
          DateTimeFormatter.ofPattern(v, Locale.ENGLISH);
          newPattern = v;
        }
        case "zone" -> newZone = v.isEmpty() ? null : ZoneId.of(v);
        case "duration-format" -> newDuration = choice(DurationFormat.class, v);
        case "epoch" -> newEpoch = choice(EpochUnit.class, v);
        case "match" -> {
          List<MatchBy> list = new ArrayList<>();
          for (String part : v.split(",")) {
            list.add(choice(MatchBy.class, part.trim()));
          }
          newMatch = list;
        }
        default -> {
          if (!key.startsWith("column.")) {
            throw new IllegalArgumentException("unknown parameter");
          }
          String field = key.substring("column.".length());
          Field f =
              Arrays.stream(Field.values())
                  .filter(x -> x.key().equals(field))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "unknown column; one of "
                                  + String.join(
                                      ", ",
                                      Arrays.stream(Field.values()).map(Field::key).toList())));
          if (v.isEmpty()) {
            newColumns.remove(f);
          } else {
            newColumns.put(f, v);
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          name + "." + key + " = '" + value + "': " + e.getMessage(), e);
    }
    return new AttendanceMapping(
        name,
        format,
        newEncoding,
        newDelimiter,
        newSection,
        newColumns,
        newRecords,
        newPattern,
        newZone,
        newDuration,
        newEpoch,
        newMatch,
        firstAndLastOnly);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not one of "
              + String.join(
                  ", ",
                  Arrays.stream(type.getEnumConstants())
                      .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .toList()));
    }
  }

  /**
   * Reads a mapping file: UTF-8 lines {@code <preset>.<key> = <value>}, {@code #} comments and
   * blank lines ignored. Keys are those of {@link #with(String, String)}.
   *
   * @return the overrides per preset, in file order
   * @throws ImportException naming every line that is not such an override, by line
   */
  public static Map<String, Map<String, String>> readOverrides(Path file)
      throws IOException, ImportException {
    String text = TextFiles.read(file, StandardCharsets.UTF_8);
    return parseOverrides(text, file.toString());
  }

  /** Like {@link #readOverrides(Path)}, for a text already read. */
  public static Map<String, Map<String, String>> parseOverrides(String text, String source)
      throws ImportException {
    Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
    List<ImportNote> problems = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      int dot = line.indexOf('.');
      if (eq < 0 || dot < 0 || dot > eq) {
        problems.add(
            new ImportNote(
                source,
                i + 1,
                "expected <preset>.<key> = <value>, such as" + " zoom.column.join = Join time"));
        continue;
      }
      String preset = line.substring(0, dot).strip();
      String key = line.substring(dot + 1, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (!PRESETS.contains(preset)) {
        problems.add(
            new ImportNote(
                source,
                i + 1,
                "unknown preset '" + preset + "': one of " + String.join(", ", PRESETS)));
        continue;
      }
      try {
        preset(preset).with(key, value);
      } catch (IllegalArgumentException e) {
        problems.add(new ImportNote(source, i + 1, String.valueOf(e.getMessage())));
        continue;
      }
      overrides.computeIfAbsent(preset, p -> new LinkedHashMap<>()).put(key, value);
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return overrides;
  }

  /** This mapping with every override given for its name. */
  public AttendanceMapping withAll(Map<String, Map<String, String>> overrides) {
    AttendanceMapping mapping = this;
    for (Map.Entry<String, String> e : overrides.getOrDefault(name, Map.of()).entrySet()) {
      mapping = mapping.with(e.getKey(), e.getValue());
    }
    return mapping;
  }
}
