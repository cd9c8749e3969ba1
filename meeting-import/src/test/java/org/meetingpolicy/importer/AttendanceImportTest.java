package org.meetingpolicy.importer;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.importer.Inputs.SHANGHAI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.importer.AttendanceImport.Report;
import org.meetingpolicy.importer.AttendanceImport.Row;

class AttendanceImportTest {

  private static final PersonId WANG = PersonId.of("p-wang-wei");
  private static final PersonId LI = PersonId.of("p-li-na");
  private static final PersonId CHEN = PersonId.of("p-chen-jie");

  @TempDir Path dir;

  private static Report read(String text, String preset) throws ImportException {
    return AttendanceImport.read(
        text, preset + ".csv", AttendanceMapping.preset(preset), Inputs.roster(), SHANGHAI);
  }

  private static Instant at(String shanghaiLocal) {
    return java.time.LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
  }

  private static final String ZOOM =
      """
      Meeting ID,Topic,Start Time,End Time,Host Email,Duration (Minutes),Participants
      812 3456 7890,Weekly sales meeting,11/06/2026 01:41:05 PM,11/06/2026 04:05:18 PM,wang.wei@example.com,145,3

      Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
      Wang Wei,wang.wei@example.com,11/06/2026 01:47:12 PM,11/06/2026 04:02:40 PM,136,No
      Chen Jie,chen.jie@example.com,11/06/2026 01:48:20 PM,11/06/2026 02:31:05 PM,43,No
      Chen Jie,chen.jie@example.com,11/06/2026 02:33:51 PM,11/06/2026 04:00:58 PM,87,No
      Wu Hao (Partner Co.),,11/06/2026 02:15:00 PM,11/06/2026 02:55:30 PM,41,Yes
      """;

  @Test
  void zoomRowsAreOnePresencePerJoinAndTheMeetingDataIsRead() throws Exception {
    Report report = read(ZOOM, "zoom");

    assertThat(report.meeting())
        .isEqualTo(
            new AttendanceImport.MeetingFacts(
                "812 3456 7890",
                "Weekly sales meeting",
                at("2026-11-06T13:41:05"),
                "wang.wei@example.com"));
    assertThat(report.rows())
        .containsExactly(
            new Row(5, WANG, new Presence(at("2026-11-06T13:47:12"), at("2026-11-06T16:02:40"))),
            new Row(6, CHEN, new Presence(at("2026-11-06T13:48:20"), at("2026-11-06T14:31:05"))),
            new Row(7, CHEN, new Presence(at("2026-11-06T14:33:51"), at("2026-11-06T16:00:58"))));
  }

  @Test
  void aRowNamingNobodyOnTheRosterIsReportedWithItsLineAndCounted() throws Exception {
    Report report = read(ZOOM, "zoom");

    assertThat(report.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "zoom.csv: times without an offset read in Asia/Shanghai (the policy zone)",
            "zoom.csv:8: name 'Wu Hao (Partner Co.)' is not on the roster: presence not imported");
    assertThat(report.summary()).isEqualTo(new SourceSummary("zoom.csv", "zoom", 4, 3, 1));
  }

  @Test
  void aRowThatDoesNotParseIsAnErrorWithFileAndLineAndEveryOneIsNamed() {
    String csv =
        """
        Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
        Wang Wei,wang.wei@example.com,2026-11-06 13:47,11/06/2026 04:02:40 PM,136,No
        Li Na,li.na@example.com,11/06/2026 01:47:12 PM,11/06/2026 04:02:40 PM,136
        Chen Jie,chen.jie@example.com,11/06/2026 02:47:12 PM,11/06/2026 01:02:40 PM,0,No
        """;

    assertThatThrownBy(() -> read(csv, "zoom"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportNote::toString)
                    .containsExactly(
                        "zoom.csv:2: join time '2026-11-06 13:47' is not a date-time like"
                            + " MM/dd/yyyy hh:mm:ss a",
                        "zoom.csv:3: expected 6 cells as in the header on line 1, found 5",
                        "zoom.csv:4: leave time 11/06/2026 01:02:40 PM is before join time"
                            + " 11/06/2026 02:47:12 PM"));
  }

  @Test
  void aFileWithOtherColumnsIsRefusedNamingTheColumnsFound() {
    String csv = "Participant,Email,Joined\nWang Wei,wang.wei@example.com,13:47\n";

    assertThatThrownBy(() -> read(csv, "zoom"))
        .hasMessage(
            "zoom.csv:1: no header row with the join column 'Join Time'; found columns"
                + " Participant, Email, Joined: not a zoom report, or rename the columns in a"
                + " mapping file");
  }

  @Test
  void aMappingFileRenamesColumnsAndSetsTheZone() throws Exception {
    String csv =
        """
        Participant,Mail,Joined,Minutes
        Li Na,li.na@example.com,2026-11-06 13:47,30
        """;
    var overrides =
        AttendanceMapping.parseOverrides(
            """
            # our Zoom account exports in UTC with another layout
            zoom.column.name = Participant
            zoom.column.email = Mail
            zoom.column.join = Joined
            zoom.column.leave =
            zoom.column.duration = Minutes
            zoom.date-time-pattern = yyyy-MM-dd HH:mm
            zoom.zone = UTC
            """,
            "mapping.properties");
    AttendanceMapping mapping = AttendanceMapping.preset("zoom").withAll(overrides);

    Report report = AttendanceImport.read(csv, "z.csv", mapping, Inputs.roster(), SHANGHAI);

    Instant join = Instant.parse("2026-11-06T13:47:00Z");
    assertThat(report.rows())
        .containsExactly(new Row(2, LI, new Presence(join, join.plusSeconds(30 * 60))));
    assertThat(report.notes())
        .extracting(ImportNote::toString)
        .containsExactly("z.csv: times without an offset read in UTC (the mapping's zone)");
  }

  @Test
  void aMappingFileWithUnknownKeysOrPresetsIsRefusedByLine() {
    assertThatThrownBy(
            () ->
                AttendanceMapping.parseOverrides(
                    "zoom.column.joined = x\nwebex.column.join = y\nteams.duration-format = weeks\n"
                        + "nonsense\n",
                    "m.txt"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportNote::toString)
                    .containsExactly(
                        "m.txt:1: zoom.column.joined = 'x': unknown column; one of name, email,"
                            + " id, join, leave, duration, meeting-id, meeting-topic,"
                            + " meeting-start, host",
                        "m.txt:2: unknown preset 'webex': one of zoom, teams, tencent-meeting,"
                            + " dingtalk, feishu",
                        "m.txt:3: teams.duration-format = 'weeks': not one of minutes, seconds,"
                            + " hms, clock",
                        "m.txt:4: expected <preset>.<key> = <value>, such as zoom.column.join ="
                            + " Join time"));
  }

  private static final String TEAMS =
      "1. Summary\r\n"
          + "Meeting title\tWeekly sales meeting\r\n"
          + "Start time\t11/13/26, 1:44:02 PM\r\n"
          + "Organizer\twang.wei@example.com\r\n"
          + "\r\n"
          + "2. Participants\r\n"
          + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\r\n"
          + "Chen Jie\t11/13/26, 2:12:36 PM\t11/13/26, 4:00:20 PM\t1h 47m 44s\tchen.jie@example.com"
          + "\tchen.jie@example.com\tAttendee\r\n"
          + "\r\n"
          + "3. In-Meeting Activities\r\n"
          + "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\r\n"
          + "Chen Jie\t11/13/26, 2:12:36 PM\t11/13/26, 2:40:02 PM\t27m 26s\tchen.jie@example.com"
          + "\tAttendee\r\n"
          + "Chen Jie\t11/13/26, 2:44:19 PM\t\t1h 16m 1s\tchen.jie@example.com\tAttendee\r\n";

  @Test
  void teamsIsReadFromUtf16WithItsByteOrderMarkAndItsActivitiesSection() throws Exception {
    byte[] body = TEAMS.getBytes(UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = dir.resolve("teams.csv");
    Files.write(file, bytes);

    Report report =
        AttendanceImport.read(file, AttendanceMapping.preset("teams"), Inputs.roster(), SHANGHAI);

    assertThat(report.meeting())
        .isEqualTo(
            new AttendanceImport.MeetingFacts(
                null, "Weekly sales meeting", at("2026-11-13T13:44:02"), "wang.wei@example.com"));
    // The second join has no leave time: its duration in Teams' words gives it.
    assertThat(report.rows())
        .containsExactly(
            new Row(12, CHEN, new Presence(at("2026-11-13T14:12:36"), at("2026-11-13T14:40:02"))),
            new Row(13, CHEN, new Presence(at("2026-11-13T14:44:19"), at("2026-11-13T16:00:20"))));
  }

  @Test
  void teamsWithoutItsActivitiesSectionIsRefused() {
    assertThatThrownBy(() -> read("1. Summary\nMeeting title\tX\n", "teams"))
        .hasMessageContaining(
            "no line '3. In-Meeting Activities' opening the participants section");
  }

  @Test
  void utf8BytesReadAsUtf16AreAnErrorNotGarbage() throws Exception {
    Path file = dir.resolve("wrong.csv");
    Files.write(file, new byte[] {(byte) 0xD8, 0x00, 0x41});

    assertThatThrownBy(
            () ->
                AttendanceImport.read(
                    file, AttendanceMapping.preset("teams"), Inputs.roster(), SHANGHAI))
        .hasMessageContaining(
            "not UTF-16 text (no byte order mark): not a teams report, or set its encoding in a"
                + " mapping file");
  }

  @Test
  void tencentMeetingIsReadFromUtf8WithByteOrderMarkAndChineseHeaders() throws Exception {
    String csv =
        "\uFEFF会议主题,销售部周例会\r\n"
            + "会议号,735 291 846\r\n"
            + "预定人,wang.wei@example.com\r\n"
            + "开始时间,2026-11-20 14:40:55\r\n"
            + "\r\n"
            + "序号,用户昵称,邮箱,入会时间,退会时间,参会时长(分钟),身份\r\n"
            + "1,李娜,li.na@example.com,2026-11-20 14:48:02,2026-11-20 17:00:44,133,成员\r\n"
            + "2,Chen Jie,,2026-11-20 15:09:12,,,成员\r\n";
    Path file = Inputs.write(dir, "tencent.csv", csv, UTF_8);

    Report report =
        AttendanceImport.read(
            file, AttendanceMapping.preset("tencent-meeting"), Inputs.roster(), SHANGHAI);

    assertThat(report.meeting().id()).isEqualTo("735 291 846");
    assertThat(report.meeting().start()).isEqualTo(at("2026-11-20T14:40:55"));
    // Li Na by e-mail although her nickname is Chinese; Chen Jie by exact name.
    assertThat(report.rows())
        .containsExactly(
            new Row(7, LI, new Presence(at("2026-11-20T14:48:02"), at("2026-11-20T17:00:44"))),
            new Row(8, CHEN, new Presence(at("2026-11-20T15:09:12"), null)));
    assertThat(report.notes())
        .extracting(ImportNote::toString)
        .contains(
            file
                + ":8: no leave time or duration: read as present from 2026-11-20T15:09:12 to the"
                + " end");
  }

  @Test
  void dingTalkTimesAreEpochMillisecondsAndRowsAreNamedByTheirJsonLine() throws Exception {
    String json =
        """
        {
          "conferenceId": "528164937",
          "startTime": 1795671730000,
          "members": [
            {"name": "王伟", "email": "wang.wei@example.com",
             "joinTime": 1795671780000, "leaveTime": 1795680030000},
            {"name": "Nobody", "email": "nobody@example.com",
             "joinTime": 1795671780000, "leaveTime": 1795680030000},
            {"name": "Li Na", "joinTime": "yesterday", "leaveTime": 1795680030000}
          ]
        }
        """;

    assertThatThrownBy(
            () ->
                AttendanceImport.read(
                    json,
                    "d.json",
                    AttendanceMapping.preset("dingtalk"),
                    Inputs.roster(),
                    SHANGHAI))
        .hasMessage("d.json:9: join time 'yesterday' is not a number of millis since 1970");

    Report report =
        AttendanceImport.read(
            json.replace("\"yesterday\"", "1795671790000"),
            "d.json",
            AttendanceMapping.preset("dingtalk"),
            Inputs.roster(),
            SHANGHAI);
    assertThat(report.meeting().start()).isEqualTo(Instant.ofEpochMilli(1795671730000L));
    assertThat(report.rows())
        .containsExactly(
            new Row(
                5,
                WANG,
                new Presence(
                    Instant.ofEpochMilli(1795671780000L), Instant.ofEpochMilli(1795680030000L))),
            new Row(
                9,
                LI,
                new Presence(
                    Instant.ofEpochMilli(1795671790000L), Instant.ofEpochMilli(1795680030000L))));
    assertThat(report.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "d.json:7: name 'Nobody', email 'nobody@example.com' is not on the roster: presence"
                + " not imported");
  }

  /** A preset with another date-time pattern and epoch unit (null: ISO-8601 text). */
  private static AttendanceMapping withTimes(
      String preset, String dateTimePattern, AttendanceMapping.EpochUnit epoch) {
    AttendanceMapping m = AttendanceMapping.preset(preset);
    return new AttendanceMapping(
        m.name(),
        m.format(),
        m.encoding(),
        m.delimiter(),
        m.section(),
        m.columns(),
        m.records(),
        dateTimePattern,
        m.zone(),
        m.durationFormat(),
        epoch,
        m.match(),
        m.firstAndLastOnly());
  }

  // Found by NullAway: the meeting start of a CSV summary went through the pattern even when
  // the mapping had none (a NullPointerException); rows were already read as ISO-8601.
  @Test
  void aCsvMappingWithoutAPatternReadsIsoTimesInTheSummaryToo() throws Exception {
    String csv =
        """
        Meeting ID,Topic,Start Time,End Time,Host Email,Duration (Minutes),Participants
        812 3456 7890,Weekly sales meeting,2026-11-06T05:41:05Z,,wang.wei@example.com,145,1

        Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
        Wang Wei,wang.wei@example.com,2026-11-06T05:47:12Z,2026-11-06T08:02:40Z,136,No
        """;

    Report report =
        AttendanceImport.read(
            csv, "iso.csv", withTimes("zoom", null, null), Inputs.roster(), SHANGHAI);

    assertThat(report.meeting().start()).isEqualTo(Instant.parse("2026-11-06T05:41:05Z"));
    assertThat(report.rows())
        .containsExactly(
            new Row(
                5,
                WANG,
                new Presence(
                    Instant.parse("2026-11-06T05:47:12Z"), Instant.parse("2026-11-06T08:02:40Z"))));
  }

  // Found by NullAway: describing a malformed time of a JSON mapping without an epoch unit
  // dereferenced the missing unit (a NullPointerException instead of the error).
  @Test
  void aJsonMappingWithoutAnEpochUnitNamesIsoTimesWhenOneIsMalformed() {
    String json =
        """
        {"conferenceId": "528164937",
         "members": [{"name": "王伟", "email": "wang.wei@example.com",
                      "joinTime": "yesterday", "leaveTime": "2026-11-06T08:02:40Z"}]}
        """;

    assertThatThrownBy(
            () ->
                AttendanceImport.read(
                    json, "d.json", withTimes("dingtalk", null, null), Inputs.roster(), SHANGHAI))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(
            "join time 'yesterday' is not an ISO-8601 instant such as 2026-11-27T06:00:00Z");
  }

  @Test
  void feishuTimesAreEpochSecondsAndItsOnePresencePerPersonIsSaid() throws Exception {
    String json =
        """
        {"meeting": {"meeting_no": "693027415", "start_time": "1796362821",
                     "host_user": {"email": "wang.wei@example.com"}},
         "participants": [
           {"user_name": "陈杰", "email": "chen.jie@example.com",
            "first_join_time": "1796363377", "final_leave_time": "1796371205"}
         ]}
        """;

    Report report =
        AttendanceImport.read(
            json, "f.json", AttendanceMapping.preset("feishu"), Inputs.roster(), SHANGHAI);

    assertThat(report.meeting().host()).isEqualTo("wang.wei@example.com");
    assertThat(report.rows())
        .containsExactly(
            new Row(
                4,
                CHEN,
                new Presence(
                    Instant.ofEpochSecond(1796363377L), Instant.ofEpochSecond(1796371205L))));
    assertThat(report.notes())
        .first()
        .asString()
        .contains("only each person's first join and last leave", "one presence");
  }

  @Test
  void aJsonReportWithoutItsParticipantsArrayIsRefused() {
    assertThatThrownBy(
            () ->
                AttendanceImport.read(
                    "{\"items\": []}",
                    "f.json",
                    AttendanceMapping.preset("feishu"),
                    Inputs.roster(),
                    SHANGHAI))
        .hasMessageContaining("no array 'participants' of participants");
    assertThatThrownBy(
            () ->
                AttendanceImport.read(
                    "{\"members\": [",
                    "d.json",
                    AttendanceMapping.preset("dingtalk"),
                    Inputs.roster(),
                    SHANGHAI))
        .hasMessageStartingWith("d.json:1: not JSON");
  }

  @Test
  void durationsInEveryFormatGiveTheLeaveTime() throws Exception {
    String csv = "Name,Join,Stay\nLi Na,2026-11-06 14:00,%s\n";
    for (String[] c :
        new String[][] {
          {"minutes", "90"}, {"seconds", "5400"}, {"hms", "1h 30m"}, {"clock", "01:30:00"}
        }) {
      AttendanceMapping mapping =
          AttendanceMapping.preset("zoom")
              .with("column.join", "Join")
              .with("column.leave", "")
              .with("column.email", "")
              .with("column.name", "Name")
              .with("column.duration", "Stay")
              .with("date-time-pattern", "yyyy-MM-dd HH:mm")
              .with("duration-format", c[0])
              .with("match", "name");

      Report report =
          AttendanceImport.read(
              String.format(csv, c[1]), "d.csv", mapping, Inputs.roster(), ZoneId.of("UTC"));

      assertThat(report.rows().get(0).presence().left())
          .as(c[0])
          .isEqualTo(Instant.parse("2026-11-06T15:30:00Z"));
    }
  }

  @Test
  void anIdColumnMatchesByRosterId() throws Exception {
    AttendanceMapping mapping =
        AttendanceMapping.preset("zoom")
            .with("column.id", "Staff No")
            .with("match", "id")
            .with("delimiter", ";");
    String csv =
        "Staff No;Name (Original Name);User Email;Join Time;Leave Time\n"
            + "p-li-na;Anonymous;;11/06/2026 01:47:12 PM;11/06/2026 04:02:40 PM\n";

    Report report = AttendanceImport.read(csv, "z.csv", mapping, Inputs.roster(), SHANGHAI);

    assertThat(report.rows()).extracting(Row::person).containsExactly(LI);
  }

  @Test
  void theMappingFileExampleOfTheDocsIsAccepted() throws Exception {
    String doc = Files.readString(Path.of("../docs/import.md"));
    int start = doc.indexOf("```properties\n") + "```properties\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    var overrides = AttendanceMapping.parseOverrides(example, "import.md");

    assertThat(AttendanceMapping.preset("zoom").withAll(overrides).columns())
        .containsEntry(AttendanceMapping.Field.JOIN, "Join time (UTC)");
    assertThat(AttendanceMapping.preset("teams").withAll(overrides).delimiter()).isEqualTo(',');
  }

  @Test
  void anUnknownPresetIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> AttendanceMapping.preset("webex"))
        .hasMessage(
            "unknown attendance preset 'webex': one of zoom, teams, tencent-meeting, dingtalk,"
                + " feishu");
  }
}
