package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.json.HostileDocuments.Case;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * Broken and hostile documents ({@link HostileDocuments}): each is refused with a {@link
 * RecordReadException} whose message is one short line naming the source, line, column, path and
 * problem; nothing hangs, and large inputs are refused at the read limits while they stream in.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileDocumentsTest {

  private static final RecordJson JSON = RecordJson.create();
  private static final long HUNDRED_MIB = 100L << 20;

  static Stream<Case> corpus() {
    return HostileDocuments.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusesWithOneLineNamingSourcePositionPathAndProblem(Case hostile) {
    String source = hostile.name() + ".json";

    RecordReadException error = refusal(() -> JSON.read(hostile.bytes(), source));

    assertOneLineNamingWhere(error, source);
    assertThat(error.path()).isEqualTo(hostile.path());
    assertThat(error.problem()).startsWith(hostile.problem());
    // A stream of the same bytes gets the same verdict.
    RecordReadException streamed =
        refusal(() -> JSON.read(new ByteArrayInputStream(hostile.bytes()), source));
    assertThat(streamed.getMessage()).isEqualTo(error.getMessage());
  }

  @Test
  void refusesTheGoldenRecordsCutShortAtThousandsOfPlaces() {
    // Every fifth byte: inside names, strings, numbers, literals and between tokens, at every
    // depth. (Every byte takes four times as long and finds nothing more.)
    List<Case> truncations = HostileDocuments.truncations(5);
    assertThat(truncations).hasSizeGreaterThan(3_500);

    for (Case truncated : truncations) {
      String source = truncated.name() + ".json";
      RecordReadException error = refusal(() -> JSON.read(truncated.bytes(), source));

      assertOneLineNamingWhere(error, source);
      assertThat(error.problem())
          .as(source)
          .startsWith(truncated.problem())
          .matches("empty document.*|.*Unexpected end-of-input.*|.*Unrecognized token '[tfn].*");
    }
  }

  /**
   * Nesting that the types allow and the limit does not. With the default limit (16) no document
   * can get there, as the format's deepest value lies 8 levels down and binding refuses anything
   * deeper as a wrong type first; so the limit is lowered below the golden records' depth, and each
   * of those limits must be met with its own refusal, streamed or not.
   */
  @ParameterizedTest(name = "limit {0}")
  @MethodSource("limitsBelowTheFormatsDepth")
  void refusesDocumentsNestedWithinTheTypesBeyondTheNestingLimit(int limit) {
    RecordJson shallow = RecordJson.create(ReadLimits.DEFAULT.withMaxNestingDepth(limit));
    byte[] golden = HostileDocuments.GOLDEN.getBytes(StandardCharsets.UTF_8);

    RecordReadException error = refusal(() -> shallow.read(golden, "deep.json"));

    assertOneLineNamingWhere(error, "deep.json");
    assertThat(error.problem())
        .isEqualTo(
            "too large: Document nesting depth ("
                + (limit + 1)
                + ") exceeds the maximum allowed ("
                + limit
                + ")");
    assertThat(refusal(() -> shallow.read(new ByteArrayInputStream(golden), "deep.json")))
        .hasMessage(error.getMessage());
  }

  static Stream<Integer> limitsBelowTheFormatsDepth() {
    return Stream.iterate(1, d -> d < 8, d -> d + 1);
  }

  @Test
  void stillReadsTheGoldenRecordsWithoutTheirFinalLineFeed() throws Exception {
    String golden = HostileDocuments.GOLDEN;

    assertThat(JSON.read(golden.substring(0, golden.length() - 1), "no-newline.json"))
        .isEqualTo(GoldenMeeting.records());
  }

  static Stream<Arguments> hundredMebibyteStreams() {
    String department = "{\"department\": {\"id\": \"s\", \"name\": ";
    String room =
        department + "\"S\", \"rooms\": [{\"id\": \"r\", \"name\": \"R\", \"kind\": \"OTHER\", ";
    return Stream.of(
        Arguments.of(
            "a string",
            GeneratedStream.of(department + "\"", "x", HUNDRED_MIB, "\"}}"),
            "department.name: too large: String value length",
            1L << 20),
        Arguments.of(
            "a string of Chinese",
            GeneratedStream.of(department + "\"", "销售部", HUNDRED_MIB, "\"}}"),
            "department.name: too large: String value length",
            1L << 20),
        Arguments.of(
            "an array of constants",
            GeneratedStream.of(
                room + "\"capacity\": 1, \"equipment\": [", "\"SOUND\", ", HUNDRED_MIB, "]}]}}"),
            "department.rooms[0].equipment[10000]: too large: array length",
            1L << 20),
        Arguments.of(
            "an array of objects",
            GeneratedStream.of(
                department + "\"S\", \"people\": [",
                "{\"id\": \"p\", \"name\": \"P\", \"department\": \"s\", \"position\": \"MANAGER\"},",
                HUNDRED_MIB,
                "{}]}}"),
            "department.people[10000]: too large: array length",
            2L << 20),
        Arguments.of(
            "a number",
            GeneratedStream.of(room + "\"capacity\": ", "9", HUNDRED_MIB, "}]}}"),
            "department.rooms[0].capacity: too large:",
            1L << 20),
        Arguments.of(
            "a property name",
            GeneratedStream.of("{\"", "x", HUNDRED_MIB, "\": 1}"),
            "too large: Name length",
            1L << 20),
        Arguments.of(
            "white space",
            GeneratedStream.of("{", " ", HUNDRED_MIB, "}"),
            "too large: Document length",
            17L << 20),
        Arguments.of(
            "opening brackets",
            GeneratedStream.of("", "[", HUNDRED_MIB, ""),
            "expected an object (DepartmentRecords), found an array",
            1L << 20),
        Arguments.of(
            "NUL bytes",
            GeneratedStream.of("", "\u0000", HUNDRED_MIB, ""),
            "not valid JSON: NUL byte",
            1L << 20));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hundredMebibyteStreams")
  void refusesAHundredMebibyteStreamAtTheLimitsWithoutReadingItAll(
      String what, GeneratedStream stream, String expected, long maxBytesRead) {
    long allocatedBefore = allocatedByThisThread();

    RecordReadException error = refusal(() -> JSON.read(stream, "<stdin>"));

    long allocated = allocatedByThisThread() - allocatedBefore;
    assertOneLineNamingWhere(error, "<stdin>");
    assertThat(error.getMessage()).contains(expected);
    assertThat(stream.served()).as("bytes read").isLessThan(maxBytesRead);
    if (allocated >= 0) {
      // Everything the reader allocated, garbage included: far below the stream's 100 MiB.
      assertThat(allocated).as("bytes allocated").isLessThan(48L << 20);
    }
  }

  @Test
  void refusesBytesBeyondTheDocumentLimitAsAStreamWould() {
    // Jackson refuses such an array before parsing; it once escaped as UncheckedIOException.
    // Streamed, the length is checked at every buffer Jackson fills (8,000 bytes).
    byte[] json = ("{" + " ".repeat(50_000) + "}").getBytes(StandardCharsets.UTF_8);
    RecordJson small = RecordJson.create(ReadLimits.DEFAULT.withMaxDocumentLength(10_000));

    RecordReadException error = refusal(() -> small.read(json, "big.json"));

    assertOneLineNamingWhere(error, "big.json");
    assertThat(error.problem())
        .matches("too large: Document length \\(\\d+\\) exceeds the maximum allowed \\(10000\\)");
    assertThat(refusal(() -> small.read(new ByteArrayInputStream(json), "big.json")))
        .hasMessage(error.getMessage());
  }

  @Test
  void readsADocumentWithAUtf8ByteOrderMarkAsWithoutIt() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] golden = HostileDocuments.GOLDEN.getBytes(StandardCharsets.UTF_8);
    byte[] broken = "{\"department\": 1}".getBytes(StandardCharsets.UTF_8);

    assertThat(JSON.read(concat(bom, golden), "bom.json")).isEqualTo(GoldenMeeting.records());
    // The mark is not counted as a column.
    assertThat(refusal(() -> JSON.read(concat(bom, broken), "bom.json")).position())
        .isEqualTo(refusal(() -> JSON.read(broken, "bom.json")).position())
        .contains(new SourcePosition(1, 16));
  }

  @Test
  void readsTabsAndLineBreaksInText() throws Exception {
    String json =
        HostileDocuments.GOLDEN.replaceFirst(
            "\"Sales Department\"",
            "\"Sales\\\\tDepartment\\\\r\\\\nShanghai \\\\uD83D\\\\uDE00\"");

    assertThat(JSON.read(json, "text.json").department().name())
        .isEqualTo("Sales\tDepartment\r\nShanghai \uD83D\uDE00");
  }

  @Test
  void leavesTheCallersStreamOpen() throws Exception {
    List<String> events = new ArrayList<>();
    var in =
        new FilterInputStream(
            new ByteArrayInputStream(HostileDocuments.GOLDEN.getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() throws IOException {
            events.add("closed");
            super.close();
          }
        };

    JSON.read(in, "<stdin>");

    assertThat(events).isEmpty();
  }

  /** The exception {@code read} throws, which must be a {@link RecordReadException}. */
  static RecordReadException refusal(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(RecordReadException.class);
    return (RecordReadException) thrown;
  }

  /** One printable line of at most 300 characters: source, line, column, path, problem. */
  static void assertOneLineNamingWhere(RecordReadException error, String source) {
    String message = error.getMessage();
    assertThat(message)
        .as(source)
        .hasSizeLessThanOrEqualTo(300)
        .matches(Pattern.quote(source) + ":[1-9][0-9]*:[1-9][0-9]*: .+");
    assertThat(message.chars()).as(message).noneMatch(c -> Character.isISOControl(c));
    assertThat(error.source()).isEqualTo(source);
    assertThat(error.position()).isPresent();
    assertThat(message)
        .isEqualTo(
            source
                + ":"
                + error.position().orElseThrow()
                + ": "
                + (error.path().isEmpty() ? "" : error.path() + ": ")
                + error.problem());
  }

  private static long allocatedByThisThread() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()) {
      return threads.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }
}
