package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.metrics.EffectivenessEvaluator;
import org.meetingpolicy.rules.metrics.EffectivenessReport;
import org.meetingpolicy.rules.metrics.MetricKind;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * The JSON form of an effectiveness evaluation: the two sample quarters written in the documented
 * order, every property present, valid against the published schema. The figures themselves are
 * computed (and checked by hand) in meeting-rules; here they only have to arrive unchanged.
 */
class EvaluationJsonTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final EffectivenessReport REPORT =
      new EffectivenessEvaluator(ComplianceEngine.createDefault())
          .report(SampleQuarters.records(), "2026-Q4", 2, SampleQuarters.AS_OF);
  private static final String TEXT = EvaluationJson.toJson(REPORT);

  @Test
  void theEvaluationIsValidAgainstThePublishedSchema() {
    assertThat(SchemaSupport.evaluationErrors(TEXT)).isEmpty();
  }

  @Test
  void theHeaderNamesTheFormatTheDepartmentThePeriodAndTheInstant() throws Exception {
    JsonNode json = TREE.readTree(TEXT);

    assertThat(names(json))
        .containsExactly(
            "format", "formatVersion", "department", "period", "asOf", "zone", "periods");
    assertThat(json.get("format").asText()).isEqualTo(EvaluationJson.FORMAT);
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("department").asText()).isEqualTo("Sales Department");
    assertThat(json.get("period").asText()).isEqualTo("2026-Q4");
    assertThat(json.get("asOf").asText()).isEqualTo("2027-01-01T12:00:00+08:00");
    assertThat(json.get("zone").asText()).isEqualTo("Asia/Shanghai");
  }

  @Test
  void eachPeriodComesOldestFirstWithItsBoundsAndThePeriodItIsComparedWith() throws Exception {
    JsonNode periods = TREE.readTree(TEXT).get("periods");

    assertThat(periods).hasSize(2);
    JsonNode q4 = periods.get(1);
    assertThat(names(q4))
        .containsExactly(
            "period",
            "previousPeriod",
            "underWay",
            "evaluation",
            "targetsFrom",
            "metrics",
            "emergencyMeetings",
            "onlineOrHybridMeetings",
            "survey",
            "feedbackByTopic",
            "sections",
            "indicators");
    assertThat(periods.get(0).get("period").get("label").asText()).isEqualTo("2026-Q3");
    assertThat(q4.get("underWay").asBoolean()).as("Q4 is over on 1 January at noon").isFalse();
    assertThat(q4.get("period").toString())
        .isEqualTo(
            "{\"label\":\"2026-Q4\",\"start\":\"2026-10-01T00:00:00+08:00\","
                + "\"end\":\"2027-01-01T00:00:00+08:00\"}");
    assertThat(q4.get("previousPeriod").get("label").asText()).isEqualTo("2026-Q3");
    assertThat(q4.get("evaluation").asText()).isEqualTo("ev-2026-q4");
    assertThat(q4.get("targetsFrom").asText()).isEqualTo("ev-2026-q4");
  }

  @Test
  void everyMetricIsThereInDeclarationOrderWithEveryPropertyEvenWhenNull() throws Exception {
    JsonNode q3 = TREE.readTree(TEXT).get("periods").get(0);

    List<String> ids = new ArrayList<>();
    q3.get("metrics").forEach(m -> ids.add(m.get("metric").asText()));
    assertThat(ids)
        .containsExactlyElementsOf(Arrays.stream(MetricKind.values()).map(MetricKind::id).toList());
    // 2026-Q2 has no meetings: Q3's cadence has nothing to compare with, and no target is set.
    JsonNode cadence = q3.get("metrics").get(MetricKind.WEEKLY_CADENCE.ordinal());
    assertThat(names(cadence))
        .containsExactly(
            "metric",
            "title",
            "group",
            "source",
            "clause",
            "unit",
            "better",
            "status",
            "value",
            "numerator",
            "denominator",
            "pending",
            "previous",
            "change",
            "trend",
            "target",
            "targetResult");
    assertThat(cadence.get("previous").isNull()).isTrue();
    assertThat(cadence.get("change").isNull()).isTrue();
    assertThat(cadence.get("trend").asText()).isEqualTo("NOT_COMPARABLE");
    assertThat(cadence.get("target").isNull()).isTrue();
    assertThat(cadence.get("targetResult").asText()).isEqualTo("NO_TARGET");
  }

  @Test
  void aRateIsAShareWithItsCountsAndACountHasNoFraction() throws Exception {
    JsonNode q4 = TREE.readTree(TEXT).get("periods").get(1);

    // Notice on time in Q4: 12 of 13 regular meetings (see TwoQuartersEvaluationTest).
    JsonNode notice = q4.get("metrics").get(MetricKind.NOTICE_ON_TIME.ordinal());
    assertThat(notice.get("title").toString())
        .isEqualTo("{\"en\":\"Notice on time\",\"zh\":\"提前通知合规率\"}");
    assertThat(notice.get("source").asText()).isEqualTo("RULES");
    assertThat(notice.get("clause").asText()).isEqualTo("3.4");
    assertThat(notice.get("numerator").asInt()).isEqualTo(12);
    assertThat(notice.get("denominator").asInt()).isEqualTo(13);
    assertThat(notice.get("value").asDouble()).isCloseTo(12.0 / 13, within(1e-15));
    // Meetings held: 14 in Q4 against 13 in Q3, written as integers.
    JsonNode held = q4.get("metrics").get(MetricKind.MEETINGS_HELD.ordinal());
    assertThat(held.get("value").isIntegralNumber()).isTrue();
    assertThat(held.get("value").asInt()).isEqualTo(14);
    assertThat(held.get("previous").asInt()).isEqualTo(13);
    assertThat(held.get("change").asInt()).isEqualTo(1);
    assertThat(held.get("numerator").isNull()).isTrue();
  }

  @Test
  void theListsAndTalliesOfThePeriodAreWrittenInFull() throws Exception {
    JsonNode q4 = TREE.readTree(TEXT).get("periods").get(1);

    assertThat(q4.get("emergencyMeetings").toString())
        .isEqualTo(
            "[{\"meeting\":\"m-2026-11-17\",\"start\":\"2026-11-17T10:00:00+08:00\","
                + "\"mode\":\"IN_PERSON\",\"reason\":\""
                + SampleQuarters.EMERGENCY_REASON
                + "\"}]");
    assertThat(q4.get("onlineOrHybridMeetings").get(0).get("mode").asText()).isEqualTo("ONLINE");
    assertThat(q4.get("survey").get(0).toString())
        .isEqualTo(
            "{\"question\":\"The meetings are worth the time\",\"responses\":8,\"meanScore\":4.25}");
    assertThat(q4.get("feedbackByTopic").toString())
        .isEqualTo("{\"MEETING\":14,\"MINUTES\":1,\"DISCIPLINE\":14,\"OTHER\":1}");
    assertThat(q4.get("sections")).hasSize(9);
    assertThat(q4.get("sections").get(1).toString())
        .isEqualTo("{\"section\":3,\"violations\":2,\"warnings\":0}");
    assertThat(q4.get("indicators").get(0).toString())
        .isEqualTo(
            "{\"kind\":\"MEETING_EFFICIENCY\",\"name\":\"Meetings end on time\",\"value\":93.0,"
                + "\"target\":90.0,\"unit\":\"%\"}");
  }

  @Test
  void theSameEvaluationGivesTheSameBytesToAStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    EvaluationJson.write(REPORT, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT).endsWith("}\n");
  }

  @Test
  void theSchemaNamesEveryMetricInDeclarationOrder() throws Exception {
    JsonNode ids;
    try (InputStream in =
        EvaluationJson.class.getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
      ids = TREE.readTree(in).at("/$defs/Metric/properties/metric/enum");
    }
    List<String> names = new ArrayList<>();
    ids.forEach(id -> names.add(id.asText()));

    assertThat(names)
        .containsExactlyElementsOf(Arrays.stream(MetricKind.values()).map(MetricKind::id).toList());
  }

  @Test
  void theDocsCopyOfTheEvaluationSchemaIsTheResource() throws Exception {
    try (InputStream in =
        EvaluationJson.class.getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
      assertThat(Files.readString(Path.of("../docs/effectiveness-evaluation.schema.json")))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
