package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.json.GeneratedStream;
import org.meetingpolicy.json.HostileDocuments;
import org.meetingpolicy.json.HostileDocuments.Case;
import org.meetingpolicy.json.ReadLimits;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * {@code meeting-check} on hostile input (the reader's corpus, {@link HostileDocuments}) and on bad
 * invocations: exit code 2, one line per problem on standard error, never a stack trace, never a
 * hang, and no more than the document limit read from any input.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MeetingCheckHostileInputTest {

  private static final String AS_OF = "2026-12-10T12:00+08:00";
  private static final String COMPLIANT = "samples/compliant-month.json";
  private static final String HINT = "Try 'meeting-check --help' for more information.";
  private static final long LIMIT = ReadLimits.DEFAULT.maxDocumentLength();
  private static final RecordJson JSON = RecordJson.create();

  private static Run run(InputStream stdin, String... args) {
    return Run.of(Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC), stdin, args);
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  @Test
  void rejectsEveryHostileFileOfAFolderWithTheReadersOneLineAndExitTwo(@TempDir Path dir)
      throws IOException {
    List<Case> corpus = new ArrayList<>(HostileDocuments.all());
    corpus.addAll(HostileDocuments.truncations(499));
    List<String> expected = new ArrayList<>();
    for (Case hostile : corpus) {
      Path file = Files.write(dir.resolve(hostile.name() + ".json"), hostile.bytes());
      expected.add(readerMessage(file));
    }

    Run run = run("--as-of", AS_OF, "--fail-on", "due", dir.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err().lines()).containsExactlyInAnyOrderElementsOf(expected);
    assertNoStackTrace(run);
    assertThat(run.out())
        .endsWith(
            corpus.size() + " record set(s) read, 0 checked, " + corpus.size() + " rejected\n");
  }

  static Stream<Arguments> emptyStandardInputs() {
    return Stream.of(
        Arguments.of("", "<stdin>:1:1: "), Arguments.of("  \n\t \r\n", "<stdin>:3:1: "));
  }

  @ParameterizedTest
  @MethodSource("emptyStandardInputs")
  void rejectsAnEmptyStandardInput(String input, String where) {
    Run run =
        run(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            "--as-of",
            AS_OF,
            "-");

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(where + "empty document: expected an object with the department's records\n");
    assertThat(run.out()).endsWith("1 record set(s) read, 0 checked, 1 rejected\n");
  }

  @Test
  void readsNoMoreThanTheDocumentLimitFromAHundredMebibyteStandardInput() {
    // The reader's tests cover such strings, arrays and numbers; here: what the command reads.
    GeneratedStream stdin = GeneratedStream.of("{", " ", 100L << 20, "}");

    Run run = run(stdin, "--as-of", AS_OF, "-");

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith("<stdin>:1:")
        .contains("too large: Document length")
        .hasLineCount(1);
    assertThat(stdin.served()).isEqualTo(LIMIT + 1);
  }

  @Test
  void rejectsAFileLargerThanTheDocumentLimitWithExitTwo(@TempDir Path dir) throws IOException {
    // Once an internal error (exit 3): the reader let Jackson's refusal of the bytes escape.
    Path file = Files.writeString(dir.resolve("huge.json"), "{" + " ".repeat(17 << 20) + "}");

    Run run = run("--as-of", AS_OF, file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(file + ":1:")
        .contains("too large: Document length")
        .hasLineCount(1);
  }

  @Test
  void readsNoMoreThanTheDocumentLimitFromAnEndlessFile() {
    // Once read whole: OutOfMemoryError after a minute, with a stack trace.
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "needs /dev/zero");

    Run run = run("--as-of", AS_OF, zero.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).startsWith("/dev/zero:1:1: not valid JSON: NUL byte").hasLineCount(1);
  }

  @Test
  void rejectsAFileThatCannotBeReadWithOneLine() {
    // Reading /proc/self/mem from its start fails with an I/O error, even for root.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "needs Linux's /proc/self/mem");

    Run run = run("--as-of", AS_OF, mem.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    // Rejected in its place, like a malformed input: one line, counted.
    assertThat(run.err()).matches("/proc/self/mem: [^\\n]+\\n");
    assertThat(run.out()).endsWith("1 record set(s) read, 0 checked, 1 rejected\n");
    assertNoStackTrace(run);
  }

  // A file without read permission, also when the tests run as root:
  // MeetingCheckReliabilityTest.rejectsAFileItMayNotReadAndStillChecksTheOthers.

  @Test
  void rejectsADirectoryWithoutJsonFiles(@TempDir Path dir) throws IOException {
    // Once "0 record set(s) read" and exit 0: a typo in a folder name passed for compliance.
    Files.writeString(dir.resolve("notes.txt"), "{}");
    Files.createDirectory(dir.resolve("november.json"));

    Run run = run("--as-of", AS_OF, dir.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo("meeting-check: " + dir + ": no *.json files in the directory\n");
  }

  static Stream<Arguments> badInvocations() {
    return Stream.of(
        Arguments.of(
            List.of("--as-of", AS_OF, "no-such-file.json"),
            "meeting-check: no-such-file.json: no such file or directory"),
        Arguments.of(
            List.of("--as-of", AS_OF, "no-such-folder/"),
            "meeting-check: no-such-folder/: no such file or directory"),
        Arguments.of(
            List.of("--as-of", "yesterday", COMPLIANT),
            "meeting-check: Invalid value for option '--as-of': 'yesterday' is not an instant:"
                + " expected a date-time with offset such as 2026-11-13T14:00+08:00 or"
                + " 2026-11-13T06:00:00Z"),
        Arguments.of(
            List.of("--as-of", "2026-12-10T12:00", COMPLIANT),
            "meeting-check: Invalid value for option '--as-of': '2026-12-10T12:00' is not an"
                + " instant:"),
        Arguments.of(
            List.of("--as-of", "2026-02-30T12:00Z", COMPLIANT),
            "meeting-check: Invalid value for option '--as-of': '2026-02-30T12:00Z' is not an"
                + " instant: Text '2026-02-30T12:00Z' could not be parsed: Invalid date"),
        Arguments.of(
            List.of("--as-of", "2026-12-10T12:00+08:00[Asia/Shanghai]", COMPLIANT),
            "meeting-check: Invalid value for option '--as-of': '2026-12-10T12:00+08:00[Asia/"),
        Arguments.of(
            List.of("--as-of", "", COMPLIANT),
            "meeting-check: Invalid value for option '--as-of': '' is not an instant:"),
        Arguments.of(
            List.of("--fail-on", "error", COMPLIANT),
            "meeting-check: Invalid value for option '--fail-on': 'error' is not one of violation,"
                + " warning, due"),
        Arguments.of(
            List.of("--no-such-option", COMPLIANT),
            "meeting-check: Unknown option: '--no-such-option'"));
  }

  @ParameterizedTest
  @MethodSource("badInvocations")
  void rejectsABadInvocationWithExitTwoAndOneLine(List<String> args, String message) {
    Run run = run(args.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).startsWith(message);
    // Usage errors add picocli's hint; nothing else follows.
    assertThat(lines.subList(1, lines.size())).isSubsetOf(HINT);
    assertNoStackTrace(run);
    assertThat(run.out()).isEmpty();
  }

  static Stream<Arguments> badPolicyFiles() {
    return Stream.of(
        Arguments.of(
            "unknown-key.yaml",
            "noticeLeadTme: P5D\n",
            "noticeLeadTme: unknown parameter (did you mean 'noticeLeadTime'?)"),
        Arguments.of(
            "bad-value.properties",
            "noticeLeadTime=soon\n",
            "noticeLeadTime: 'soon' is not a duration (ISO-8601 such as P5D or PT36H)"),
        Arguments.of("bad-day.yaml", "regularMeetingDay: FUNDAY\n", "regularMeetingDay: 'FUNDAY'"),
        Arguments.of("not-yaml.yaml", "noticeLeadTime: [P5D\n", ""),
        Arguments.of("a-list.yaml", "- noticeLeadTime\n", ""));
  }

  @ParameterizedTest
  @MethodSource("badPolicyFiles")
  void rejectsABadPolicyFileWithExitTwoAndOneLineNamingIt(
      String name, String content, String problem, @TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve(name), content);

    Run run = run("--policy", policy.toString(), COMPLIANT);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).startsWith("meeting-check: " + policy + ": " + problem).hasLineCount(1);
    assertNoStackTrace(run);
  }

  @Test
  void rejectsAMissingPolicyFileAndAFolderAsPolicyWithOneLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");

    Run notThere = run("--policy", missing.toString(), COMPLIANT);
    Run folder = run("--policy", dir.toString(), COMPLIANT);

    assertThat(notThere.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(notThere.err())
        .isEqualTo(
            "meeting-check: cannot read policy file " + missing + ": no such file or directory\n");
    assertThat(folder.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(folder.err()).startsWith("meeting-check: cannot read policy file " + dir + ": ");
    assertThat(folder.err()).hasLineCount(1);
  }

  /** What the reader says about the file: the line meeting-check must print. */
  private static String readerMessage(Path file) throws IOException {
    Throwable error = catchThrowable(() -> JSON.read(file));
    assertThat(error).as(file.toString()).isInstanceOf(RecordReadException.class);
    return error.getMessage();
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err())
        .doesNotContain("at org.")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }
}
