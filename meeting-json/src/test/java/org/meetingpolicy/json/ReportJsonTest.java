package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.testkit.GoldenMeeting;

class ReportJsonTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.createDefault();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final RecordJson JSON = RecordJson.create();

  /** The golden meeting with its notice sent only 3 days ahead: clause 3.4 is violated. */
  private static DepartmentRecords lateNotice() {
    Meeting golden = GoldenMeeting.GOLDEN;
    Notice notice = golden.notices().get(0);
    Notice late =
        new Notice(
            notice.sentBy(),
            golden.start().minus(Duration.ofDays(3)),
            notice.channel(),
            notice.recipients(),
            true,
            true,
            true,
            notice.announcedStart());
    return GoldenMeeting.records()
        .withMeetings(
            List.of(golden.toBuilder().notices(List.of(late)).responses(List.of()).build()));
  }

  @Test
  void writesEveryFindingWithClauseRuleSeveritySubjectTimeEvidenceAndMessages() throws Exception {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);
    Finding late = report.findingsOf("3.4").get(0);

    JsonNode json = TREE.readTree(ReportJson.toJson(report));

    JsonNode finding = json.get("findings").get(report.findings().indexOf(late));
    assertThat(finding.get("clause").asText()).isEqualTo("3.4");
    assertThat(finding.get("rule").asText()).isEqualTo(late.ruleId());
    assertThat(finding.get("severity").asText()).isEqualTo("VIOLATION");
    assertThat(finding.get("subject").get("kind").asText()).isEqualTo("MEETING");
    assertThat(finding.get("subject").get("meeting").asText()).isEqualTo("m-2026-11-13");
    assertThat(OffsetDateTime.parse(finding.get("at").asText()).toInstant()).isEqualTo(late.at());
    assertThat(finding.get("at").asText()).endsWith("+08:00");
    assertThat(finding.get("evidence")).hasSize(late.evidence().size());
    assertThat(finding.get("evidence").get(0).get("name").asText())
        .isEqualTo(late.evidence().get(0).name());
    assertThat(finding.get("message").get("en").asText()).isEqualTo(late.message(Language.EN));
    assertThat(finding.get("message").get("zh").asText()).isEqualTo(late.message(Language.ZH));
    assertThat(json.get("compliant").asBoolean()).isFalse();
  }

  /**
   * Evidence carries its value as data beside the text: the notice-too-late finding's instants with
   * the report's offset, its durations in ISO-8601.
   */
  @Test
  void writesEvidenceAsDataInstantsWithTheOffsetAndDurationsInIso8601() throws Exception {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);
    Finding late =
        report.findingsOf("3.4").stream()
            .filter(f -> f.ruleId().equals("schedule.notice-too-late"))
            .findFirst()
            .orElseThrow();

    JsonNode evidence =
        TREE.readTree(ReportJson.toJson(report))
            .get("findings")
            .get(report.findings().indexOf(late))
            .get("evidence");

    java.util.Map<String, JsonNode> data = new java.util.LinkedHashMap<>();
    evidence.forEach(e -> data.put(e.get("name").asText(), e.get("data")));
    assertThat(data).containsOnlyKeys("sentAt", "lead", "required", "deadline");
    assertThat(OffsetDateTime.parse(data.get("sentAt").asText()).toInstant())
        .isEqualTo(GoldenMeeting.GOLDEN.start().minus(Duration.ofDays(3)));
    assertThat(data.get("sentAt").asText()).endsWith("+08:00");
    assertThat(data.get("lead").asText()).isEqualTo("PT72H");
    assertThat(data.get("required").asText()).isEqualTo("PT168H");
    assertThat(Duration.parse(data.get("required").asText())).isEqualTo(Duration.ofDays(7));
    assertThat(evidence.get(2).get("value").asText()).isEqualTo("7 d");
    assertThat(evidence.get(2).get("valueZh").asText()).isEqualTo("7 天");
  }

  @Test
  void writesTheClauseStatusesAndTheSummary() throws Exception {
    ComplianceReport report = ENGINE.check(GoldenMeeting.records(), GoldenMeeting.AS_OF);

    JsonNode json = TREE.readTree(ReportJson.toJson(report));

    assertThat(json.get("clauses")).hasSize(report.clauses().size());
    JsonNode notice = json.get("clauses").get(indexOfClause(report, "3.4"));
    assertThat(notice.get("clause").asText()).isEqualTo("3.4");
    assertThat(notice.get("status").asText()).isEqualTo(report.status("3.4").name());
    assertThat(json.get("summary").get("text").get("en").asText()).isEqualTo(report.summary());
    assertThat(json.get("summary").get("violations").asInt()).isEqualTo(report.violations().size());
    assertThat(json.get("asOf").asText()).isEqualTo("2026-11-16T18:00:00+08:00");
  }

  @Test
  void putsThePropertiesInTheDocumentedOrder() throws Exception {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);

    JsonNode json = TREE.readTree(ReportJson.toJson(report));

    assertThat(names(json))
        .containsExactly(
            "format",
            "formatVersion",
            "records",
            "asOf",
            "zone",
            "policy",
            "compliant",
            "meetings",
            "summary",
            "findings",
            "clauses",
            "notes");
    assertThat(names(json.get("findings").get(0)))
        .containsExactly("clause", "rule", "severity", "subject", "at", "evidence", "message");
  }

  @Test
  void writesTheSameTextForTheSameReport() {
    String first = ReportJson.toJson(ENGINE.check(lateNotice(), GoldenMeeting.AS_OF));
    String second = ReportJson.toJson(ENGINE.check(lateNotice(), GoldenMeeting.AS_OF));

    assertThat(first).isEqualTo(second).endsWith("}\n");
  }

  @Test
  void writesReportsThatTheReportSchemaAccepts() {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);

    assertThat(SchemaSupport.reportErrors(ReportJson.toJson(report))).isEmpty();
  }

  @Test
  void reconcilesABatchOfCheckedMalformedAndUnreadableInputs() throws Exception {
    // A malformed but readable record set: the meeting ends before it starts.
    Meeting golden = GoldenMeeting.GOLDEN;
    DepartmentRecords backwards =
        GoldenMeeting.records()
            .withMeetings(
                List.of(
                    golden.toBuilder().plannedEnd(golden.plannedStart().minusHours(1)).build()));
    byte[] backwardsJson = JSON.write(backwards).getBytes(StandardCharsets.UTF_8);
    BatchResult result =
        ENGINE.checkAll(
            List.of(lateNotice(), JSON.read(backwardsJson, "backwards.json")), GoldenMeeting.AS_OF);
    List<BatchReport.Input> inputs =
        new ArrayList<>(
            BatchReport.of(
                    result,
                    List.of("late.json", "backwards.json"),
                    List.of(SourceMap.of(new byte[0]), SourceMap.of(backwardsJson)),
                    GoldenMeeting.AS_OF,
                    ENGINE.policy().zone())
                .inputs());
    try {
      JSON.read("{\"department\": ", "broken.json");
    } catch (RecordReadException e) {
      inputs.add(BatchReport.Input.unreadable(2, e));
    }
    BatchReport batch = new BatchReport(GoldenMeeting.AS_OF, ENGINE.policy().zone(), inputs);

    String text = ReportJson.toJson(batch);
    JsonNode json = TREE.readTree(text);

    assertThat(SchemaSupport.reportErrors(text)).isEmpty();
    assertThat(json.get("reconciliation").toString())
        .isEqualTo("{\"read\":3,\"checked\":1,\"rejected\":2,\"failed\":0}");
    assertThat(json.get("inputs").get(0).get("outcome").asText()).isEqualTo("CHECKED");
    JsonNode end = json.get("inputs").get(1).get("problems").get(0);
    assertThat(end.get("path").asText()).isEqualTo("meetings[0].plannedEnd");
    assertThat(end.get("line").asInt())
        .isEqualTo(lineOf(new String(backwardsJson, StandardCharsets.UTF_8), "\"plannedEnd\""));
    JsonNode unreadable = json.get("inputs").get(2);
    assertThat(unreadable.get("source").asText()).isEqualTo("broken.json");
    assertThat(unreadable.get("problems").get(0).get("constraint").asText())
        .isEqualTo(BatchReport.READ_ERROR);
    assertThat(batch.reconciliation()).isEqualTo("3 record set(s) read, 1 checked, 2 rejected");
  }

  @Test
  void batchWriterWritesEachInputAsItComesAndTheReconciliationLast() throws Exception {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);
    List<BatchReport.Input> inputs =
        List.of(
            new BatchReport.Checked(0, "a.json", report),
            new BatchReport.Failed(
                1, "b.json", "records of department 'sales'", "X-1 host rule", "rule failed"),
            new BatchReport.Checked(2, "c.json", report));
    BatchReport batch = new BatchReport(GoldenMeeting.AS_OF, ENGINE.policy().zone(), inputs);
    java.io.StringWriter out = new java.io.StringWriter();

    ReportJson.BatchWriter writer =
        ReportJson.batchWriter(out, batch.asOf(), ENGINE.policy().zone());
    writer.write(inputs.get(0));
    String afterFirst = out.toString();
    writer.write(inputs.get(1));
    writer.write(inputs.get(2));
    writer.finish();

    assertThat(afterFirst).contains("\"source\": \"a.json\"").doesNotContain("b.json");
    assertThat(out.toString()).isEqualTo(ReportJson.toJson(batch));
    assertThat(SchemaSupport.reportErrors(out.toString())).isEmpty();
    JsonNode json = TREE.readTree(out.toString());
    assertThat(json.get("reconciliation").toString())
        .isEqualTo("{\"read\":3,\"checked\":2,\"rejected\":0,\"failed\":1}");
    // The roll-up adds up the two checked reports (the same late notice twice).
    JsonNode rollUp = json.get("rollUp");
    assertThat(rollUp.get("reports").asInt()).isEqualTo(2);
    JsonNode notice = null;
    for (JsonNode line : rollUp.get("clauses")) {
      notice = line.get("clause").asText().equals("3.4") ? line : notice;
    }
    assertThat(notice).as("3.4 in the roll-up").isNotNull();
    assertThat(notice.get("recordSetsViolated").asInt()).isEqualTo(2);
    assertThat(notice.get("meetingsViolated").asInt()).isEqualTo(2);
    assertThat(notice.get("violations").asInt()).isEqualTo(2 * report.findingsOf("3.4").size());
    JsonNode failed = json.get("inputs").get(1);
    assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.get("rule").asText()).isEqualTo("X-1 host rule");
    assertThat(batch.reconciliation())
        .isEqualTo("3 record set(s) read, 2 checked, 0 rejected, 1 failed");
  }

  @Test
  void writesAFindingLineWithItsDepartmentAndSourceThenTheFindingAsInAReport() throws Exception {
    ComplianceReport report = ENGINE.check(lateNotice(), GoldenMeeting.AS_OF);
    Finding late = report.findingsOf("3.4").get(0);
    JsonNode inReport =
        TREE.readTree(ReportJson.toJson(report))
            .get("findings")
            .get(report.findings().indexOf(late));

    String line = ReportJson.findingLine("sales", "group.jsonl:7", late, report.zone());
    JsonNode json = TREE.readTree(line);

    assertThat(line).doesNotContain("\n");
    assertThat(names(json).subList(0, 2)).containsExactly("department", "source");
    assertThat(json.get("department").asText()).isEqualTo("sales");
    assertThat(json.get("source").asText()).isEqualTo("group.jsonl:7");
    ((ObjectNode) json).remove(List.of("department", "source"));
    assertThat(json).isEqualTo(inReport);
  }

  @Test
  void writesARejectedLineWithItsSourceRecordsAndProblems() throws Exception {
    RecordReadException error = null;
    try {
      JSON.read("{\"department\": ", "broken.json");
    } catch (RecordReadException e) {
      error = e;
    }
    BatchReport.Rejected rejected = (BatchReport.Rejected) BatchReport.Input.unreadable(0, error);

    String line = ReportJson.rejectedLine(rejected);
    JsonNode json = TREE.readTree(line);

    assertThat(line).doesNotContain("\n");
    assertThat(names(json)).containsExactly("source", "records", "problems");
    assertThat(json.get("source").asText()).isEqualTo("broken.json");
    assertThat(json.get("records").asText()).isEqualTo("document");
    assertThat(json.get("problems").get(0).get("constraint").asText())
        .isEqualTo(BatchReport.READ_ERROR);
    assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(1);
  }

  @Test
  void theDocsCopyOfTheReportSchemaIsTheResource() throws Exception {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
      assertThat(Files.readString(Path.of("../docs/compliance-report.schema.json")))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static int indexOfClause(ComplianceReport report, String id) {
    for (int i = 0; i < report.clauses().size(); i++) {
      if (report.clauses().get(i).clause().id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no clause " + id);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
