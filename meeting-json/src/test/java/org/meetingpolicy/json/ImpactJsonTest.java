package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.impact.Impact;
import org.meetingpolicy.rules.impact.ImpactAnalysis;
import org.meetingpolicy.testkit.SampleQuarters;

class ImpactJsonTest {

  @Test
  void aThursdayProposalOverTheSampleQuartersIsValidAgainstTheSchema() throws Exception {
    MeetingPolicy current = MeetingPolicy.defaults();
    MeetingPolicy thursday =
        current.toBuilder().name("Thursdays").regularMeetingDay(DayOfWeek.THURSDAY).build();
    Impact impact =
        new ImpactAnalysis(
                ComplianceEngine.builder().policy(current).build(),
                ComplianceEngine.builder().policy(thursday).build())
            .compare(List.of(SampleQuarters.records()), SampleQuarters.AS_OF);

    String json = ImpactJson.toJson(impact, current.zone(), List.of("two-quarters.json"));

    assertThat(SchemaSupport.impactErrors(json)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("format").asText()).isEqualTo("meeting-policy/policy-impact");
    assertThat(root.get("proposed").asText()).isEqualTo("Thursdays");
    assertThat(root.get("empty").asBoolean()).isFalse();
    assertThat(root.get("findings").size()).isEqualTo(impact.findings().size());
    JsonNode first = root.get("findings").get(0);
    assertThat(first.get("source").asText()).isEqualTo("two-quarters.json");
    assertThat(root.get("asOf").asText()).endsWith("+08:00");
  }

  @Test
  void anEmptyImpactIsValidToo() throws Exception {
    ComplianceEngine engine = ComplianceEngine.createDefault();
    Impact impact =
        new ImpactAnalysis(engine, engine)
            .compare(List.of(SampleQuarters.records()), SampleQuarters.AS_OF);

    String json = ImpactJson.toJson(impact, engine.policy().zone(), List.of());

    assertThat(SchemaSupport.impactErrors(json)).isEmpty();
    assertThat(new ObjectMapper().readTree(json).get("empty").asBoolean()).isTrue();
  }

  @Test
  void theDocsCopyOfTheSchemaIsTheResource() throws Exception {
    try (InputStream in = ImpactJson.class.getResourceAsStream(ImpactJson.SCHEMA_RESOURCE)) {
      assertThat(Files.readString(Path.of("../docs/policy-impact.schema.json")))
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
