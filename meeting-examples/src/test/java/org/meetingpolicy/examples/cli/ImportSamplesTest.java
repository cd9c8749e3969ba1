package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Subject;

/**
 * End to end: the import samples imported by {@code meeting-check import}, valid against the
 * records schema, then checked. The findings that follow from the attendance reports are asserted
 * by clause and subject (meeting and person), not by severity or rule, so that they hold while the
 * rules of 5.1 and 5.6 are refined.
 */
class ImportSamplesTest {

  private static final Instant AS_OF =
      ZonedDateTime.parse("2026-12-10T12:00+08:00[Asia/Shanghai]").toInstant();

  private static final MeetingId ZOOM_NOV_6 =
      MeetingId.of(
          "040000008200E00074C5B7101A82E00800000000B0C1D2E3F405DB01000000000000000010000000"
              + "3A1F2E4D5C6B7A8990A1B2C3D4E5F607");
  private static final MeetingId TEAMS_NOV_13 = MeetingId.of("teams-2026-11-13-weekly@example.com");
  private static final MeetingId TENCENT_NOV_20 =
      MeetingId.of("tencent-2026-11-20-weekly@example.com");
  private static final MeetingId DINGTALK_NOV_27 =
      MeetingId.of("dingtalk-2026-11-27-weekly@example.com");
  private static final MeetingId FEISHU_DEC_4 =
      MeetingId.of("feishu-2026-12-04-weekly@example.com");

  @TempDir static Path dir;

  private static String json;
  private static DepartmentRecords records;
  private static ComplianceReport report;

  @BeforeAll
  static void importAndCheckTheSamples() throws Exception {
    Path output = dir.resolve("records.json");
    Run run =
        Run.of(Clock.systemUTC(), InputStream.nullInputStream(), ImportTest.sampleImport(output));
    assertThat(run.exit()).as(run.err()).isZero();
    json = Files.readString(output);
    records = RecordJson.create().read(output);
    report = ComplianceEngine.createDefault().check(records, AS_OF);
  }

  @Test
  void theImportedRecordsAreValidAgainstTheSchemaAndWellFormed() throws Exception {
    try (InputStream in = RecordJson.class.getResourceAsStream(RecordJson.SCHEMA_RESOURCE)) {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    }
    assertThat(RecordValidator.create().validate(records).problems()).isEmpty();
    assertThat(records.meetings())
        .extracting(Meeting::id)
        .containsExactly(
            ZOOM_NOV_6,
            TEAMS_NOV_13,
            TENCENT_NOV_20,
            DINGTALK_NOV_27,
            FEISHU_DEC_4,
            MeetingId.of("tencent-2026-12-18-weekly@example.com"));
  }

  @Test
  void theCalendarsGiveTheRescheduleTheRepliesAndTheSecretaryWhoSentTheInvitations() {
    Meeting nov20 = records.meeting(TENCENT_NOV_20).orElseThrow();
    assertThat(nov20.reschedules()).hasSize(1);
    assertThat(nov20.plannedStart().getHour()).isEqualTo(15);
    assertThat(nov20.notices()).hasSize(2);
    Meeting nov13 = records.meeting(TEAMS_NOV_13).orElseThrow();
    assertThat(nov13.responses())
        .filteredOn(r -> r.person().equals(PersonId.of("p-zhao-lei")))
        .extracting(r -> r.kind())
        .containsExactly(ResponseKind.DECLINE);
    assertThat(nov13.secretary()).isEqualTo(PersonId.of("p-zhang-min"));
    // Several joins are several presences: Chen Jie dropped out of the Zoom call and came back.
    assertThat(records.meeting(ZOOM_NOV_6).orElseThrow().attendanceOf(PersonId.of("p-chen-jie")))
        .hasValueSatisfying(a -> assertThat(a.presences()).hasSize(2));
  }

  @Test
  void lateArrivalsInEveryToolsReportAreFoundUnder5_1() {
    assertThat(subjectsOf("5.1"))
        .contains(
            person(ZOOM_NOV_6, "p-liu-yang"), // joined Zoom at 14:07:44
            person(TEAMS_NOV_13, "p-yang-fan"), // joined Teams at 14:12:36
            person(TENCENT_NOV_20, "p-chen-jie"), // 15:09:12 after the move to 15:00
            person(DINGTALK_NOV_27, "p-zhao-lei"), // 14:03:27
            person(FEISHU_DEC_4, "p-zhou-qiang")); // 14:21:40
  }

  @Test
  void earlyLeavesWithoutNoticeAreFoundUnder5_6() {
    assertThat(subjectsOf("5.6"))
        .contains(
            person(ZOOM_NOV_6, "p-yang-fan"), // left Zoom at 15:18:27
            person(TEAMS_NOV_13, "p-liu-yang"), // left Teams at 15:02:14
            person(TENCENT_NOV_20, "p-zhao-lei"), // 16:20, the meeting ran to 17:00
            person(DINGTALK_NOV_27, "p-huang-li")); // 15:30:02
  }

  @Test
  void someoneOnTimeThroughoutHasNoAttendanceFinding() {
    // Li Na joined the Zoom call at 13:49:30 and stayed past 16:00.
    Subject liNa = person(ZOOM_NOV_6, "p-li-na");
    assertThat(subjectsOf("5.1")).doesNotContain(liNa);
    assertThat(subjectsOf("5.6")).doesNotContain(liNa);
  }

  @Test
  void theMoveOfTheNovember20MeetingIsJudgedUnder3_8() {
    assertThat(subjectsOf("3.8")).contains(Subject.meeting(TENCENT_NOV_20));
  }

  private static List<Subject> subjectsOf(String clause) {
    return report.findingsOf(clause).stream().map(Finding::subject).toList();
  }

  private static Subject person(MeetingId meeting, String person) {
    return Subject.person(meeting, PersonId.of(person));
  }
}
