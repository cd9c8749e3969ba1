package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.testkit.GoldenMeeting;

class RecordJsonTest {

  private static final RecordJson JSON = RecordJson.create();
  private static final String GOLDEN = JSON.write(GoldenMeeting.records());

  @Test
  void roundTripsTheGoldenRecords() throws Exception {
    assertThat(JSON.read(GOLDEN, "golden.json")).isEqualTo(GoldenMeeting.records());
  }

  @Test
  void roundTripsRecordsThatUseEveryTypeOfTheModel() throws Exception {
    DepartmentRecords full = FullRecords.records();
    assertThat(RecordValidator.create().validate(full).problems()).isEmpty();

    assertThat(JSON.read(JSON.write(full), "full.json")).isEqualTo(full);
  }

  @Test
  void writesTheSameTextEveryTime() {
    assertThat(JSON.write(FullRecords.records())).isEqualTo(JSON.write(FullRecords.records()));
    assertThat(GOLDEN).endsWith("}\n").doesNotContain("null").doesNotContain("\r");
  }

  @Test
  void keepsTheZoneIdOfAZonedTime() throws Exception {
    assertThat(GOLDEN).contains("\"plannedStart\": \"2026-11-13T14:00:00+08:00[Asia/Shanghai]\"");

    Meeting meeting = JSON.read(GOLDEN, "golden.json").meetings().get(0);

    assertThat(meeting.plannedStart().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void acceptsAZonedTimeWithAPlainOffsetAndNoSeconds() throws Exception {
    String json = GOLDEN.replace("14:00:00+08:00[Asia/Shanghai]", "14:00+08:00");

    Meeting meeting = JSON.read(json, "offset.json").meetings().get(0);

    assertThat(meeting.plannedStart().getZone()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(meeting.plannedStart().toInstant()).isEqualTo(GoldenMeeting.START.toInstant());
  }

  @Test
  void acceptsInstantsWithAnyOffset() throws Exception {
    String sentAt = "\"sentAt\": \"2026-11-05T06:00:00Z\"";
    assertThat(GOLDEN).contains(sentAt);

    DepartmentRecords records =
        JSON.read(GOLDEN.replace(sentAt, "\"sentAt\": \"2026-11-05T14:00+08:00\""), "x.json");

    assertThat(records).isEqualTo(GoldenMeeting.records());
  }

  @Test
  void namesAnUnknownPropertyWithItsLineColumnAndPath() {
    String json =
        "{\n  \"department\": {\n    \"id\": \"sales\",\n    \"nmae\": \"Sales\"\n  }\n}\n";

    assertThatThrownBy(() -> JSON.read(json, "dept.json"))
        .isInstanceOf(RecordReadException.class)
        .hasMessage(
            "dept.json:4:5: department.nmae: unknown property 'nmae' (did you mean 'name'?)")
        .satisfies(
            e -> {
              RecordReadException error = (RecordReadException) e;
              assertThat(error.source()).isEqualTo("dept.json");
              assertThat(error.position()).contains(new SourcePosition(4, 5));
              assertThat(error.path()).isEqualTo("department.nmae");
              assertThat(error.problem()).startsWith("unknown property 'nmae'");
            });
  }

  @Test
  void reportsAnUnknownPropertyBeforeTheRequiredOneItReplaces() {
    String json = GOLDEN.replaceFirst("\"title\"", "\"titel\"");

    assertThatThrownBy(() -> JSON.read(json, "typo.json"))
        .hasMessageMatching(
            "typo\\.json:\\d+:\\d+: meetings\\[0\\]\\.titel: unknown property 'titel'"
                + " \\(did you mean 'title'\\?\\)");
  }

  @Test
  void rejectsMalformedJsonAtTheFaultyCharacter() {
    String json = "{\n  \"department\": {\n    \"id\": \"sales\"\n    \"name\": \"Sales\"\n  }\n}";

    assertThatThrownBy(() -> JSON.read(json, "broken.json"))
        .isInstanceOf(RecordReadException.class)
        .hasMessage(
            "broken.json:4:5: department.id: not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries");
  }

  @Test
  void rejectsADuplicateKey() {
    String json = "{\"department\": {\"id\": \"sales\", \"id\": \"other\", \"name\": \"S\"}}";

    assertThatThrownBy(() -> JSON.read(json, "dup.json"))
        .hasMessage("dup.json:1:36: department.id: duplicate property 'id'");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    String json = GOLDEN.replaceFirst("\"capacity\": 12", "\"capacity\": \"twelve\"");

    assertThatThrownBy(() -> JSON.read(json, "type.json"))
        .hasMessageMatching(
            "type\\.json:\\d+:\\d+: department\\.rooms\\[0\\]\\.capacity: expected an integer,"
                + " found a string");
  }

  @Test
  void rejectsAScalarWhereAnObjectBelongs() {
    String json = "{\"department\": \"sales\"}";

    assertThatThrownBy(() -> JSON.read(json, "shape.json"))
        .hasMessage("shape.json:1:16: department: expected an object (Department), found a string");
  }

  @Test
  void rejectsAnUnknownTimeZoneId() {
    String json = GOLDEN.replaceFirst("\\[Asia/Shanghai\\]", "[Asia/Shangai]");

    assertThatThrownBy(() -> JSON.read(json, "zone.json"))
        .hasMessageMatching(
            "zone\\.json:\\d+:\\d+: meetings\\[0\\]\\.plannedStart:"
                + " '2026-11-13T14:00:00\\+08:00\\[Asia/Shangai\\]' is not a date-time .*:"
                + " unknown time-zone id 'Asia/Shangai'");
  }

  @Test
  void rejectsAnOffsetThatContradictsTheZone() {
    String json = GOLDEN.replaceFirst("\\+08:00\\[Asia/Shanghai\\]", "+09:00[Asia/Shanghai]");

    assertThatThrownBy(() -> JSON.read(json, "offset.json"))
        .hasMessageEndingWith(
            "the offset +09:00 does not match the zone Asia/Shanghai, which is +08:00 at that time");
  }

  @Test
  void rejectsAnImpossibleDate() {
    String json = GOLDEN.replaceFirst("2026-11-05T06:00:00Z", "2026-02-30T06:00:00Z");

    assertThatThrownBy(() -> JSON.read(json, "date.json"))
        .hasMessageContaining("meetings[0].notices[0].sentAt: '2026-02-30T06:00:00Z'")
        .hasMessageEndingWith("Invalid date 'FEBRUARY 30'");
  }

  @Test
  void rejectsANumberAsATime() {
    String json = GOLDEN.replaceFirst("\"2026-11-05T06:00:00Z\"", "1793858400");

    assertThatThrownBy(() -> JSON.read(json, "epoch.json"))
        .hasMessageContaining("meetings[0].notices[0].sentAt: expected an instant")
        .hasMessageEndingWith("found an integer");
  }

  @Test
  void rejectsATimeWithoutOffset() {
    String json = GOLDEN.replaceFirst("2026-11-05T06:00:00Z", "2026-11-05T14:00:00");

    assertThatThrownBy(() -> JSON.read(json, "local.json"))
        .hasMessageContaining("'2026-11-05T14:00:00' is not an instant");
  }

  @Test
  void rejectsAnUnknownEnumConstantAndListsTheKnownOnes() {
    String json = GOLDEN.replaceFirst("\"mode\": \"IN_PERSON\"", "\"mode\": \"in person\"");

    assertThatThrownBy(() -> JSON.read(json, "enum.json"))
        .hasMessageEndingWith(
            "meetings[0].mode: 'in person' is not one of IN_PERSON, ONLINE, HYBRID");
  }

  @Test
  void rejectsAMissingRequiredPropertyNamingTheObjectThatLacksIt() {
    String json = GOLDEN.replaceFirst("\"title\": \"[^\"]*\",", "");

    assertThatThrownBy(() -> JSON.read(json, "missing.json"))
        .hasMessageMatching(
            "missing\\.json:\\d+:\\d+: meetings\\[0\\]: missing required property 'title'");
  }

  @Test
  void rejectsNullForARequiredPropertyAndForAListElement() {
    String nullTitle = GOLDEN.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": null");
    String nullNotice = GOLDEN.replaceFirst("\"notices\": \\[", "\"notices\": [null, ");

    assertThatThrownBy(() -> JSON.read(nullTitle, "a.json"))
        .hasMessageEndingWith("meetings[0].title: null is not allowed here");
    assertThatThrownBy(() -> JSON.read(nullNotice, "b.json"))
        .hasMessageEndingWith("meetings[0].notices[0]: null is not allowed as an element");
  }

  @Test
  void readsNullForAnOptionalPropertyAsAbsent() throws Exception {
    String json =
        GOLDEN
            .replaceFirst("\"secretary\": \"p-zhang-min\"", "\"secretary\": null")
            .replaceFirst("\"external\": false", "\"external\": null");

    DepartmentRecords records = JSON.read(json, "nulls.json");

    assertThat(records.meetings().get(0).secretary()).isNull();
    assertThat(records.department().people().get(0).external()).isFalse();
  }

  @Test
  void rejectsContentAfterTheDocument() {
    assertThatThrownBy(() -> JSON.read(GOLDEN + "{}", "trailing.json"))
        .hasMessageEndingWith("unexpected content after the end of the document");
  }

  @Test
  void rejectsAnEmptyDocumentAndNull() {
    assertThatThrownBy(() -> JSON.read("", "empty.json"))
        .hasMessage(
            "empty.json:1:1: empty document: expected an object with the department's records");
    assertThatThrownBy(() -> JSON.read("\n  null", "null.json"))
        .hasMessage("null.json:2:3: expected an object with the department's records, found null");
  }

  @Test
  void rejectsAStringLongerThanTheLimit() {
    String json = GOLDEN.replaceFirst("\"Sales Department\"", "\"" + "x".repeat(70_000) + "\"");

    assertThatThrownBy(() -> JSON.read(json, "long.json"))
        .hasMessageContaining("department.name: too large: String value length (70000)")
        .hasMessageContaining("exceeds the maximum allowed (65536)");
  }

  @Test
  void rejectsAnArrayLongerThanTheLimit() {
    String ids = "\"p-1\", ".repeat(10_000) + "\"p-1\"";
    String json = GOLDEN.replaceFirst("\"consulted\": \\[", "\"consulted\": [" + ids + ", ");

    assertThatThrownBy(() -> JSON.read(json, "array.json"))
        .hasMessageContaining("meetings[0].agenda.consulted[10000]: ")
        .hasMessageEndingWith("too large: array length exceeds the maximum allowed (10000)");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    // Binding refuses a misplaced array at once, so the limit is shown on a lower bound: the
    // golden meeting's agenda materials lie 8 levels deep.
    RecordJson shallow = RecordJson.create(ReadLimits.DEFAULT.withMaxNestingDepth(7));

    assertThatThrownBy(() -> shallow.read(GOLDEN, "deep.json"))
        .hasMessageMatching(
            "deep\\.json:\\d+:\\d+: meetings\\[0\\]\\.agenda\\.items\\[0\\]\\.materials\\[0\\]:"
                + " too large: Document nesting depth \\(8\\) exceeds the maximum allowed \\(7\\)");
    assertThat(RecordJson.create().limits().maxNestingDepth()).isEqualTo(16);
  }

  @Test
  void rejectsMoreMeetingsThanTheLimit() {
    RecordJson strict = RecordJson.create(ReadLimits.DEFAULT.withMaxMeetings(1));
    String twoMeetings =
        JSON.write(
            GoldenMeeting.records()
                .withMeetings(GoldenMeeting.weeklySeries(GoldenMeeting.START, 2)));

    assertThatThrownBy(() -> strict.read(twoMeetings, "many.json"))
        .hasMessageContaining(": meetings[1]: ")
        .hasMessageEndingWith("too large: number of meetings exceeds the maximum allowed (1)");
  }

  @Test
  void rejectsADocumentLongerThanTheLimit() {
    RecordJson small = RecordJson.create(ReadLimits.DEFAULT.withMaxDocumentLength(1_000));

    assertThatThrownBy(
            () ->
                small.read(
                    new ByteArrayInputStream(GOLDEN.getBytes(StandardCharsets.UTF_8)), "<stdin>"))
        .isInstanceOf(RecordReadException.class)
        .hasMessageMatching("<stdin>:\\d+:\\d+: .*")
        .hasMessageContaining("too large: Document length")
        .hasMessageContaining("exceeds the maximum allowed (1000)");
  }

  @Test
  void rejectsANumberLongerThanTheLimit() {
    String json = GOLDEN.replaceFirst("\"capacity\": 12", "\"capacity\": " + "1".repeat(40));

    assertThatThrownBy(() -> JSON.read(json, "number.json"))
        .hasMessageContaining("department.rooms[0].capacity: too large: Number value length (40)");
  }

  @Test
  void namesTheFileItReads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("november.json");
    JSON.write(GoldenMeeting.records(), file);

    assertThat(JSON.read(file)).isEqualTo(GoldenMeeting.records());
    Files.writeString(file, "{\"department\": 1}");
    assertThatThrownBy(() -> JSON.read(file))
        .hasMessageStartingWith(file + ":1:16: department: expected an object");
  }

  @Test
  void rejectsLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> ReadLimits.DEFAULT.withMaxMeetings(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMeetings must be positive: 0");
  }
}
