package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meeting-check import} as a user runs it: summaries, notes and exit codes. */
class ImportTest {

  static final Path SAMPLES = Path.of("samples", "import");

  @TempDir Path dir;

  /** The import of every sample, as README.md shows it, writing to {@code output}. */
  static String[] sampleImport(Path output) {
    return new String[] {
      "import",
      "--roster",
      SAMPLES.resolve("roster.csv").toString(),
      "--calendar",
      SAMPLES.resolve("outlook-weekly-2026-11-06.ics").toString(),
      "--calendar",
      SAMPLES.resolve("november-invitations.ics").toString(),
      "--calendar",
      SAMPLES.resolve("november-reschedule.ics").toString(),
      "--calendar",
      SAMPLES.resolve("november-replies.ics").toString(),
      "--attendance",
      "zoom:" + SAMPLES.resolve("zoom-participants-81234567890.csv"),
      "--attendance",
      "teams:" + SAMPLES.resolve("teams-attendance-2026-11-13.csv"),
      "--attendance",
      "tencent-meeting:" + SAMPLES.resolve("tencent-meeting-735291846.csv"),
      "--attendance",
      "dingtalk:" + SAMPLES.resolve("dingtalk-members-528164937.json"),
      "--attendance",
      "feishu:" + SAMPLES.resolve("feishu-participants-693027415.json"),
      "--output",
      output.toString()
    };
  }

  private static Run run(String... args) {
    return Run.of(Clock.systemUTC(), InputStream.nullInputStream(), args);
  }

  @Test
  void theSamplesImportWithOneSummaryLinePerSourceAndEveryUnmatchedRowNoted() throws Exception {
    Path output = dir.resolve("records.json");

    Run run = run(sampleImport(output));

    assertThat(run.exit()).isZero();
    assertThat(output).exists();
    assertThat(run.err().lines().filter(l -> l.contains("): read ")))
        .containsExactly(
            "meeting-check import: samples/import/outlook-weekly-2026-11-06.ics (calendar): read 1,"
                + " imported 1, unmatched 0",
            "meeting-check import: samples/import/november-invitations.ics (calendar): read 5,"
                + " imported 5, unmatched 0",
            "meeting-check import: samples/import/november-reschedule.ics (calendar): read 1,"
                + " imported 1, unmatched 0",
            "meeting-check import: samples/import/november-replies.ics (calendar): read 41,"
                + " imported 39, unmatched 1",
            "meeting-check import: samples/import/zoom-participants-81234567890.csv (zoom): read"
                + " 11, imported 10, unmatched 1",
            "meeting-check import: samples/import/teams-attendance-2026-11-13.csv (teams): read 9,"
                + " imported 9, unmatched 0",
            "meeting-check import: samples/import/tencent-meeting-735291846.csv"
                + " (tencent-meeting): read 10, imported 9, unmatched 1",
            "meeting-check import: samples/import/dingtalk-members-528164937.json (dingtalk): read"
                + " 8, imported 8, unmatched 0",
            "meeting-check import: samples/import/feishu-participants-693027415.json (feishu):"
                + " read 10, imported 9, unmatched 1");
    assertThat(run.err())
        .contains(
            "note: samples/import/zoom-participants-81234567890.csv:15: name 'Wu Hao (Partner"
                + " Co.)' is not on the roster: presence not imported",
            "note: samples/import/tencent-meeting-735291846.csv:18: name '王伟的iPad' is not on"
                + " the roster: presence not imported",
            "time zone 'China Standard Time' (UTC+08:00) is not an IANA zone id: read as"
                + " 2026-11-06T14:00+08:00 in the policy zone Asia/Shanghai",
            "feishu reports only each person's first join and last leave",
            "wrote 6 meetings of 10 people to " + output);
  }

  @Test
  void aMissingFileIsOneLineAndExitCode2() {
    Run run =
        run(
            "import",
            "--roster",
            SAMPLES.resolve("roster.csv").toString(),
            "--calendar",
            "no-such.ics",
            "--output",
            dir.resolve("r.json").toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo("meeting-check import: no-such.ics: no such file or directory\n");
  }

  @Test
  void aDeviceOrDirectoryIsNotReadAsAFile() {
    Run run =
        run(
            "import",
            "--roster",
            SAMPLES.resolve("roster.csv").toString(),
            "--calendar",
            dir.toString(),
            "--output",
            dir.resolve("r.json").toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("meeting-check import: " + dir + ": not a regular file\n");
  }

  @Test
  void aGarbageCalendarAndAReportWithWrongColumnsAreEachNamedOnOneLine() throws Exception {
    Path garbage = dir.resolve("garbage.ics");
    Files.writeString(garbage, "%PDF-1.7\n\u0000\u0001binary\n", StandardCharsets.UTF_8);
    Path csv = dir.resolve("participants.csv");
    Files.writeString(csv, "Participant,Joined,Left\nWang Wei,13:47,16:02\n");

    Run run =
        run(
            "import",
            "--roster",
            SAMPLES.resolve("roster.csv").toString(),
            "--calendar",
            garbage.toString(),
            "--attendance",
            "zoom:" + csv,
            "--output",
            dir.resolve("r.json").toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("meeting-check import: " + garbage + ":1: not an iCalendar file");
    assertThat(lines.get(1))
        .isEqualTo(
            "meeting-check import: "
                + csv
                + ":1: no header row with the join column 'Join Time'; found columns Participant,"
                + " Joined, Left: not a zoom report, or rename the columns in a mapping file");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void anUnknownPresetAndABadMappingFileAreRefused() throws Exception {
    Path mapping = dir.resolve("mapping.properties");
    Files.writeString(mapping, "zoom.column.joined = Joined\n");

    Run preset =
        run(
            "import",
            "--roster",
            SAMPLES.resolve("roster.csv").toString(),
            "--attendance",
            "webex:x.csv",
            "--output",
            dir.resolve("r.json").toString());
    Run badMapping =
        run(
            "import",
            "--roster",
            SAMPLES.resolve("roster.csv").toString(),
            "--mapping",
            mapping.toString(),
            "--output",
            dir.resolve("r.json").toString());

    assertThat(preset.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(preset.err())
        .isEqualTo(
            "meeting-check import: --attendance 'webex:x.csv': expected PRESET:FILE with PRESET"
                + " one of zoom, teams, tencent-meeting, dingtalk, feishu\n");
    assertThat(badMapping.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(badMapping.err())
        .startsWith("meeting-check import: " + mapping + ":1: zoom.column.joined");
  }

  @Test
  void aMappingFileRenamesAPresetsColumns() throws Exception {
    Path csv = dir.resolve("zoom.csv");
    Files.writeString(
        csv,
        "Meeting ID,Topic\n812 3456 7890,Weekly\n\n"
            + "Name,Email,Joined,Left\n"
            + "Li Na,li.na@example.com,11/06/2026 01:47:12 PM,11/06/2026 04:02:40 PM\n");
    Path mapping = dir.resolve("mapping.properties");
    Files.writeString(
        mapping,
        "zoom.column.name = Name\nzoom.column.email = Email\nzoom.column.join = Joined\n"
            + "zoom.column.leave = Left\nzoom.column.duration =\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--roster",
                SAMPLES.resolve("roster.csv").toString(),
                "--calendar",
                SAMPLES.resolve("outlook-weekly-2026-11-06.ics").toString(),
                "--attendance",
                "zoom:" + csv,
                "--mapping",
                mapping.toString(),
                "--output",
                dir.resolve("r.json").toString()));

    Run run = run(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains(csv + " (zoom): read 1, imported 1, unmatched 0");
  }

  @Test
  void theCheckWritesEveryDueObligationAsAVtodo() throws Exception {
    Path records = dir.resolve("records.json");
    assertThat(run(sampleImport(records)).exit()).isZero();
    Path due = dir.resolve("due.ics");

    Run check =
        run(
            "--as-of",
            "2026-12-10T12:00+08:00",
            "--export-due",
            due.toString(),
            records.toString());

    assertThat(check.exit()).isEqualTo(MeetingCheck.FINDINGS);
    String ics = Files.readString(due);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTODO");
    long todos = ics.lines().filter(l -> l.equals("BEGIN:VTODO")).count();
    long dueLines = check.out().lines().filter(l -> l.strip().startsWith("DUE ")).count();
    assertThat(todos).isEqualTo(dueLines).isPositive();
  }
}
