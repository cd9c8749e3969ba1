package org.meetingpolicy.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.importer.Inputs.SHANGHAI;
import static org.meetingpolicy.importer.Inputs.calendar;
import static org.meetingpolicy.importer.Inputs.request;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.validation.RecordValidator;

class RecordsImportTest {

  @TempDir Path dir;

  private Path invitations() throws Exception {
    return Inputs.write(
        dir,
        "invitations.ics",
        calendar(
            "REQUEST",
            Inputs.concat(
                request(
                    "m-13@example.com",
                    0,
                    "20261104T020000Z",
                    "20261113T140000",
                    "LOCATION:https://meeting.tencent.com/dm/735291846"),
                request("m-20@example.com", 0, "20261111T020000Z", "20261120T140000"))),
        UTF_8);
  }

  private static final String TENCENT_HEADER =
      "会议号,735 291 846\n\n序号,用户昵称,邮箱,入会时间,退会时间,参会时长(分钟),身份\n";

  private RecordsImport.AttendanceSource tencent(String name, String rows) throws Exception {
    return new RecordsImport.AttendanceSource(
        Inputs.write(dir, name, TENCENT_HEADER + rows, UTF_8),
        AttendanceMapping.preset("tencent-meeting"));
  }

  @Test
  void aReportNamingAToolsMeetingNumberJoinsTheMeetingWhoseVideoLinkHoldsIt() throws Exception {
    var report =
        tencent(
            "t.csv",
            "1,Li Na,li.na@example.com,2026-11-13 13:48:02,2026-11-13 14:30:00,42,成员\n"
                + "2,Li Na,li.na@example.com,2026-11-13 14:35:00,2026-11-13 16:00:44,85,成员\n");

    RecordsImport.Result result =
        RecordsImport.read(Inputs.roster(), List.of(invitations()), List.of(report), SHANGHAI);

    Meeting meeting =
        result
            .records()
            .meeting(org.meetingpolicy.core.model.MeetingId.of("m-13@example.com"))
            .orElseThrow();
    assertThat(meeting.attendance())
        .singleElement()
        .extracting(Attendance::person, a -> a.presences().size())
        .containsExactly(PersonId.of("p-li-na"), 2);
    assertThat(result.records().meetings()).hasSize(2);
    assertThat(RecordValidator.create().validate(result.records()).problems()).isEmpty();
    assertThat(result.notes())
        .extracting(ImportNote::message)
        .anyMatch(m -> m.contains("hold no minutes, resolutions, agenda items"));
    // Nothing the sources cannot say is made up.
    assertThat(meeting.minutes()).isNull();
    assertThat(meeting.agenda()).isNull();
    assertThat(meeting.resolutions()).isEmpty();
  }

  @Test
  void aReportWithoutAMeetingIdJoinsTheMeetingByStartTimeAndHost() throws Exception {
    String teams =
        "\uFEFFStart time\t11/20/26, 1:50:00 PM\n"
            + "Organizer\twang.wei@example.com\n\n3. In-Meeting Activities\n"
            + "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
            + "Chen Jie\t11/20/26, 2:05:00 PM\t11/20/26, 4:00:00 PM\t1h 55m 0s"
            + "\tchen.jie@example.com\tAttendee\n";
    // A UTF-8 byte order mark overrides the preset's UTF-16.
    var report =
        new RecordsImport.AttendanceSource(
            Inputs.write(dir, "teams.csv", teams, UTF_8), AttendanceMapping.preset("teams"));

    RecordsImport.Result result =
        RecordsImport.read(Inputs.roster(), List.of(invitations()), List.of(report), SHANGHAI);

    assertThat(result.records().meetings())
        .filteredOn(m -> !m.attendance().isEmpty())
        .extracting(m -> m.id().value())
        .containsExactly("m-20@example.com");
  }

  @Test
  void twoReportsGivingOnePersonOtherPresencesConflictAndNameBothSources() throws Exception {
    var first =
        tencent(
            "a.csv", "1,Li Na,li.na@example.com,2026-11-13 13:48:02,2026-11-13 16:00:00,132,成员\n");
    var second =
        tencent(
            "b.csv", "1,Li Na,li.na@example.com,2026-11-13 14:20:00,2026-11-13 16:00:00,100,成员\n");

    assertThatThrownBy(
            () ->
                RecordsImport.read(
                    Inputs.roster(), List.of(invitations()), List.of(first, second), SHANGHAI))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .isEqualTo(
                        dir.resolve("b.csv")
                            + ":4: the presences of p-li-na in meeting m-13@example.com differ"
                            + " from those "
                            + dir.resolve("a.csv")
                            + ":4 gives: conflicting attendance"));
  }

  @Test
  void theSameReportTwiceIsReadOnceAndSaidSo() throws Exception {
    String row = "1,Li Na,li.na@example.com,2026-11-13 13:48:02,2026-11-13 16:00:00,132,成员\n";

    RecordsImport.Result result =
        RecordsImport.read(
            Inputs.roster(),
            List.of(invitations()),
            List.of(tencent("a.csv", row), tencent("copy.csv", row)),
            SHANGHAI);

    assertThat(result.records().meetings().get(0).attendance().get(0).presences()).hasSize(1);
    assertThat(result.notes())
        .extracting(ImportNote::message)
        .anyMatch(m -> m.contains("read once"));
  }

  @Test
  void aReportMatchingNoMeetingIsAnErrorNotDropped() throws Exception {
    var report =
        new RecordsImport.AttendanceSource(
            Inputs.write(
                dir, "other.csv", "会议号,999 999 999\n\n序号,用户昵称,邮箱,入会时间,退会时间,参会时长(分钟),身份\n", UTF_8),
            AttendanceMapping.preset("tencent-meeting"));

    assertThatThrownBy(
            () ->
                RecordsImport.read(
                    Inputs.roster(), List.of(invitations()), List.of(report), SHANGHAI))
        .hasMessage(
            dir.resolve("other.csv")
                + ": no meeting of the calendars matches its meeting id '999 999 999': import the"
                + " meeting's invitation with --calendar");
  }

  @Test
  void problemsOfEverySourceAreReportedTogether() throws Exception {
    Path garbage = Inputs.write(dir, "garbage.ics", "not a calendar\n", UTF_8);
    var report =
        new RecordsImport.AttendanceSource(
            Inputs.write(dir, "z.csv", "Who,When\nLi Na,now\n", UTF_8),
            AttendanceMapping.preset("zoom"));

    assertThatThrownBy(
            () -> RecordsImport.read(Inputs.roster(), List.of(garbage), List.of(report), SHANGHAI))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportNote::source)
                    .containsExactly(garbage.toString(), dir.resolve("z.csv").toString()));
  }
}
