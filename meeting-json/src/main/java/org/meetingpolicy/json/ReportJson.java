package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.rules.BatchRollUp;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.rules.Severity;

/**
 * Writes compliance reports as JSON in the documented, stable form of {@code
 * docs/report-format.md}, described by the JSON Schema {@link #SCHEMA_RESOURCE}: every property
 * always present (null when it has no value), in a fixed order, times as ISO-8601 with the offset
 * of the report's zone. The same report gives the same text, byte for byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJson {

  /** The classpath resource holding the JSON Schema (draft 2020-12) of the report format. */
  public static final String SCHEMA_RESOURCE =
      "/org/meetingpolicy/json/compliance-report.schema.json";

  /** The {@code format} of a single report. */
  public static final String REPORT_FORMAT = "meeting-policy/compliance-report";

  /** The {@code format} of a batch report. */
  public static final String BATCH_FORMAT = "meeting-policy/batch-report";

  /** The version of both formats; a change that can break a reader raises it. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /** One report as JSON text, ending with a newline. */
  public static String toJson(ComplianceReport report) {
    return text(g -> writeReport(g, report, true));
  }

  /** A batch as JSON text, ending with a newline. */
  public static String toJson(BatchReport batch) {
    StringWriter out = new StringWriter();
    try {
      writeBatch(batch, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out.toString();
  }

  /** Writes one report as UTF-8 JSON to the stream, which is not closed. */
  public static void write(ComplianceReport report, OutputStream out) throws IOException {
    out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a batch as UTF-8 JSON to the stream, which is not closed; one input at a time, never the
   * whole text at once.
   */
  public static void write(BatchReport batch, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writeBatch(batch, text);
    text.flush();
  }

  private static void writeBatch(BatchReport batch, Writer out) throws IOException {
    BatchWriter writer = batchWriter(out, batch.asOf(), batch.zone());
    for (BatchReport.Input input : batch.inputs()) {
      writer.write(input);
    }
    writer.finish();
  }

  /**
   * A writer of one batch report that writes each input as it is given, so that a run of any size
   * is written in the memory of one input: the header first, then {@link BatchWriter#write} per
   * input, then {@link BatchWriter#finish}, which adds the reconciliation of what was written. The
   * text is the same as {@link #toJson(BatchReport)}'s for the same inputs. {@code out} is flushed
   * after each input and never closed.
   */
  public static BatchWriter batchWriter(Writer out, Instant asOf, ZoneId zone) throws IOException {
    return new BatchWriter(out, asOf, zone);
  }

  /** Writes a batch report input by input; see {@link #batchWriter}. Not thread-safe. */
  public static final class BatchWriter {
    private final JsonGenerator g;
    private long read;
    private long checked;
    private long rejected;
    private long failed;
    private final BatchRollUp.Builder rollUp = BatchRollUp.builder();

    private BatchWriter(Writer out, Instant asOf, ZoneId zone) throws IOException {
      g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(RecordJson.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", BATCH_FORMAT);
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeStringField("asOf", time(asOf, zone));
      g.writeStringField("zone", zone.getId());
      g.writeArrayFieldStart("inputs");
      g.flush();
    }

    /** Writes one input, the next in input order, and flushes. */
    public void write(BatchReport.Input input) throws IOException {
      read++;
      writeInput(g, input);
      if (input instanceof BatchReport.Checked done) {
        checked++;
        rollUp.add(done.report());
      } else if (input instanceof BatchReport.Rejected) {
        rejected++;
      } else {
        failed++;
      }
      g.flush();
    }

    /**
     * Ends the inputs, writes the reconciliation of those written, the roll-up of the checked ones
     * ({@link BatchRollUp}) and a final newline.
     */
    public void finish() throws IOException {
      g.writeEndArray();
      g.writeObjectFieldStart("reconciliation");
      g.writeNumberField("read", read);
      g.writeNumberField("checked", checked);
      g.writeNumberField("rejected", rejected);
      g.writeNumberField("failed", failed);
      g.writeEndObject();
      writeRollUp(g, rollUp.build());
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
    }
  }

  private static void writeRollUp(JsonGenerator g, BatchRollUp rollUp) throws IOException {
    g.writeObjectFieldStart("rollUp");
    g.writeNumberField("reports", rollUp.reports());
    g.writeArrayFieldStart("clauses");
    for (BatchRollUp.ClauseLine line : rollUp.clauses()) {
      g.writeStartObject();
      g.writeStringField("clause", line.clauseId());
      g.writeNumberField("recordSetsViolated", line.recordSetsViolated());
      g.writeNumberField("recordSetsDue", line.recordSetsDue());
      g.writeNumberField("meetingsViolated", line.meetingsViolated());
      g.writeNumberField("meetingsDue", line.meetingsDue());
      g.writeNumberField("violations", line.violations());
      g.writeNumberField("due", line.due());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("people");
    for (BatchRollUp.PersonLine line : rollUp.people()) {
      g.writeStartObject();
      g.writeStringField("person", line.person());
      g.writeNumberField("meetings", line.meetings());
      g.writeObjectFieldStart("incidents");
      for (BatchRollUp.Incident kind : BatchRollUp.Incident.values()) {
        g.writeNumberField(kind.name(), line.count(kind));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String text(Body body) {
    Writer out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(RecordJson.prettyPrinter());
      body.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out + "\n";
  }

  private static void writeInput(JsonGenerator g, BatchReport.Input input) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", input.index());
    g.writeStringField("source", input.source());
    if (input instanceof BatchReport.Checked checked) {
      g.writeStringField("outcome", "CHECKED");
      g.writeFieldName("report");
      writeReport(g, checked.report(), false);
    } else if (input instanceof BatchReport.Failed failed) {
      g.writeStringField("outcome", "FAILED");
      g.writeStringField("records", failed.records());
      g.writeStringField("rule", failed.rule());
      g.writeStringField("message", failed.message());
    } else {
      BatchReport.Rejected rejected = (BatchReport.Rejected) input;
      g.writeStringField("outcome", "REJECTED");
      g.writeStringField("records", rejected.records());
      writeProblems(g, rejected);
    }
    g.writeEndObject();
  }

  private static void writeProblems(JsonGenerator g, BatchReport.Rejected rejected)
      throws IOException {
    g.writeArrayFieldStart("problems");
    for (BatchReport.LocatedProblem located : rejected.problems()) {
      Problem problem = located.problem();
      g.writeStartObject();
      g.writeStringField("record", problem.record());
      g.writeStringField("path", problem.path());
      g.writeStringField("constraint", problem.constraint());
      g.writeStringField("message", problem.message());
      if (located.position() == null) {
        g.writeNullField("line");
        g.writeNullField("column");
      } else {
        g.writeNumberField("line", located.position().line());
        g.writeNumberField("column", located.position().column());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * One finding as a line of JSON Lines, without the newline: {@code department} and {@code source}
   * (the record set it came from), then the finding's properties as in a report ({@code clause},
   * {@code rule}, {@code severity}, {@code subject} with its {@code meeting}, {@code at}, {@code
   * evidence}, {@code message}), times with the offset of {@code zone}.
   */
  public static String findingLine(String department, String source, Finding finding, ZoneId zone) {
    return line(
        g -> {
          g.writeStartObject();
          g.writeStringField("department", department);
          g.writeStringField("source", source);
          writeFindingFields(g, finding, zone);
          g.writeEndObject();
        });
  }

  /**
   * One rejected input as a line of JSON Lines, without the newline: {@code source}, {@code
   * records} and {@code problems} as in a batch report.
   */
  public static String rejectedLine(BatchReport.Rejected rejected) {
    return line(
        g -> {
          g.writeStartObject();
          g.writeStringField("source", rejected.source());
          g.writeStringField("records", rejected.records());
          writeProblems(g, rejected);
          g.writeEndObject();
        });
  }

  private static String line(Body body) {
    Writer out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      body.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out.toString();
  }

  private static void writeReport(JsonGenerator g, ComplianceReport report, boolean header)
      throws IOException {
    ZoneId zone = report.zone();
    g.writeStartObject();
    if (header) {
      g.writeStringField("format", REPORT_FORMAT);
      g.writeNumberField("formatVersion", FORMAT_VERSION);
    }
    g.writeStringField("records", report.records());
    g.writeStringField("asOf", time(report.asOf(), zone));
    g.writeStringField("zone", zone.getId());
    g.writeStringField("policy", report.policyName());
    g.writeBooleanField("compliant", report.isCompliant());
    g.writeArrayFieldStart("meetings");
    for (var meeting : report.meetings()) {
      g.writeString(meeting.value());
    }
    g.writeEndArray();
    writeSummary(g, report);
    g.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(g, finding, zone);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clauses");
    for (ClauseResult clause : report.clauses()) {
      g.writeStartObject();
      g.writeStringField("clause", clause.clause().id());
      g.writeStringField("status", clause.status().name());
      g.writeNumberField("violations", clause.violations());
      g.writeNumberField("warnings", clause.warnings());
      g.writeNumberField("due", clause.due());
      g.writeStringField("nextDue", time(clause.nextDue(), zone));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (ReportNote note : report.notes()) {
      g.writeStartObject();
      g.writeStringField("code", note.code());
      g.writeStringField("zh", note.zh());
      g.writeStringField("en", note.en());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, ComplianceReport report) throws IOException {
    Map<ClauseStatus, Long> counts = report.statusCounts();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("violations", report.findings(Severity.VIOLATION).size());
    g.writeNumberField("warnings", report.findings(Severity.WARNING).size());
    g.writeNumberField("due", report.findings(Severity.DUE).size());
    g.writeObjectFieldStart("clauses");
    g.writeNumberField("violated", counts.getOrDefault(ClauseStatus.VIOLATED, 0L));
    g.writeNumberField("due", counts.getOrDefault(ClauseStatus.DUE, 0L));
    g.writeNumberField("compliant", counts.getOrDefault(ClauseStatus.COMPLIANT, 0L));
    g.writeNumberField("notApplicable", counts.getOrDefault(ClauseStatus.NOT_APPLICABLE, 0L));
    g.writeNumberField("notChecked", counts.getOrDefault(ClauseStatus.NOT_CHECKED, 0L));
    g.writeEndObject();
    g.writeObjectFieldStart("text");
    g.writeStringField("en", report.summary(Language.EN));
    g.writeStringField("zh", report.summary(Language.ZH));
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeFinding(JsonGenerator g, Finding finding, ZoneId zone) throws IOException {
    g.writeStartObject();
    writeFindingFields(g, finding, zone);
    g.writeEndObject();
  }

  private static void writeFindingFields(JsonGenerator g, Finding finding, ZoneId zone)
      throws IOException {
    g.writeStringField("clause", finding.clauseId());
    g.writeStringField("rule", finding.ruleId());
    g.writeStringField("severity", finding.severity().name());
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", finding.subject().kind().name());
    g.writeStringField("id", finding.subject().id());
    g.writeStringField(
        "meeting",
        finding.subject().meeting() == null ? null : finding.subject().meeting().value());
    g.writeEndObject();
    g.writeStringField("at", time(finding.at(), zone));
    g.writeArrayFieldStart("evidence");
    for (Evidence evidence : finding.evidence()) {
      g.writeStartObject();
      g.writeStringField("name", evidence.name());
      g.writeStringField("value", evidence.value());
      g.writeStringField("valueZh", evidence.valueZh());
      g.writeFieldName("data");
      writeData(g, evidence.data(), zone);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("message");
    g.writeStringField("en", finding.message(Language.EN));
    g.writeStringField("zh", finding.message(Language.ZH));
    g.writeEndObject();
  }

  /**
   * Evidence data as JSON: an instant with the report zone's offset, a duration in ISO-8601 ({@code
   * PT168H}), numbers and booleans as such, text as text, a list as an array.
   */
  private static void writeData(JsonGenerator g, @Nullable Object data, ZoneId zone)
      throws IOException {
    if (data == null) {
      g.writeNull();
    } else if (data instanceof Instant instant) {
      g.writeString(time(instant, zone));
    } else if (data instanceof Duration duration) {
      g.writeString(duration.toString());
    } else if (data instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (data instanceof Integer i) {
      g.writeNumber(i);
    } else if (data instanceof Long l) {
      g.writeNumber(l);
    } else if (data instanceof Double d) {
      g.writeNumber(d);
    } else if (data instanceof List<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        writeData(g, element, zone);
      }
      g.writeEndArray();
    } else {
      g.writeString(data.toString());
    }
  }

  /** The instant with the zone's offset, such as {@code 2026-12-10T12:00:00+08:00}; or null. */
  static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
  }
}
