package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.impact.Impact;

/**
 * The JSON form of an {@link Impact}: format {@code meeting-policy/policy-impact}, schema {@value
 * #SCHEMA_RESOURCE} (a copy in docs/policy-impact.schema.json). Findings are written as in the
 * compliance report, times with the zone's offset.
 */
public final class ImpactJson {

  /** The class-path resource of the JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/org/meetingpolicy/json/policy-impact.schema.json";

  /** The value of {@code format}. */
  public static final String FORMAT = "meeting-policy/policy-impact";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ImpactJson() {}

  /**
   * The impact as JSON text, ending with a newline.
   *
   * @param impact the impact
   * @param zone the zone to write times in (the current policy's)
   * @param sources the name of each record set, by index; shorter lists leave the rest null
   */
  public static String toJson(Impact impact, ZoneId zone, List<String> sources) {
    Writer out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(RecordJson.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("formatVersion", 1);
      g.writeStringField("current", impact.current());
      g.writeStringField("proposed", impact.proposed());
      g.writeStringField("asOf", ReportJson.time(impact.asOf(), zone));
      g.writeStringField("zone", zone.getId());
      g.writeNumberField("recordSets", impact.recordSets());
      g.writeBooleanField("empty", impact.isEmpty());
      g.writeArrayFieldStart("clauses");
      for (Impact.ClauseChange c : impact.clauses()) {
        g.writeStartObject();
        g.writeStringField("clause", c.clauseId());
        g.writeNumberField("newlyViolated", c.newlyViolated());
        g.writeNumberField("newlyCompliant", c.newlyCompliant());
        g.writeNumberField("newlyDue", c.newlyDue());
        g.writeNumberField("noLongerApplicable", c.noLongerApplicable());
        g.writeNumberField("otherwise", c.otherwise());
        g.writeArrayFieldStart("recordSets");
        List<Integer> sets = new ArrayList<>(c.before().keySet());
        sets.sort(null);
        for (int set : sets) {
          g.writeStartObject();
          g.writeNumberField("index", set);
          g.writeStringField("source", set < sources.size() ? sources.get(set) : null);
          g.writeStringField("before", status(c.before(), set));
          g.writeStringField("after", status(c.after(), set));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Impact.FindingChange f : impact.findings()) {
        g.writeStartObject();
        g.writeNumberField("recordSet", f.recordSet());
        g.writeStringField(
            "source",
            f.source() != null
                ? f.source()
                : f.recordSet() < sources.size() ? sources.get(f.recordSet()) : null);
        g.writeStringField("kind", f.kind().name());
        g.writeFieldName("before");
        if (f.before() == null) {
          g.writeNull();
        } else {
          ReportJson.writeFinding(g, f.before(), zone);
        }
        g.writeFieldName("after");
        if (f.after() == null) {
          g.writeNull();
        } else {
          ReportJson.writeFinding(g, f.after(), zone);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to a string", e);
    }
    return out + "\n";
  }

  private static String status(Map<Integer, ClauseStatus> statuses, int set) {
    return Objects.requireNonNull(statuses.get(set), "status of record set " + set).name();
  }
}
