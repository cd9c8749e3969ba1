package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.AttendeeRole;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Drives {@code meeting-check} in-process through picocli, with captured output. */
class MeetingCheckTest {

  private static final String AS_OF = "2026-12-10T12:00+08:00";
  private static final String COMPLIANT = "samples/compliant-month.json";
  private static final String NONCOMPLIANT = "samples/noncompliant-month.json";
  private static final RecordJson JSON = RecordJson.create();

  private static Run run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  private static Run runWithInput(InputStream stdin, String... args) {
    // "Now" for runs without --as-of: the golden meeting's judging instant.
    return Run.of(Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC), stdin, args);
  }

  @Test
  void exitsWithZeroForRecordsWithNothingAtOrAboveTheThreshold() {
    Run run = run("--as-of", AS_OF, COMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.COMPLIANT);
    assertThat(run.out())
        .startsWith("== " + COMPLIANT + "\n")
        .contains("as of 2026-12-10 12:00 (Asia/Shanghai)")
        .contains("0 violation(s)")
        .endsWith("1 record set(s) read, 1 checked, 0 rejected\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBatchEndsWithTheRollUpPerClauseAndPerPerson() {
    Run run = run("--as-of", AS_OF, COMPLIANT, NONCOMPLIANT);

    String rollUp = run.out().substring(run.out().indexOf("roll-up of 2 checked record sets\n"));
    assertThat(rollUp)
        .contains("\n  3.4  violated in 1 record set, 1 meeting (1 finding)\n")
        .contains(
            "\n  7.3  violated in 1 record set, 3 meetings (4 findings);"
                + " due in 2 record sets, 4 meetings (4 findings)\n")
        .contains("\n  3.1  violated in 1 record set, department-wide (1 finding);")
        .contains(
            "\n  p-chen-jie  3 incidents in 1 meeting: arrived after the lead (5.1) ×1,"
                + " late without notice (5.6) ×1, catch-up missed or late (5.6) ×1\n")
        .endsWith("\n\n2 record set(s) read, 2 checked, 0 rejected\n");
  }

  @Test
  void theReadmesRollUpExcerptIsWhatABatchPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```text\nroll-up of 2 checked record sets\n");
    assertThat(start).as("the README's roll-up excerpt").isNotNegative();
    String excerpt =
        readme.substring(start + "```text\n".length(), readme.indexOf("```", start + 7));
    Run run = run("--as-of", AS_OF, COMPLIANT, NONCOMPLIANT);

    // Each line of the excerpt ("…" stands for lines left out) is a line of the run, in order.
    List<String> printed = run.out().lines().toList();
    int at = 0;
    for (String line : excerpt.lines().filter(l -> !l.strip().equals("…")).toList()) {
      int found = printed.subList(at, printed.size()).indexOf(line);
      assertThat(found).as("README line %s, in order", line).isNotNegative();
      at += found + 1;
    }
  }

  @Test
  void theRollUpReadsInChineseWithLangZh() {
    Run run = run("--lang", "zh", "--as-of", AS_OF, COMPLIANT, NONCOMPLIANT);

    assertThat(run.out())
        .contains("汇总：已检查 2 份记录\n有违反或待办事项的条款：\n")
        .contains("\n  7.3  违反：1 份记录、3 次会议，共 4 项；待办：2 份记录、4 次会议，共 4 项\n")
        .contains("\n  3.1  违反：1 份记录、部门层面，共 1 项；")
        .contains("\n  p-chen-jie  共 3 次，涉及 1 次会议：未提前到场（5.1）1 次，迟到且未通知（5.6）1 次，未按期补听（5.6）1 次\n");
  }

  @Test
  void oneRecordSetHasNoRollUp() {
    assertThat(run("--as-of", AS_OF, NONCOMPLIANT).out()).doesNotContain("roll-up");
  }

  @Test
  void exitsWithOneAndListsTheViolationsPerMeeting() {
    Run run = run("--as-of", AS_OF, NONCOMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(run.out())
        .contains("meeting m-2026-11-06\n  VIOLATION 3.4 The notice went out at 2026-11-03 14:00")
        .contains("schedule.notice-too-late");
  }

  @Test
  void listsWhatIsDueWithItsDeadline(@TempDir Path dir) throws IOException {
    // Ten days before the golden meeting its notice is due, by 7 days before the start.
    Path file = write(dir, "golden.json", beforeTheNotice());
    String tenDaysBefore = GoldenMeeting.START.minusDays(10).toOffsetDateTime().toString();

    Run run = run("--as-of", tenDaysBefore, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.COMPLIANT);
    assertThat(run.out()).contains("DUE 3.4").contains("(by 2026-11-06 14:00)");
  }

  @Test
  void failsOnDueObligationsWhenAskedTo(@TempDir Path dir) throws IOException {
    Path file = write(dir, "golden.json", beforeTheNotice());
    String tenDaysBefore = GoldenMeeting.START.minusDays(10).toOffsetDateTime().toString();

    assertThat(run("--as-of", tenDaysBefore, "--fail-on", "due", file.toString()).exit())
        .isEqualTo(MeetingCheck.FINDINGS);
    assertThat(run("--as-of", tenDaysBefore, "--fail-on", "warning", file.toString()).exit())
        .isEqualTo(MeetingCheck.COMPLIANT);
  }

  @Test
  void checksEveryJsonFileOfADirectoryInNameOrder() {
    Run run = run("--as-of", AS_OF, "samples");

    assertThat(run.out())
        .containsSubsequence(
            "== samples/compliant-month.json", "== samples/noncompliant-month.json")
        .endsWith("2 record set(s) read, 2 checked, 0 rejected\n");
    assertThat(run.exit()).isEqualTo(MeetingCheck.FINDINGS);
  }

  @Test
  void readsStandardInputForADash() throws IOException {
    byte[] json = Files.readAllBytes(Path.of(NONCOMPLIANT));

    Run run = runWithInput(new ByteArrayInputStream(json), "--as-of", AS_OF, "-");

    assertThat(run.out()).startsWith("== <stdin>\n").contains("VIOLATION 3.4");
    assertThat(run.exit()).isEqualTo(MeetingCheck.FINDINGS);
  }

  @Test
  void judgesAsOfNowWithoutAsOf() {
    Run run = run(NONCOMPLIANT);

    // The fixed clock reads 2026-11-16 18:00 in Shanghai.
    assertThat(run.out()).contains("as of 2026-11-16 18:00 (Asia/Shanghai)");
  }

  @Test
  void writesTheBatchReportAsJsonForFormatJson() throws Exception {
    Run run = run("--as-of", AS_OF, "--format", "json", "samples");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("format").asText()).isEqualTo(ReportJson.BATCH_FORMAT);
    assertThat(json.get("reconciliation").toString())
        .isEqualTo("{\"read\":2,\"checked\":2,\"rejected\":0,\"failed\":0}");
    assertThat(
            json.get("inputs").get(1).get("report").get("findings").get(0).get("clause").asText())
        .isEqualTo("3.4");
    try (InputStream schema = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
      assertThat(
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(schema)
                  .validate(run.out(), InputFormat.JSON))
          .isEmpty();
    }
  }

  @Test
  void writesChineseForLangZh() {
    Run run = run("--as-of", AS_OF, "--lang", "zh", NONCOMPLIANT);

    assertThat(run.out())
        .contains("会议 m-2026-11-06")
        .contains("违规 3.4 会议通知于 2026年11月3日 周二 14:00 发出，仅提前 3 天")
        .contains("发出时间 = 2026年11月3日 周二 14:00；提前量 = 3 天")
        .endsWith("读取 1 份记录，检查 1 份，拒绝 0 份\n");
  }

  @Test
  void listsTheClausesWithTheirRuleIds() {
    Run run = run("--list-rules");

    assertThat(run.exit()).isEqualTo(MeetingCheck.COMPLIANT);
    assertThat(run.out())
        .contains("  3.4 R  The notice goes out at least one week before the start")
        .contains("schedule.notice-too-late")
        .contains("  1.1 I  ")
        .contains("(not checked: informational)");
  }

  @Test
  void appliesAPolicyFile(@TempDir Path dir) throws IOException {
    // The golden notice goes out 8 days ahead: too late for a policy asking for 9.
    Path policy = Files.writeString(dir.resolve("strict.yaml"), "noticeLeadTime: P9D\n");
    Path file = write(dir, "golden.json", GoldenMeeting.records());

    Run run = run("--policy", policy.toString(), file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(run.out()).contains("the policy requires 9 d");
  }

  @Test
  void rejectsABadPolicyFileWithOneLine(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("bad.yaml"), "noticeLeadTime: soon\n");

    Run run = run("--policy", policy.toString(), COMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check: "
                + policy
                + ": noticeLeadTime: 'soon' is not a duration (ISO-8601 such as P5D or PT36H)\n");
  }

  @Test
  void rejectsMalformedJsonWithOneLineNamingWhere(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("broken.json"), "{\n  \"department\": {\n    \"id\": \"sales\",\n  }\n}\n");

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).startsWith(file + ":4:3: ").contains("not valid JSON").hasLineCount(1);
    assertThat(run.out()).endsWith("1 record set(s) read, 0 checked, 1 rejected\n");
  }

  @Test
  void rejectsAnUnknownField(@TempDir Path dir) throws IOException {
    String json = JSON.write(GoldenMeeting.records()).replaceFirst("\"title\"", "\"subject\"");
    Path file = Files.writeString(dir.resolve("unknown.json"), json);

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .matches(
            java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: meetings\\[0\\]\\.subject: unknown property 'subject'\\n");
  }

  @Test
  void rejectsAMeetingThatEndsBeforeItStartsAtTheLineOfItsEnd(@TempDir Path dir)
      throws IOException {
    Meeting golden = GoldenMeeting.GOLDEN;
    Meeting backwards = golden.toBuilder().plannedEnd(golden.plannedStart().minusHours(1)).build();
    Path file =
        write(dir, "backwards.json", GoldenMeeting.records().withMeetings(List.of(backwards)));

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(file + ":" + positionOf(Files.readString(file), "\"plannedEnd\"") + ": ")
        .contains("meetings[0].plannedEnd: ");
  }

  @Test
  void rejectsADuplicateIdAndAnUnknownPersonReference(@TempDir Path dir) throws IOException {
    Meeting golden = GoldenMeeting.GOLDEN;
    Meeting twin = golden.toBuilder().plannedStart(golden.plannedStart().plusWeeks(1)).build();
    Meeting stranger =
        golden.toBuilder()
            .id(org.meetingpolicy.core.model.MeetingId.of("m-stranger"))
            .addInvitations(new Invitation(PersonId.of("p-nobody"), AttendeeRole.PARTICIPANT, null))
            .build();
    DepartmentRecords records =
        DepartmentRecords.of(SampleDepartment.department(), List.of(golden, twin, stranger));
    Path file = write(dir, "bad-ids.json", records);

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err().lines())
        .anyMatch(l -> l.startsWith(file + ":") && l.contains("meetings[1].id: "))
        .anyMatch(l -> l.contains("p-nobody"));
  }

  @Test
  void reconcilesAMixOfGoodAndBadInputsAndStillReportsTheGoodOnes(@TempDir Path dir)
      throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "[");

    Run run = run("--as-of", AS_OF, COMPLIANT, broken.toString(), NONCOMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.out())
        .containsSubsequence("== " + COMPLIANT, "== " + broken, "REJECTED", "== " + NONCOMPLIANT)
        .endsWith("3 record set(s) read, 2 checked, 1 rejected\n");
  }

  @Test
  void rejectsAMissingFileABadOptionAndNoInputWithExitTwo() {
    Run missing = run("--as-of", AS_OF, "samples/no-such.json");
    Run badTime = run("--as-of", "yesterday", COMPLIANT);
    Run badFormat = run("--format", "xml", COMPLIANT);
    Run nothing = run("--as-of", AS_OF);

    assertThat(missing.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(missing.err())
        .isEqualTo("meeting-check: samples/no-such.json: no such file or directory\n");
    assertThat(badTime.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(badTime.err()).startsWith("meeting-check: Invalid value for option '--as-of':");
    assertThat(badFormat.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(badFormat.err()).contains("'xml' is not one of text, json");
    assertThat(nothing.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(nothing.err()).startsWith("meeting-check: no input");
  }

  @Test
  void reportsAnInternalErrorWithExitThreeAndNoStackTraceUnlessDebugging() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("disk on fire");
          }
        };

    Run quiet = runWithInput(failing, "--as-of", AS_OF, "-");
    Run debug = runWithInput(failing, "--as-of", AS_OF, "--debug", "-");

    assertThat(quiet.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(quiet.err())
        .isEqualTo(
            "meeting-check: internal error: java.lang.IllegalStateException: disk on fire"
                + " (run with --debug for the stack trace)\n");
    assertThat(debug.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(debug.err()).contains("disk on fire").contains("\tat ");
  }

  @Test
  void printsHelpAndVersion() {
    Run help = run("--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("Usage: meeting-check")
        .contains("--fail-on=SEVERITY")
        .contains("Exit codes:");
    assertThat(run("--version").out()).startsWith("meeting-check ");
  }

  private static Path write(Path dir, String name, DepartmentRecords records) throws IOException {
    Path file = dir.resolve(name);
    JSON.write(records, file);
    return file;
  }

  /** {@code line:column} of the first occurrence, counting from 1. */
  private static String positionOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    long line = before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    return line + ":" + column;
  }

  /** The golden records before anything was sent: the notice is still due. */
  private static DepartmentRecords beforeTheNotice() {
    Meeting unsent =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();
    return GoldenMeeting.records().withMeetings(List.of(unsent));
  }
}
