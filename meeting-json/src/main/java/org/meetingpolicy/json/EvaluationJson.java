package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.EffectivenessReport;
import org.meetingpolicy.rules.metrics.MeetingNote;
import org.meetingpolicy.rules.metrics.Metric;
import org.meetingpolicy.rules.metrics.MetricUnit;
import org.meetingpolicy.rules.metrics.PeriodEvaluation;
import org.meetingpolicy.rules.metrics.SectionTally;

/**
 * Writes an effectiveness evaluation ({@link EffectivenessReport}: one or more consecutive periods,
 * oldest first) as JSON in the documented, stable form of {@code docs/evaluation-format.md},
 * described by the JSON Schema {@link #SCHEMA_RESOURCE}: every property always present (null when
 * it has no value), in a fixed order; times as ISO-8601 with the offset of the evaluation's zone;
 * values in the metric's unit as {@link Metric} holds them (a rate is a share from 0 to 1), counts
 * without a fraction. The same evaluation gives the same text, byte for byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationJson {

  /** The classpath resource holding the JSON Schema (draft 2020-12) of the evaluation format. */
  public static final String SCHEMA_RESOURCE =
      "/org/meetingpolicy/json/effectiveness-evaluation.schema.json";

  /** The {@code format} of the document. */
  public static final String FORMAT = "meeting-policy/effectiveness-evaluation";

  /** The version of the format; a change that can break a reader raises it. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private EvaluationJson() {}

  /** The evaluation as JSON text, ending with a newline. */
  public static String toJson(EffectivenessReport report) {
    Writer out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(RecordJson.prettyPrinter());
      writeReport(generator, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out + "\n";
  }

  /** Writes the evaluation as UTF-8 JSON to the stream, which is not closed. */
  public static void write(EffectivenessReport report, OutputStream out) throws IOException {
    out.write(toJson(report).getBytes(StandardCharsets.UTF_8));
  }

  private static void writeReport(JsonGenerator g, EffectivenessReport report) throws IOException {
    PeriodEvaluation current = report.current();
    ZoneId zone = current.zone();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("department", current.department());
    g.writeStringField("period", current.period().label());
    g.writeStringField("asOf", time(current.asOf(), zone));
    g.writeStringField("zone", zone.getId());
    g.writeArrayFieldStart("periods");
    for (PeriodEvaluation evaluation : report.periods()) {
      writePeriodEvaluation(g, evaluation, zone);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePeriodEvaluation(JsonGenerator g, PeriodEvaluation e, ZoneId zone)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("period");
    writePeriod(g, e.period(), zone);
    g.writeFieldName("previousPeriod");
    writePeriod(g, e.previousPeriod(), zone);
    g.writeBooleanField("underWay", e.underWay());
    g.writeStringField("evaluation", e.evaluation() == null ? null : e.evaluation().value());
    g.writeStringField("targetsFrom", e.targetsFrom() == null ? null : e.targetsFrom().value());
    g.writeArrayFieldStart("metrics");
    for (Metric metric : e.metrics()) {
      writeMetric(g, metric);
    }
    g.writeEndArray();
    writeNotes(g, "emergencyMeetings", e.emergencyMeetings(), zone);
    writeNotes(g, "onlineOrHybridMeetings", e.onlineOrHybridMeetings(), zone);
    g.writeArrayFieldStart("survey");
    for (SurveyQuestion q : e.surveyQuestions()) {
      g.writeStartObject();
      g.writeStringField("question", q.question());
      g.writeNumberField("responses", q.responses());
      if (q.meanScore() == null) {
        g.writeNullField("meanScore");
      } else {
        g.writeNumberField("meanScore", q.meanScore());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("feedbackByTopic");
    for (Map.Entry<FeedbackTopic, Integer> topic : e.feedbackByTopic().entrySet()) {
      g.writeNumberField(topic.getKey().name(), topic.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("sections");
    for (SectionTally s : e.sections()) {
      g.writeStartObject();
      g.writeNumberField("section", s.section());
      g.writeNumberField("violations", s.violations());
      g.writeNumberField("warnings", s.warnings());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("indicators");
    for (Indicator i : e.recordedIndicators()) {
      g.writeStartObject();
      g.writeStringField("kind", i.kind().name());
      g.writeStringField("name", i.name());
      g.writeNumberField("value", i.value());
      if (i.target() == null) {
        g.writeNullField("target");
      } else {
        g.writeNumberField("target", i.target());
      }
      g.writeStringField("unit", i.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePeriod(JsonGenerator g, CalendarPeriod period, ZoneId zone)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("label", period.label());
    g.writeStringField("start", time(period.start(), zone));
    g.writeStringField("end", time(period.end(), zone));
    g.writeEndObject();
  }

  private static void writeMetric(JsonGenerator g, Metric m) throws IOException {
    MetricUnit unit = m.kind().unit();
    g.writeStartObject();
    g.writeStringField("metric", m.kind().id());
    g.writeObjectFieldStart("title");
    g.writeStringField("en", m.kind().title(Language.EN));
    g.writeStringField("zh", m.kind().title(Language.ZH));
    g.writeEndObject();
    g.writeStringField("group", m.kind().group().name());
    g.writeStringField("source", m.kind().source().name());
    g.writeStringField("clause", m.kind().clauseId());
    g.writeStringField("unit", unit.name());
    g.writeStringField("better", m.kind().better().name());
    g.writeStringField("status", m.status().name());
    writeValue(g, "value", m.value(), unit);
    writeInteger(g, "numerator", m.numerator());
    writeInteger(g, "denominator", m.denominator());
    g.writeNumberField("pending", m.pending());
    writeValue(g, "previous", m.previous(), unit);
    writeValue(g, "change", m.change(), unit);
    g.writeStringField("trend", m.trend().name());
    writeValue(g, "target", m.target(), unit);
    g.writeStringField("targetResult", m.targetResult().name());
    g.writeEndObject();
  }

  private static void writeNotes(JsonGenerator g, String name, List<MeetingNote> notes, ZoneId zone)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (MeetingNote note : notes) {
      g.writeStartObject();
      g.writeStringField("meeting", note.meeting().value());
      g.writeStringField("start", time(note.start().toInstant(), zone));
      g.writeStringField("mode", note.mode().name());
      g.writeStringField("reason", note.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A value in the metric's unit: a count without a fraction, anything else as it is. */
  private static void writeValue(
      JsonGenerator g, String name, @Nullable Double value, MetricUnit unit) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else if (unit == MetricUnit.COUNT && value == Math.rint(value) && !value.isInfinite()) {
      g.writeNumberField(name, value.longValue());
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void writeInteger(JsonGenerator g, String name, @Nullable Integer value)
      throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  /** The instant with the zone's offset, such as {@code 2027-01-01T12:00:00+08:00}. */
  private static String time(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
  }
}
