package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.Clause;
import org.meetingpolicy.rules.ClauseKind;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * {@code meeting-check} at scale and at the edges (issue 14), one test per case: reports streamed
 * as they are checked, progress on standard error, bounded policy files, every directory entry
 * accounted for, and one line with exit code 3 for anything that is not the input's fault.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MeetingCheckReliabilityTest {

  private static final String AS_OF = "2026-12-10T12:00+08:00";
  private static final String COMPLIANT = "samples/compliant-month.json";
  private static final RecordJson JSON = RecordJson.create();
  private static final byte[] GOLDEN =
      JSON.write(GoldenMeeting.records()).getBytes(StandardCharsets.UTF_8);
  private static final Clock CLOCK = Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC);
  private static final Pattern STACK_TRACE = Pattern.compile("\\tat |Exception\\b|Error:\\s*$");

  private static Run run(String... args) {
    return Run.of(CLOCK, InputStream.nullInputStream(), args);
  }

  private static Run run(MeetingCheck.Settings settings, String... args) {
    return Run.of(CLOCK, InputStream.nullInputStream(), settings, args);
  }

  // ---- streaming -------------------------------------------------------------------------------

  @Test
  void writesEachChunksReportsBeforeReadingTheNextInputAsText(@TempDir Path dir) throws Exception {
    assertStreams(dir, "text", "== ");
  }

  @Test
  void writesEachChunksReportsBeforeReadingTheNextInputAsJson(@TempDir Path dir) throws Exception {
    assertStreams(dir, "json", "\"outcome\": \"CHECKED\"");
  }

  /**
   * A full chunk of files, then a named pipe that nobody writes to yet: the run must have written
   * the chunk's reports while it waits on the pipe, which it could not if it held them to the end.
   */
  private static void assertStreams(Path dir, String format, String perInput) throws Exception {
    int files = MeetingCheck.CHUNK_DOCUMENTS;
    for (int i = 0; i < files; i++) {
      Files.write(dir.resolve(String.format("r%03d.json", i)), GOLDEN);
    }
    Path pipe = fifo(dir.resolve("last.pipe"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                Run.into(
                    out,
                    err,
                    CLOCK,
                    InputStream.nullInputStream(),
                    MeetingCheck.Settings.DEFAULT,
                    "--as-of",
                    AS_OF,
                    "--quiet",
                    "--format",
                    format,
                    dir.toString(),
                    pipe.toString()));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(200);
    while (count(out.toString(), perInput) < files && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(exit).as("still waiting on the pipe").isNotDone();
    assertThat(count(out.toString(), perInput)).isEqualTo(files);
    try (OutputStream writer = Files.newOutputStream(pipe)) {
      writer.write(GOLDEN);
    }

    assertThat(exit.get(100, TimeUnit.SECONDS)).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(count(out.toString(), perInput)).isEqualTo(files + 1);
    String reconciliation =
        format.equals("json")
            ? "\"read\": 65,\n    \"checked\": 65,\n    \"rejected\": 0,\n    \"failed\": 0"
            : "65 record set(s) read, 65 checked, 0 rejected\n";
    assertThat(out.toString()).contains(reconciliation);
  }

  // ---- progress --------------------------------------------------------------------------------

  @Test
  void writesACountLineToStandardErrorWhenItIsNoTerminalAndNothingWithQuiet(@TempDir Path dir)
      throws IOException {
    for (int i = 0; i < 3; i++) {
      Files.write(dir.resolve("r" + i + ".json"), GOLDEN);
    }
    MeetingCheck.Settings everyRecordSet =
        new MeetingCheck.Settings(MeetingCheck.Settings.DEFAULT.engines(), Duration.ZERO, false);

    Run counted = run(everyRecordSet, "--as-of", AS_OF, dir.toString());
    Run quiet = run(everyRecordSet, "--as-of", AS_OF, "--quiet", dir.toString());

    assertThat(counted.err().lines())
        .containsExactly(
            "meeting-check: 1 of 3 record sets done: 1 checked, 0 not",
            "meeting-check: 2 of 3 record sets done: 2 checked, 0 not");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(counted.out());
  }

  @Test
  void drawsABarOnATerminalAndClearsItBeforeItEnds(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.json"), GOLDEN);
    Files.write(dir.resolve("b.json"), GOLDEN);
    // Redrawn after every record set: with a warm engine the run takes less than the 100 ms
    // between redraws that a real terminal gets, and the 1/2 bar would be skipped.
    MeetingCheck.Settings terminal =
        new MeetingCheck.Settings(MeetingCheck.Settings.DEFAULT.engines(), Duration.ZERO, true);

    Run run = run(terminal, "--as-of", AS_OF, dir.toString());

    assertThat(run.err()).contains("\r[###############---------------] 1/2 record sets");
    assertThat(run.err()).contains("\r[##############################] 2/2 record sets");
    assertThat(run.err()).endsWith("\r");
    assertThat(run.err()).doesNotContain("\n");
  }

  // ---- the policy file -------------------------------------------------------------------------

  @Test
  void refusesAPolicyThatIsNoRegularFileWithOneLine(@TempDir Path dir) throws Exception {
    Path pipe = fifo(dir.resolve("policy.yaml"));

    Run fromPipe = run("--policy", pipe.toString(), COMPLIANT);
    Run fromFolder = run("--policy", dir.toString(), COMPLIANT);

    assertThat(fromPipe.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(fromPipe.err())
        .isEqualTo(
            "meeting-check: cannot read policy file "
                + pipe
                + ": not a regular file (a device or a named pipe?)\n");
    assertThat(fromFolder.err())
        .isEqualTo(
            "meeting-check: cannot read policy file "
                + dir
                + ": is a directory, not a policy file\n");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      Run fromZero = run("--policy", zero.toString(), COMPLIANT);
      assertThat(fromZero.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
      assertThat(fromZero.err()).hasLineCount(1).contains("not a regular file");
    }
  }

  @Test
  void refusesAPolicyFileLargerThanTheDocumentLimit(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.properties");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i <= 16 * 1024; i++) {
        out.write(line);
      }
    }

    Run run = run("--policy", huge.toString(), COMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo("meeting-check: " + huge + ": too large: more than 16777216 bytes\n");
  }

  @Test
  void refusesPolicyAmountsBeyondTheirRangeNamingTheKey(@TempDir Path dir) throws IOException {
    Path days =
        Files.writeString(dir.resolve("days.yaml"), "minutesDistributionWorkingDays: 2147483647\n");
    Path lead =
        Files.writeString(dir.resolve("lead.properties"), "noticeLeadTime=P1000000000000D\n");

    Run manyDays = run("--policy", days.toString(), COMPLIANT);
    Run longLead = run("--policy", lead.toString(), COMPLIANT);

    assertThat(manyDays.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(manyDays.err())
        .isEqualTo(
            "meeting-check: "
                + days
                + ": minutesDistributionWorkingDays: must be from 0 to 250: 2147483647\n");
    assertThat(longLead.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(longLead.err())
        .isEqualTo(
            "meeting-check: "
                + lead
                + ": noticeLeadTime: must be from PT0S to P366D: P1000000000000D\n");
  }

  // ---- evaluate --------------------------------------------------------------------------------

  private static final String TWO_QUARTERS = "samples/evaluation/two-quarters.json";

  @Test
  void evaluateRefusesAHundredThousandPeriodsWithExitTwo() {
    Run run = run("evaluate", "--period", "2026-Q4", "--periods", "100000", TWO_QUARTERS);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check evaluate: --periods 100000: at most 104 periods (two years of weeks)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluateRefusesPeriodsBeforeTheYearZeroWithOneLine() {
    Run run = run("evaluate", "--period", "0000-01", TWO_QUARTERS);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check evaluate: --period 0000-01 with --periods 2 reaches back before the"
                + " year 0000: nothing to compare with\n");
  }

  @Test
  void evaluateRefusesAnOutputThatIsOneOfItsInputs(@TempDir Path dir) throws IOException {
    Path input = Files.copy(Path.of(TWO_QUARTERS), dir.resolve("two-quarters.json"));
    byte[] before = Files.readAllBytes(input);
    String[] common = {"evaluate", "--period", "2026-Q4", "--as-of", "2027-01-01T12:00+08:00"};

    Run sameFile = run(concat(common, "--output", input.toString(), input.toString()));
    Run inFolder =
        run(
            concat(
                common, "--output", dir.resolve("./two-quarters.json").toString(), dir.toString()));

    for (Run run : List.of(sameFile, inFolder)) {
      assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
      assertThat(run.err())
          .startsWith("meeting-check evaluate: --output ")
          .contains("is one of the inputs")
          .hasLineCount(1);
    }
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  // ---- inputs ----------------------------------------------------------------------------------

  @Test
  void reportsAndCountsADanglingLinkALinkLoopAndAPipeInAFolder(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a-good.json"), GOLDEN);
    Path dangling = Files.createSymbolicLink(dir.resolve("b-dangling.json"), dir.resolve("gone"));
    Path loop = dir.resolve("c-loop.json");
    Files.createSymbolicLink(loop, loop);
    Path pipe = fifo(dir.resolve("d-pipe.json"));

    Run run = run("--as-of", AS_OF, dir.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err().lines())
        .containsExactly(
            dangling + ": dangling symbolic link: its target does not exist",
            loop + ": symbolic link loop: too many levels of symbolic links",
            pipe + ": not a regular file (a named pipe, a device or a socket): not read");
    assertThat(run.out()).endsWith("4 record set(s) read, 1 checked, 3 rejected\n");
  }

  @Test
  void refusesAnEmptyNameInsteadOfCheckingTheCurrentDirectory() {
    Run run = run("--as-of", AS_OF, "");

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check: '': an empty name is not a file; name . for the current directory\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rejectsAFileItMayNotReadAndStillChecksTheOthers(@TempDir Path dir) throws IOException {
    // As root a file without permissions is still readable; a write-only sysctl is not, even to
    // root, and takes the same path (AccessDeniedException).
    Path file = Files.write(dir.resolve("secret.json"), GOLDEN);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Path unreadable = Files.isReadable(file) ? Path.of("/proc/sys/vm/compact_memory") : file;
    assumeTrue(Files.exists(unreadable), "needs a file this process may not read");

    Run run = run("--as-of", AS_OF, COMPLIANT, unreadable.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).isEqualTo(unreadable + ": permission denied\n");
    assertThat(run.out()).endsWith("2 record set(s) read, 1 checked, 1 rejected\n");
  }

  @Test
  void refusesASecondByteOrderMark(@TempDir Path dir) throws IOException {
    byte[] twice = new byte[GOLDEN.length + 6];
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    System.arraycopy(bom, 0, twice, 0, 3);
    System.arraycopy(bom, 0, twice, 3, 3);
    System.arraycopy(GOLDEN, 0, twice, 6, GOLDEN.length);
    Path file = Files.write(dir.resolve("boms.json"), twice);

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(file + ":1:1: not valid JSON: a second UTF-8 byte order mark (EF BB BF)")
        .hasLineCount(1);
  }

  @Test
  void refusesAMeetingThatEndsWhenItStarts(@TempDir Path dir) throws IOException {
    var golden = GoldenMeeting.GOLDEN;
    DepartmentRecords empty =
        DepartmentRecords.of(
            GoldenMeeting.records().department(),
            golden.toBuilder().plannedEnd(golden.plannedStart()).build());
    Path file = Files.writeString(dir.resolve("empty.json"), JSON.write(empty));

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .matches(
            Pattern.quote(file.toString())
                + ":\\d+:\\d+: meetings\\[0\\]\\.plannedEnd: must be after plannedStart\\n");
  }

  @Test
  void refusesBidiControlsInIdsAndEscapesThemInFreeText(@TempDir Path dir) throws IOException {
    DepartmentRecords spoofed =
        DepartmentRecords.of(
            GoldenMeeting.records().department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-\u202egnp.exe")).build());
    Path bad = Files.writeString(dir.resolve("spoofed.json"), JSON.write(spoofed));
    Path named = Files.write(dir.resolve("evil\u202enosj.json"), GOLDEN);

    Run run = run("--as-of", AS_OF, bad.toString(), named.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).contains(": meetings[0].id: must be a non-blank id");
    assertThat(run.out() + run.err()).doesNotContain("\u202e");
    assertThat(run.out()).contains("== " + dir + "/evil\\u202Enosj.json\n");
  }

  // ---- failures that are not the input's -------------------------------------------------------

  /** A host's rule that throws {@code error} for the meeting with id "m-boom". */
  private static MeetingCheck.Settings hostRuleThrowing(String error) {
    String drl =
        """
        package com.example.host
        import org.meetingpolicy.rules.facts.*
        rule "X-1 throws for m-boom"
            @clause("X-1") @ruleId("host.boom")
        when
            $m : MeetingFact( meeting.id.value == "m-boom" )
        then
            throw new %s("injected");
        end
        """
            .formatted(error);
    Function<MeetingPolicy, ComplianceEngine> engines =
        policy ->
            ComplianceEngine.builder()
                .policy(policy)
                .addClauses(List.of(new Clause("X-1", ClauseKind.R, "Host", "主机规则", "Host rule")))
                .addRules("boom.drl", drl)
                .build();
    return new MeetingCheck.Settings(engines, Duration.ofHours(1), false);
  }

  private static Path boom(Path dir) throws IOException {
    DepartmentRecords records =
        DepartmentRecords.of(
            GoldenMeeting.records().department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-boom")).build());
    return Files.writeString(dir.resolve("b-boom.json"), JSON.write(records));
  }

  @Test
  void aRuleThrowingForOneRecordSetFailsItAloneWithExitThreeAndTheOthersAreReported(
      @TempDir Path dir) throws IOException {
    Files.write(dir.resolve("a.json"), GOLDEN);
    boom(dir);
    Files.write(dir.resolve("c.json"), GOLDEN);

    Run run = run(hostRuleThrowing("IllegalStateException"), "--as-of", AS_OF, dir.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(run.err())
        .startsWith(dir.resolve("b-boom.json") + ": rule \"X-1 throws for m-boom\" failed")
        .hasLineCount(1);
    assertThat(run.out()).contains("FAILED: a rule failed while checking it, see stderr");
    assertThat(run.out()).endsWith("3 record set(s) read, 2 checked, 0 rejected, 1 failed\n");
  }

  @Test
  void anErrorThrownInsideACheckIsOneLineWithExitThreeAndNoStackTrace(@TempDir Path dir)
      throws IOException {
    Path file = boom(dir);

    Run run = run(hostRuleThrowing("StackOverflowError"), "--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(run.err()).hasLineCount(1).contains("StackOverflowError");
    assertThat(STACK_TRACE.matcher(run.err()).find()).as(run.err()).isFalse();
  }

  @Test
  void anOutOfMemoryErrorAnywhereIsOneLineWithExitThree() {
    MeetingCheck.Settings failing =
        new MeetingCheck.Settings(
            policy -> {
              throw new OutOfMemoryError("Java heap space (injected)");
            },
            Duration.ofHours(1),
            false);

    Run run = run(failing, "--as-of", AS_OF, COMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check: internal error: java.lang.OutOfMemoryError: Java heap space"
                + " (injected) (run with --debug for the stack trace)\n");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Path fifo(Path path) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    return path;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
