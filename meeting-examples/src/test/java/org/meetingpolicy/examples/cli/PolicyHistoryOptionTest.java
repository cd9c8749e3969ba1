package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.testkit.GoldenMeeting;

/** {@code meeting-check --policy-history}: dated versions, each finding citing its version. */
class PolicyHistoryOptionTest {

  private static final String HISTORY = "samples/policies/history.yaml";
  private static final String QUARTERS = "samples/evaluation/two-quarters.json";
  private static final String AS_OF = "2027-01-01T12:00+08:00";

  private static Run run(String... args) {
    return Run.of(
        Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC), InputStream.nullInputStream(), args);
  }

  @Test
  void fridayMeetingsAfterTheSwitchBreakTheNewVersionsDayAndCiteIt() throws Exception {
    Run run = run("--policy-history", HISTORY, "--as-of", AS_OF, "--format", "json", QUARTERS);

    JsonNode report = new ObjectMapper().readTree(run.out()).get("inputs").get(0).get("report");
    int wrongDay = 0;
    for (JsonNode finding : report.get("findings")) {
      String version = null;
      for (JsonNode evidence : finding.get("evidence")) {
        if (evidence.get("name").asText().equals("policyVersion")) {
          version = evidence.get("value").asText();
        }
      }
      assertThat(version).as("version cited by %s", finding.get("rule")).isIn("2026.1", "2026.2");
      if (finding.get("rule").asText().equals("schedule.regular-slot-day")) {
        wrongDay++;
        assertThat(version).isEqualTo("2026.2");
        assertThat(finding.get("subject").get("meeting").asText()).isGreaterThan("m-2026-10-01");
      }
    }
    assertThat(wrongDay).isPositive();
    assertThat(report.get("policy").asText())
        .isEqualTo("2026.1 Sales meetings + 2026.2 Sales meetings, Thursdays");
  }

  @Test
  void theTextShowsTheVersionWithEachFindingInBothLanguages() {
    Run en = run("--policy-history", HISTORY, "--as-of", AS_OF, QUARTERS);
    Run zh = run("--policy-history", HISTORY, "--as-of", AS_OF, "--lang", "zh", QUARTERS);

    assertThat(en.out()).contains("policyVersion = 2026.2").contains("policyVersion = 2026.1");
    assertThat(zh.out()).contains("制度版本 = 2026.2");
  }

  @Test
  void aHistoryAndAPolicyTogetherAreRefused() {
    Run run =
        run("--policy-history", HISTORY, "--policy", "samples/policies/thursday.yaml", QUARTERS);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo("meeting-check: --policy-history and --policy: give one of them\n");
  }

  @Test
  void aBadHistoryIsRefusedNamingTheVersionAndField(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(HISTORY))
            .replace("effectiveFrom: 2026-10-01", "effectiveFrom: soon"));

    Run run = run("--policy-history", bad.toString(), QUARTERS);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err())
        .startsWith("meeting-check: bad.yaml: version 2026.2: effectiveFrom: 'soon' is not a date")
        .doesNotContain("\tat ");
  }
}
