package org.meetingpolicy.json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * Broken and hostile records documents, generated from the golden records, each with what the
 * reader must say about it: the JSON path and the start of the problem. Shared with the
 * command-line tests (meeting-json's test jar).
 */
public final class HostileDocuments {

  /** The golden records as the writer writes them: 667 lines, 17,579 bytes. */
  public static final String GOLDEN = RecordJson.create().write(GoldenMeeting.records());

  private static final String MINIMAL_DEPARTMENT =
      "{\"department\": {\"id\": \"s\", \"name\": \"S\"}";

  private HostileDocuments() {}

  /**
   * A document and the reader's verdict on it.
   *
   * @param name names the case; also a file name without {@code .json}
   * @param bytes the document
   * @param path the JSON path the error must name; empty for the document as a whole
   * @param problem how the problem must start
   */
  public record Case(String name, byte[] bytes, String path, String problem) {

    static Case of(String name, String json, String path, String problem) {
      return new Case(name, json.getBytes(StandardCharsets.UTF_8), path, problem);
    }

    /** The golden records with the first match of {@code regex} replaced. */
    static Case golden(String name, String regex, String replacement, String path, String problem) {
      String json = GOLDEN.replaceFirst(regex, replacement);
      if (json.equals(GOLDEN)) {
        throw new IllegalArgumentException(name + ": '" + regex + "' is not in the golden records");
      }
      return of(name, json, path, problem);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every case but the truncations. */
  public static List<Case> all() {
    return Stream.of(
            topLevel(),
            trailing(),
            wrongTypes(),
            numbers(),
            largeValues(),
            nesting(),
            duplicates(),
            times(),
            encodings(),
            nulBytes(),
            controlCharacters(),
            echoes())
        .flatMap(List::stream)
        .toList();
  }

  /**
   * The golden records cut short after every {@code step}-th byte, from none at all. The problem is
   * the end of the input, or, where a {@code true}, {@code false} or {@code null} is cut, an
   * unrecognized token.
   */
  public static List<Case> truncations(int step) {
    byte[] golden = GOLDEN.getBytes(StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    // The last byte is the final line feed: without it the document is still whole.
    for (int length = 0; length < golden.length - 1; length += step) {
      String problem = length == 0 ? "empty document" : "not valid JSON: ";
      cases.add(
          new Case(
              "truncated-at-" + length,
              Arrays.copyOf(golden, length),
              null, // anywhere: where the document stops
              problem));
    }
    return cases;
  }

  static List<Case> topLevel() {
    String object = "expected an object (DepartmentRecords), found ";
    return List.of(
        Case.of("empty", "", "", "empty document"),
        Case.of("whitespace-only", " \n\t\r\n  ", "", "empty document"),
        Case.of("null", "null", "", "expected an object with the department's records, found null"),
        Case.of("array", "[]", "", object + "an array"),
        Case.of("array-of-records", "[" + GOLDEN + "]", "", object + "an array"),
        Case.of("string", "\"records\"", "", object + "a string"),
        Case.of("number", "42", "", object + "an integer"),
        Case.of("boolean", "true", "", object + "a boolean"),
        Case.of("empty-object", "{}", "", "missing required property 'department'"),
        Case.of("comment", "// records\n" + GOLDEN, "", "not valid JSON: Unexpected character"),
        Case.of("single-quotes", "{'department': {}}", "", "not valid JSON: Unexpected character"),
        Case.of(
            "trailing-comma",
            "{\"department\": {\"id\": \"s\", \"name\": \"S\",}}",
            "department.name",
            "not valid JSON: Unexpected character ('}'"));
  }

  static List<Case> trailing() {
    String after = "unexpected content after the end of the document";
    return List.of(
        Case.of("trailing-object", GOLDEN + "{}", "", after),
        Case.of("second-document", GOLDEN + GOLDEN, "", after),
        Case.of("trailing-garbage", GOLDEN + "garbage", "", "not valid JSON: Unrecognized token"),
        Case.of("trailing-brace", GOLDEN + "}", "", "not valid JSON: Unexpected close marker"),
        Case.of(
            "last-brace-missing",
            GOLDEN.substring(0, GOLDEN.lastIndexOf('}')),
            "meetings",
            "not valid JSON: Unexpected end-of-input: expected close marker for Object (start"
                + " marker at 1:1)"));
  }

  static List<Case> wrongTypes() {
    return List.of(
        Case.golden(
            "department-as-array",
            "\"department\": \\{",
            "\"department\": [], \"x\": {",
            "department",
            "expected an object (Department), found an array"),
        Case.of(
            "department-as-string",
            "{\"department\": \"sales\"}",
            "department",
            "expected an object (Department), found a string"),
        Case.of(
            "meetings-as-object",
            MINIMAL_DEPARTMENT + ", \"meetings\": {}}",
            "meetings",
            "expected an array, found an object"),
        Case.golden(
            "id-as-number",
            "\"id\": \"sales\"",
            "\"id\": 5",
            "department.id",
            "expected a string, found an integer"),
        Case.golden(
            "id-as-object",
            "\"id\": \"sales\"",
            "\"id\": {\"value\": \"sales\"}",
            "department.id",
            "expected a string, found an object"),
        Case.golden(
            "title-as-array",
            "\"title\": \"[^\"]*\"",
            "\"title\": [\"Weekly\"]",
            "meetings[0].title",
            "expected a string, found an array"),
        Case.golden(
            "capacity-as-string",
            "\"capacity\": 12",
            "\"capacity\": \"12\"",
            "department.rooms[0].capacity",
            "expected an integer, found a string"),
        Case.golden(
            "boolean-as-string",
            "\"external\": false",
            "\"external\": \"false\"",
            "department.people[0].external",
            "expected true or false, found a string"),
        Case.golden(
            "boolean-as-number",
            "\"external\": false",
            "\"external\": 0",
            "department.people[0].external",
            "'0' is not true or false"),
        Case.golden(
            "constant-as-number",
            "\"mode\": \"IN_PERSON\"",
            "\"mode\": 0",
            "meetings[0].mode",
            "'0' is not one of IN_PERSON, ONLINE, HYBRID"),
        Case.golden(
            "constant-in-lower-case",
            "\"mode\": \"IN_PERSON\"",
            "\"mode\": \"in_person\"",
            "meetings[0].mode",
            "'in_person' is not one of IN_PERSON, ONLINE, HYBRID"),
        Case.golden(
            "instant-as-number",
            "\"2026-11-05T06:00:00Z\"",
            "1793858400",
            "meetings[0].notices[0].sentAt",
            "expected an instant"),
        Case.golden(
            "instant-as-object",
            "\"2026-11-05T06:00:00Z\"",
            "{\"epochSecond\": 1793858400}",
            "meetings[0].notices[0].sentAt",
            "expected an instant"),
        Case.golden(
            "list-as-string",
            "\"recipients\": \\[",
            "\"recipients\": \"p-wang-wei\", \"x\": [",
            "meetings[0].notices[0].recipients",
            "expected an array, found a string"),
        Case.golden(
            "null-element",
            "\"notices\": \\[",
            "\"notices\": [null, ",
            "meetings[0].notices[0]",
            "null is not allowed as an element"),
        Case.golden(
            "null-required",
            "\"title\": \"[^\"]*\"",
            "\"title\": null",
            "meetings[0].title",
            "null is not allowed here"),
        Case.golden(
            "unknown-property",
            "\"title\"",
            "\"titel\"",
            "meetings[0].titel",
            "unknown property 'titel' (did you mean 'title'?)"));
  }

  static List<Case> numbers() {
    String capacity = "department.rooms[0].capacity";
    return List.of(
        Case.golden(
            "integer-out-of-range",
            "\"capacity\": 12",
            "\"capacity\": 2147483648",
            capacity,
            "2147483648 is out of range for an integer (-2147483648 to 2147483647)"),
        Case.golden(
            "integer-of-31-digits",
            "\"capacity\": 12",
            "\"capacity\": " + "9".repeat(31),
            capacity,
            "9999999999999999999999999999999 is out of range for an integer"),
        Case.golden(
            "number-longer-than-the-limit",
            "\"capacity\": 12",
            "\"capacity\": " + "9".repeat(1_000),
            capacity,
            "too large: Number value length (1000) exceeds the maximum allowed (32)"),
        Case.golden(
            "huge-exponent",
            "\"capacity\": 12",
            "\"capacity\": 1e999999999",
            capacity,
            "'1e999999999' is not an integer"),
        Case.golden(
            "fraction-for-an-integer",
            "\"capacity\": 12",
            "\"capacity\": 12.5",
            capacity,
            "'12.5' is not an integer"),
        Case.golden(
            "not-a-number",
            "\"capacity\": 12",
            "\"capacity\": NaN",
            capacity,
            "not valid JSON: Non-standard token 'NaN'"),
        Case.golden(
            "leading-zero",
            "\"capacity\": 12",
            "\"capacity\": 012",
            capacity,
            "not valid JSON: Invalid numeric value: Leading zeroes not allowed"));
  }

  static List<Case> largeValues() {
    return List.of(
        Case.golden(
            "string-longer-than-the-limit",
            "\"Sales Department\"",
            "\"" + "x".repeat(65_537) + "\"",
            "department.name",
            "too large: String value length (65537) exceeds the maximum allowed (65536)"),
        Case.golden(
            "array-longer-than-the-limit",
            "\"recipients\": \\[",
            "\"recipients\": [" + "\"p-wang-wei\", ".repeat(10_000),
            "meetings[0].notices[0].recipients[10000]",
            "too large: array length exceeds the maximum allowed (10000)"),
        Case.of(
            "property-name-longer-than-the-limit",
            "{\"" + "x".repeat(300) + "\": 1}",
            "",
            "too large: Name length (300) exceeds the maximum allowed (256)"));
  }

  static List<Case> nesting() {
    return List.of(
        Case.of(
            "hundred-thousand-brackets",
            "[".repeat(100_000),
            "",
            "expected an object (DepartmentRecords), found an array"),
        Case.of(
            "hundred-thousand-brackets-in-a-value",
            "{\"department\": " + "[".repeat(100_000),
            "department",
            "expected an object (Department), found an array"),
        Case.of(
            "hundred-thousand-objects", "{\"a\": ".repeat(100_000), "a", "unknown property 'a'"),
        Case.golden(
            "nested-arrays-for-a-list",
            "\"recipients\": \\[",
            "\"recipients\": [" + "[".repeat(100_000),
            "meetings[0].notices[0].recipients[0]",
            "expected a string, found an array"));
  }

  static List<Case> duplicates() {
    return List.of(
        Case.of(
            "duplicate-top-level-key",
            MINIMAL_DEPARTMENT + ", \"department\": {}}",
            "department",
            "duplicate property 'department'"),
        Case.golden(
            "duplicate-key-in-a-meeting",
            "\"title\": ",
            "\"title\": \"Other\", \"title\": ",
            "meetings[0].title",
            "duplicate property 'title'"),
        Case.golden(
            "duplicate-key-in-an-array-element",
            "\"sentBy\": ",
            "\"sentBy\": \"p-wang-wei\", \"sentBy\": ",
            "meetings[0].notices[0].sentBy",
            "duplicate property 'sentBy'"));
  }

  static List<Case> times() {
    String start = "meetings[0].plannedStart";
    String zoned = "'2026-11-13T14:00:00";
    return List.of(
        Case.golden(
            "unknown-zone-id",
            "\\[Asia/Shanghai\\]",
            "[Mars/Olympus]",
            start,
            zoned + "+08:00[Mars/Olympus]' is not a date-time with offset and optional zone id"),
        Case.golden(
            "offset-contradicting-the-zone",
            "\\+08:00\\[Asia/Shanghai\\]",
            "+09:00[Asia/Shanghai]",
            start,
            zoned + "+09:00[Asia/Shanghai]' is not a date-time"),
        Case.golden(
            "utc-contradicting-the-zone",
            "\\+08:00\\[Asia/Shanghai\\]",
            "Z[Asia/Shanghai]",
            start,
            zoned + "Z[Asia/Shanghai]' is not a date-time"),
        Case.golden(
            "offset-as-zone-id",
            "\\[Asia/Shanghai\\]",
            "[UTC+08:00]",
            start,
            zoned + "+08:00[UTC+08:00]' is not a date-time"),
        Case.golden(
            "offset-beyond-18-hours",
            "\\+08:00\\[Asia/Shanghai\\]",
            "+19:00",
            start,
            zoned + "+19:00' is not a date-time"),
        Case.golden(
            "time-without-offset",
            "2026-11-05T06:00:00Z",
            "2026-11-05T14:00:00",
            "meetings[0].notices[0].sentAt",
            "'2026-11-05T14:00:00' is not an instant"),
        Case.golden(
            "impossible-date",
            "2026-11-05T06:00:00Z",
            "2026-02-30T06:00:00Z",
            "meetings[0].notices[0].sentAt",
            "'2026-02-30T06:00:00Z' is not an instant"));
  }

  static List<Case> encodings() {
    String notUtf8 = "not valid JSON: Invalid UTF-8";
    return List.of(
        new Case("invalid-middle-byte", inName(0xC3, 0x28), "department.name", notUtf8),
        new Case("invalid-start-byte", inName(0xFF), "department.name", notUtf8),
        new Case("lone-continuation-byte", inName(0x80), "department.name", notUtf8),
        new Case("overlong-encoding", inName(0xC0, 0xAF), "department.name", notUtf8),
        new Case("sequence-cut-short", inName(0xE4, 0xB8), "department.name", notUtf8),
        new Case(
            "latin-1",
            GOLDEN.replaceFirst("Sales Department", "Sälés").getBytes(StandardCharsets.ISO_8859_1),
            "department.name",
            notUtf8),
        new Case(
            "utf-16-with-byte-order-mark",
            GOLDEN.getBytes(StandardCharsets.UTF_16),
            "",
            "not UTF-8: the document starts with a UTF-16 byte order mark (FE FF)"),
        new Case(
            "utf-16le-with-byte-order-mark",
            withPrefix(GOLDEN.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE),
            "",
            "not UTF-8: the document starts with a UTF-16 byte order mark (FF FE)"),
        new Case(
            "utf-16le",
            GOLDEN.getBytes(StandardCharsets.UTF_16LE),
            "",
            "not valid JSON: NUL byte (code 0); UTF-16 or UTF-32 text?"),
        new Case(
            "utf-16be",
            GOLDEN.getBytes(StandardCharsets.UTF_16BE),
            "",
            "not valid JSON: NUL byte (code 0); UTF-16 or UTF-32 text?"),
        new Case(
            "utf-32",
            GOLDEN.getBytes(Charset.forName("UTF-32")),
            "",
            "not valid JSON: NUL byte (code 0); UTF-16 or UTF-32 text?"),
        new Case(
            "two-utf-8-byte-order-marks",
            withPrefix(GOLDEN.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF),
            "",
            "not valid JSON: a second UTF-8 byte order mark (EF BB BF) follows the first"),
        new Case(
            "utf-32-with-byte-order-mark",
            withPrefix(GOLDEN.getBytes(Charset.forName("UTF-32LE")), 0xFF, 0xFE, 0x00, 0x00),
            "",
            "not UTF-8: the document starts with a UTF-32 byte order mark (FF FE 00 00)"));
  }

  static List<Case> nulBytes() {
    String nul = "not valid JSON: NUL byte (code 0)";
    return List.of(
        Case.of("nul-first", "\u0000" + GOLDEN, "", nul),
        Case.of("nul-after-the-brace", "{\u0000" + GOLDEN.substring(1), "", nul),
        Case.of(
            "nul-between-tokens",
            GOLDEN.replaceFirst("\"meetings\"", "\u0000\"meetings\""),
            "department",
            "not valid JSON: Illegal character ((CTRL-CHAR, code 0))"),
        Case.golden(
            "nul-in-a-string",
            "Sales Department",
            "Sales\u0000Department",
            "department.name",
            "not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 0))"),
        Case.of(
            "nul-after-the-document",
            GOLDEN + "\u0000",
            "",
            "not valid JSON: Illegal character ((CTRL-CHAR, code 0))"),
        Case.of("nul-bytes-only", "\u0000".repeat(64), "", nul));
  }

  static List<Case> controlCharacters() {
    String name = "department.name";
    return List.of(
        Case.golden(
            "raw-control-character",
            "Sales Department",
            "Sales\u0001Department",
            name,
            "not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 1))"),
        Case.golden(
            "raw-line-feed",
            "Sales Department",
            "Sales\nDepartment",
            name,
            "not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 10))"),
        Case.golden(
            "escaped-nul",
            "Sales Department",
            "Sales\\\\u0000Department",
            name,
            "control character U+0000 at character 6 of the string: not allowed in the format"),
        Case.golden(
            "escaped-escape",
            "Sales Department",
            "\\\\u001b[2J\\\\u001b[31mSales",
            name,
            "control character U+001B at character 1 of the string"),
        Case.golden(
            "raw-delete",
            "Sales Department",
            "Sales\u007FDepartment",
            name,
            "control character U+007F at character 6 of the string"),
        Case.golden(
            "c1-control",
            "Sales Department",
            "Sales\u009BDepartment",
            name,
            "control character U+009B at character 6 of the string"),
        Case.golden(
            "escaped-control-in-a-meeting",
            "\"title\": \"Weekly",
            "\"title\": \"\\\\b\\\\fWeekly",
            "meetings[0].title",
            "control character U+0008 at character 1 of the string"),
        Case.golden(
            "lone-high-surrogate",
            "Sales Department",
            "Sales \\\\uD800 Department",
            name,
            "unpaired surrogate U+D800 at character 7 of the string"),
        Case.golden(
            "swapped-surrogates",
            "Sales Department",
            "Sales \\\\uDE00\\\\uD83D",
            name,
            "unpaired surrogate U+DE00 at character 7 of the string"),
        new Case(
            "utf-8-encoded-surrogate",
            inName(0xED, 0xA0, 0x80),
            name,
            "not valid JSON: Invalid UTF-8: Illegal surrogate character 0xd800"));
  }

  /** Values that a message repeats stay short and on one line. */
  static List<Case> echoes() {
    return List.of(
        Case.golden(
            "line-feed-in-a-constant",
            "\"mode\": \"IN_PERSON\"",
            "\"mode\": \"IN\\\\nPERSON\"",
            "meetings[0].mode",
            "'IN\\nPERSON' is not one of"),
        Case.golden(
            "long-constant",
            "\"mode\": \"IN_PERSON\"",
            "\"mode\": \"" + "A".repeat(60_000) + "\"",
            "meetings[0].mode",
            "'" + "A".repeat(80) + "…' (60000 characters) is not one of"),
        Case.golden(
            "long-instant",
            "2026-11-05T06:00:00Z",
            "2".repeat(60_000),
            "meetings[0].notices[0].sentAt",
            "'" + "2".repeat(80) + "…' (60000 characters) is not an instant"),
        Case.golden(
            "escape-in-a-property-name",
            "\"title\"",
            "\"\\\\u001b[31mtitle\"",
            "meetings[0].\\u001B[31mtitle",
            "unknown property '\\u001B[31mtitle'"),
        Case.of(
            "line-feed-in-a-duplicate-name",
            "{\"department\": {\"id\": \"s\", \"name\": \"S\"}, \"a\\nb\": 1, \"a\\nb\": 2}",
            "a\\nb",
            "unknown property 'a\\nb'"));
  }

  /** The golden records with the bytes in place of the space in "Sales Department". */
  private static byte[] inName(int... bytes) {
    String marked = GOLDEN.replaceFirst("Sales Department", "Sales\u0001Department");
    byte[] utf8 = marked.getBytes(StandardCharsets.UTF_8);
    int at = marked.indexOf('\u0001');
    byte[] result = new byte[utf8.length - 1 + bytes.length];
    System.arraycopy(utf8, 0, result, 0, at);
    for (int i = 0; i < bytes.length; i++) {
      result[at + i] = (byte) bytes[i];
    }
    System.arraycopy(utf8, at + 1, result, at + bytes.length, utf8.length - at - 1);
    return result;
  }

  private static byte[] withPrefix(byte[] bytes, int... prefix) {
    byte[] result = new byte[prefix.length + bytes.length];
    for (int i = 0; i < prefix.length; i++) {
      result[i] = (byte) prefix[i];
    }
    System.arraycopy(bytes, 0, result, prefix.length, bytes.length);
    return result;
  }
}
