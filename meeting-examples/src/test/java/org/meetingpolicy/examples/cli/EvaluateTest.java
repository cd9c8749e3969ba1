package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.json.EvaluationJson;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * Drives {@code meeting-check evaluate} in-process through picocli on the two-quarters sample, in
 * each format and for each kind of error. The figures asserted in the JSON are the hand-computed
 * ones of meeting-rules' {@code TwoQuartersEvaluationTest} and {@code TwoQuartersRuleMetricsTest},
 * which read the same records from Java; here they must survive the JSON file, the command and the
 * JSON form.
 */
class EvaluateTest {

  private static final String SAMPLE = "samples/evaluation/two-quarters.json";
  private static final String AS_OF = "2027-01-01T12:00+08:00";
  private static final Offset<Double> EXACT = within(1e-9);
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final RecordJson JSON = RecordJson.create();

  /** The sample evaluated as JSON, once for the tests that read its figures. */
  private static final Run SAMPLE_JSON =
      run("evaluate", "--period", "2026-Q4", "--as-of", AS_OF, "--format", "json", SAMPLE);

  private static Run run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  private static Run runWithInput(InputStream stdin, String... args) {
    // "Now" for runs without --as-of: the sample's instant of evaluation.
    return Run.of(Clock.fixed(SampleQuarters.AS_OF, ZoneOffset.UTC), stdin, args);
  }

  // ---- text --------------------------------------------------------------------------------

  @Test
  void writesTheEvaluationAsTextComparedWithThePreviousQuarter() {
    // No --as-of: the fixed clock reads the sample's instant.
    Run run = run("evaluate", "--period", "2026-Q4", SAMPLE);

    assertThat(run.exit()).isEqualTo(Evaluate.EVALUATED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Effectiveness evaluation 2026-Q4 — Sales Department\n")
        .contains("As of 2027-01-01 12:00 (Asia/Shanghai); compared with 2026-Q3 (8.9)\n")
        .contains(
            "  Notice on time: 92.3 % (12/13); previous 100.0 % (-7.7 pp, worsened); target"
                + " 100.0 % (missed) [rules 3.4]\n")
        // Two periods by default: the trend runs over Q3 and Q4.
        .contains("  Decisions executed by their deadline: 2026-Q3 91.7 %, 2026-Q4 92.9 %\n");
  }

  // ---- JSON --------------------------------------------------------------------------------

  @Test
  void writesTheEvaluationAsJsonValidAgainstItsSchema() throws Exception {
    assertThat(SAMPLE_JSON.exit()).isEqualTo(Evaluate.EVALUATED);
    assertThat(SAMPLE_JSON.err()).isEmpty();
    try (InputStream schema =
        EvaluationJson.class.getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
      assertThat(
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(schema)
                  .validate(SAMPLE_JSON.out(), InputFormat.JSON))
          .isEmpty();
    }
    JsonNode json = TREE.readTree(SAMPLE_JSON.out());
    assertThat(json.get("period").asText()).isEqualTo("2026-Q4");
    assertThat(json.get("asOf").asText()).isEqualTo("2027-01-01T12:00:00+08:00");
    assertThat(labels(json)).containsExactly("2026-Q3", "2026-Q4");
  }

  @Test
  void jsonCarriesTheHandComputedMeetingAndPreparationFigures() throws Exception {
    JsonNode q3 = period(0);
    JsonNode q4 = period(1);

    // 13 Fridays + the emergency meeting in Q4, against 13 in Q3.
    assertThat(metric(q4, "meetings-held").get("value").asInt()).isEqualTo(14);
    assertThat(metric(q4, "meetings-held").get("change").asInt()).isEqualTo(1);
    // 2 Oct (国庆节) is a public holiday: its week needs no regular meeting, so 12 weeks count.
    assertRate(q4, "weekly-cadence", 12, 12);
    // Q4: 9 Oct's notice 5 days ahead is the one 3.4 violation of 13 regular meetings.
    JsonNode notice = metric(q4, "notice-on-time");
    assertRate(q4, "notice-on-time", 12, 13);
    assertThat(notice.get("previous").asDouble()).isCloseTo(1.0, EXACT);
    assertThat(notice.get("change").asDouble()).isCloseTo(-1.0 / 13, EXACT);
    assertThat(notice.get("trend").asText()).isEqualTo("WORSENED");
    assertThat(notice.get("target").asDouble()).isCloseTo(1.0, EXACT);
    assertThat(notice.get("targetResult").asText()).isEqualTo("MISSED");
    // 3.7: 7 Aug reconfirmed 1 day ahead; 3.5: 17 Jul's booking never confirmed; 3.6: 30 Oct.
    assertRate(q3, "reconfirmation-on-time", 12, 13);
    assertRate(q3, "room-booked", 12, 13);
    assertRate(q4, "equipment-checked", 12, 13);
  }

  @Test
  void jsonCarriesTheHandComputedAttendanceFigures() throws Exception {
    JsonNode q3 = period(0);
    JsonNode q4 = period(1);

    // 13 × 9 = 117 invitees in Q3, SALES_3 absent on 24 Jul; 14 × 9 = 126 in Q4, DEPUTY absent.
    assertRate(q3, "attendance-rate", 116, 117);
    JsonNode attendance = metric(q4, "attendance-rate");
    assertRate(q4, "attendance-rate", 125, 126);
    // 125/126 − 116/117 = 9/14742.
    assertThat(attendance.get("change").asDouble()).isCloseTo(9.0 / 14742, EXACT);
    assertThat(attendance.get("target").asDouble()).isCloseTo(0.98, EXACT);
    assertThat(attendance.get("targetResult").asText()).isEqualTo("MET");
    // 20 Nov: SALES_3 5 minutes late, SALES_2 only 5 minutes early.
    assertRate(q4, "punctuality", 123, 125);
    assertThat(metric(q4, "late-arrivals-without-notice").get("value").asInt()).isEqualTo(1);
    assertThat(metric(q3, "early-leaves-without-notice").get("value").asInt()).isEqualTo(1);
    assertRate(q4, "catch-up-completion", 1, 2);
  }

  @Test
  void jsonCarriesTheHandComputedMinutesAndDecisionFigures() throws Exception {
    JsonNode q3 = period(0);
    JsonNode q4 = period(1);

    // 6.2 and 6.4 each broken once in Q3; 6.5 once in Q4 (13 Nov), missing the 97 % target.
    assertRate(q3, "minutes-complete", 12, 13);
    assertRate(q3, "minutes-approved-before-distribution", 12, 13);
    assertRate(q4, "minutes-distributed-on-time", 13, 14);
    assertThat(metric(q4, "minutes-distributed-on-time").get("target").asDouble())
        .isCloseTo(0.97, EXACT);
    // Friday 16:00 → Monday 11:00 = 67 h; the median of 14 is still 67 h.
    JsonNode delay = metric(q4, "median-distribution-delay");
    assertThat(delay.get("value").asDouble()).isCloseTo(67.0, EXACT);
    assertThat(delay.get("denominator").asInt()).isEqualTo(14);
    // Q3: 11 of 12 deadlines kept (14 Aug's late); Q4: 13 of 14 (11 Dec's still open).
    assertRate(q3, "decision-execution-rate", 11, 12);
    JsonNode decisions = metric(q4, "decision-execution-rate");
    assertRate(q4, "decision-execution-rate", 13, 14);
    assertThat(decisions.get("change").asDouble()).isCloseTo(2.0 / 168, EXACT);
    assertThat(decisions.get("target").asDouble()).isCloseTo(0.95, EXACT);
    assertThat(decisions.get("targetResult").asText()).isEqualTo("MISSED");
    assertThat(metric(q4, "resolutions-overdue").get("value").asInt()).isEqualTo(1);
    // 16 Oct's first report came 7 d 22 h after the end: 14 of 15 reported regularly.
    assertRate(q4, "progress-report-regularity", 14, 15);
  }

  @Test
  void jsonCarriesTheHandComputedSatisfactionFiguresAndBreaches() throws Exception {
    JsonNode q3 = period(0);
    JsonNode q4 = period(1);

    // Q3 survey mean (7 × 4.0 + 6 × 3.5) / 13 = 49/13; Q4 (8 × 4.25 + 8 × 3.75) / 16 = 4.0.
    assertThat(metric(q3, "survey-mean-score").get("value").asDouble()).isCloseTo(49.0 / 13, EXACT);
    assertThat(metric(q4, "survey-mean-score").get("value").asDouble()).isCloseTo(4.0, EXACT);
    assertRate(q4, "survey-response-rate", 8, 9);
    // 30 pieces of feedback on 14 meetings; 29 rated, summing to 128.
    assertRate(q4, "feedback-per-meeting", 30, 14);
    assertThat(metric(q4, "feedback-mean-rating").get("value").asDouble())
        .isCloseTo(128.0 / 29, EXACT);
    // Violations of sections 2 to 10, each clause once per meeting.
    assertThat(violations(q3)).containsExactly(0, 2, 0, 1, 2, 1, 0, 0, 0);
    assertThat(violations(q4)).containsExactly(0, 2, 0, 3, 1, 2, 0, 0, 0);
    assertThat(q4.get("emergencyMeetings").get(0).get("reason").asText())
        .isEqualTo(SampleQuarters.EMERGENCY_REASON);
  }

  @Test
  void reportsAsManyPeriodsAsAskedOldestFirst() throws Exception {
    Run run =
        run(
            "evaluate",
            "--period",
            "2026-Q4",
            "--periods",
            "3",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            SAMPLE);

    assertThat(labels(TREE.readTree(run.out()))).containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
  }

  @Test
  void readsSeveralFilesAsOneDepartmentsRecords(@TempDir Path dir) throws Exception {
    // The sample split in its two quarters, each file with its own evaluation; Q3's last meeting
    // names Q4's first as its next, so neither file is valid alone.
    DepartmentRecords records = SampleQuarters.records();
    List<Meeting> q3 = new ArrayList<>();
    List<Meeting> q4 = new ArrayList<>();
    for (Meeting m : records.meetings()) {
      (m.plannedStart().getMonthValue() < 10 ? q3 : q4).add(m);
    }
    Path first = dir.resolve("2026-q3.json");
    Path second = dir.resolve("2026-q4.json");
    JSON.write(
        records.withMeetings(q3).withEvaluations(List.of(records.evaluations().get(0))), first);
    JSON.write(
        records.withMeetings(q4).withEvaluations(List.of(records.evaluations().get(1))), second);

    Run run =
        run(
            "evaluate",
            "--period",
            "2026-Q4",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            dir.toString());

    assertThat(run.exit()).isEqualTo(Evaluate.EVALUATED);
    assertThat(run.out()).isEqualTo(SAMPLE_JSON.out());
  }

  // ---- HTML --------------------------------------------------------------------------------

  @Test
  void writesTheSelfContainedPageToTheOutputFile(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("q4.html");

    Run run =
        run(
            "evaluate",
            "--period",
            "2026-Q4",
            "--as-of",
            AS_OF,
            "--format",
            "html",
            "--lang",
            "zh",
            "--output",
            page.toString(),
            SAMPLE);

    assertThat(run.exit()).isEqualTo(Evaluate.EVALUATED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<title>会议效果评估 2026-Q4 — Sales Department</title>")
        .contains("<svg class=\"trend\"")
        // Record text is escaped.
        .contains("Key customer &lt;Acme &amp; Co&gt; threatens")
        .doesNotContain("<script")
        .endsWith("</html>\n");
  }

  // ---- errors ------------------------------------------------------------------------------

  @Test
  void rejectsAnUnknownOrMalformedPeriodAsAUsageError() {
    Run fifth = run("evaluate", "--period", "2026-Q5", SAMPLE);
    Run backwards = run("evaluate", "--period", "Q4-2026", SAMPLE);

    for (Run run : List.of(fifth, backwards)) {
      assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
      assertThat(run.out()).isEmpty();
    }
    assertThat(fifth.err())
        .startsWith(
            "meeting-check evaluate: Invalid value for option '--period': '2026-Q5' is not a"
                + " period: a quarter such as 2026-Q4,")
        .endsWith("Try 'meeting-check evaluate --help' for more information.\n");
    assertThat(backwards.err()).contains("'Q4-2026' is not a period");
  }

  @Test
  void rejectsAPeriodThatHasNotBegunByTheInstantOfEvaluation() {
    Run run = run("evaluate", "--period", "2027-Q2", "--as-of", AS_OF, SAMPLE);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "meeting-check evaluate: period 2027-Q2 begins 2027-04-01 00:00 (Asia/Shanghai), not"
                + " before the instant of evaluation 2027-01-01 12:00: nothing to evaluate yet\n");
  }

  @Test
  void rejectsAMissingPeriodABadCountABadFormatAndNoInput() {
    Run noPeriod = run("evaluate", SAMPLE);
    Run zero = run("evaluate", "--period", "2026-Q4", "--periods", "0", SAMPLE);
    Run xml = run("evaluate", "--period", "2026-Q4", "--format", "xml", SAMPLE);
    Run noInput = run("evaluate", "--period", "2026-Q4");

    assertThat(List.of(noPeriod, zero, xml, noInput))
        .extracting(Run::exit)
        .containsOnly(MeetingCheck.INVALID_INPUT);
    assertThat(noPeriod.err()).startsWith("meeting-check evaluate: Missing required option");
    assertThat(zero.err()).contains("'0' is below 1");
    assertThat(xml.err()).contains("'xml' is not one of text, json, html");
    assertThat(noInput.err()).contains("Missing required parameter: 'INPUT'");
  }

  @Test
  void rejectsMalformedJsonWithOneLineNamingWhere(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("broken.json"), "{\n  \"department\": {\n    \"id\": \"sales\",\n  }\n}\n");

    Run run = run("evaluate", "--period", "2026-Q4", file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).startsWith(file + ":4:3: ").contains("not valid JSON").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rejectsAMalformedRecordAtTheLineOfItsProperty(@TempDir Path dir) throws IOException {
    Meeting first = SampleQuarters.meetings().get(0);
    // Alone, without the link to the next week's meeting that is not in the file.
    Meeting backwards =
        first.toBuilder().plannedEnd(first.plannedStart().minusHours(1)).nextMeeting(null).build();
    Path file = dir.resolve("backwards.json");
    JSON.write(SampleQuarters.records().withMeetings(List.of(backwards)), file);
    String text = Files.readString(file);
    String before = text.substring(0, text.indexOf("\"plannedEnd\""));
    long line = before.chars().filter(c -> c == '\n').count() + 1;

    Run run = run("evaluate", "--period", "2026-Q3", file.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith(file + ":" + line + ":")
        .contains("meetings[0].plannedEnd: ")
        .hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void rejectsAMissingFileAndAnOutputItCannotWrite(@TempDir Path dir) {
    Run missing = run("evaluate", "--period", "2026-Q4", "samples/no-such.json");
    Path nowhere = dir.resolve("no-such-dir").resolve("q4.html");
    Run unwritable =
        run(
            "evaluate",
            "--period",
            "2026-Q4",
            "--output",
            nowhere.toString(),
            "--as-of",
            AS_OF,
            SAMPLE);

    assertThat(missing.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(missing.err())
        .isEqualTo("meeting-check evaluate: samples/no-such.json: no such file or directory\n");
    assertThat(unwritable.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(unwritable.err())
        .isEqualTo(
            "meeting-check evaluate: cannot write " + nowhere + ": no such file or directory\n");
  }

  @Test
  void rejectsInputsOfDifferentDepartmentsAndIdsRepeatedAcrossThem(@TempDir Path dir)
      throws IOException {
    DepartmentRecords records = SampleQuarters.records();
    Department sales = records.department();
    Department renamed =
        new Department(
            sales.id(),
            "Sales (renamed)",
            sales.manager(),
            sales.people(),
            sales.relatedDepartments(),
            sales.designations(),
            sales.rooms());
    Path whole = dir.resolve("whole.json");
    Path other = dir.resolve("other.json");
    Path again = dir.resolve("again.json");
    JSON.write(records, whole);
    JSON.write(new DepartmentRecords(renamed, List.of(), List.of(), List.of()), other);
    JSON.write(
        new DepartmentRecords(sales, records.meetings().subList(0, 1), List.of(), List.of()),
        again);

    Run differs = run("evaluate", "--period", "2026-Q4", whole.toString(), other.toString());
    Run repeated = run("evaluate", "--period", "2026-Q4", whole.toString(), again.toString());

    assertThat(differs.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(differs.err())
        .isEqualTo(
            "meeting-check evaluate: "
                + other
                + ": department 'sales' is described otherwise than in "
                + whole
                + ": the inputs of an evaluation are one department's records\n");
    assertThat(repeated.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    // The repeated meeting is the first of again.json, the 28th of the inputs together.
    assertThat(repeated.err()).startsWith(again + ":").contains(": meetings[0].id: ");
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

    Run quiet = runWithInput(failing, "evaluate", "--period", "2026-Q4", "-");
    Run debug = runWithInput(failing, "evaluate", "--period", "2026-Q4", "--debug", "-");

    assertThat(quiet.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(quiet.err())
        .isEqualTo(
            "meeting-check evaluate: internal error: java.lang.IllegalStateException: disk on fire"
                + " (run with --debug for the stack trace)\n");
    assertThat(debug.exit()).isEqualTo(MeetingCheck.INTERNAL_ERROR);
    assertThat(debug.err()).contains("disk on fire").contains("\tat ");
  }

  @Test
  void theMainHelpListsTheSubcommandAndItHasItsOwn() {
    Run main = run("--help");
    Run evaluate = run("evaluate", "--help");

    assertThat(main.out())
        .contains("Commands:")
        .contains("  evaluate  Evaluates the effectiveness of a period's meetings (section 8).\n");
    assertThat(evaluate.exit()).isZero();
    assertThat(evaluate.out())
        .startsWith("Usage: meeting-check evaluate ")
        .contains("--period=PERIOD")
        .contains("--format=FORMAT");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static JsonNode period(int index) throws IOException {
    return TREE.readTree(SAMPLE_JSON.out()).get("periods").get(index);
  }

  private static JsonNode metric(JsonNode period, String id) {
    for (JsonNode metric : period.get("metrics")) {
      if (metric.get("metric").asText().equals(id)) {
        return metric;
      }
    }
    throw new AssertionError("no metric " + id);
  }

  /** The metric is the share {@code numerator / denominator}, measured. */
  private static void assertRate(JsonNode period, String id, int numerator, int denominator) {
    JsonNode m = metric(period, id);
    String label = period.get("period").get("label").asText();
    assertThat(m.get("status").asText()).as("%s status in %s", id, label).isEqualTo("MEASURED");
    assertThat(m.get("numerator").asInt()).as("%s numerator in %s", id, label).isEqualTo(numerator);
    assertThat(m.get("denominator").asInt())
        .as("%s denominator in %s", id, label)
        .isEqualTo(denominator);
    assertThat(m.get("value").asDouble())
        .as("%s in %s", id, label)
        .isCloseTo((double) numerator / denominator, EXACT);
  }

  private static List<String> labels(JsonNode json) {
    List<String> labels = new ArrayList<>();
    json.get("periods").forEach(p -> labels.add(p.get("period").get("label").asText()));
    return labels;
  }

  private static List<Integer> violations(JsonNode period) {
    List<Integer> counts = new ArrayList<>();
    period.get("sections").forEach(s -> counts.add(s.get("violations").asInt()));
    return counts;
  }
}
