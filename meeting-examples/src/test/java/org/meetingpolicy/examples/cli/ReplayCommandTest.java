package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.json.DecisionLog;
import org.meetingpolicy.testkit.GoldenMeeting;

/** {@code meeting-check --decision-log} and {@code meeting-check replay}, in-process. */
class ReplayCommandTest {

  private static final String AS_OF = "2026-12-10T12:00+08:00";

  private static Run run(String... args) {
    return Run.of(
        Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC), InputStream.nullInputStream(), args);
  }

  /** The two monthly samples copied to {@code dir}, checked with a decision log. */
  private static Path logged(Path dir) throws Exception {
    for (String name : List.of("compliant-month.json", "noncompliant-month.json")) {
      Files.copy(Path.of("samples", name), dir.resolve(name));
    }
    Path log = dir.resolve("decisions.jsonl");
    Run check = run("--as-of", AS_OF, "--decision-log", log.toString(), dir.toString());
    assertThat(check.exit()).isEqualTo(MeetingCheck.FINDINGS);
    return log;
  }

  @Test
  void eachRecordSetIsLoggedWithItsInputHashPolicyAndFindings(@TempDir Path dir) throws Exception {
    Path log = logged(dir);

    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("format").asText()).isEqualTo("meeting-policy/decision");
    assertThat(first.get("source").asText()).endsWith("compliant-month.json");
    assertThat(first.get("inputSha256").asText())
        .isEqualTo(DecisionLog.sha256(Files.readAllBytes(dir.resolve("compliant-month.json"))));
    assertThat(first.get("outcome").asText()).isEqualTo("CHECKED");
    assertThat(first.get("policySha256").asText()).hasSize(64);
    assertThat(first.get("engineVersion").asText()).isEqualTo(MeetingCheck.VERSION);
    assertThat(first.get("asOf").asText()).isEqualTo("2026-12-10T04:00:00Z");
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.get("findings").size()).isGreaterThan(10);
  }

  @Test
  void theSameInputsAndPolicyAreDecidedAsLogged(@TempDir Path dir) throws Exception {
    Path log = logged(dir);

    Run replay = run("replay", log.toString(), dir.toString());

    assertThat(replay.exit()).isEqualTo(ReplayCommand.SAME);
    assertThat(replay.out()).endsWith("2 decided as logged, 0 differ\n");
  }

  @Test
  void aChangedInputIsFound(@TempDir Path dir) throws Exception {
    Path log = logged(dir);
    Path changed = dir.resolve("compliant-month.json");
    Files.writeString(changed, Files.readString(changed) + "\n");

    Run replay = run("replay", log.toString(), dir.toString());

    assertThat(replay.exit()).isEqualTo(ReplayCommand.DIFFERS);
    assertThat(replay.out())
        .contains("compliant-month.json: the input changed since the decision")
        .endsWith("1 decided as logged, 1 differ\n");
  }

  @Test
  void aChangedPolicyIsFound(@TempDir Path dir) throws Exception {
    Path log = logged(dir);

    Run replay =
        run("replay", "--policy", "samples/policies/thursday.yaml", log.toString(), dir.toString());

    assertThat(replay.exit()).isEqualTo(ReplayCommand.DIFFERS);
    assertThat(replay.out())
        .contains("the policy's parameters or rules changed since the decision")
        .endsWith("0 decided as logged, 2 differ\n");
  }

  @Test
  void otherFindingsFromTheSameInputAndPolicyAreFound(@TempDir Path dir) throws Exception {
    Path log = logged(dir);
    // As if the engine of the time had found one thing fewer.
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode second =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(lines.get(1));
    ((com.fasterxml.jackson.databind.node.ArrayNode) second.get("findings")).remove(0);
    Files.write(log, List.of(lines.get(0), mapper.writeValueAsString(second)));

    Run replay = run("replay", log.toString(), dir.toString());

    assertThat(replay.exit()).isEqualTo(ReplayCommand.DIFFERS);
    assertThat(replay.out())
        .contains(
            "noncompliant-month.json: other findings today with the same input and policy (1"
                + " new, 0 gone; new: ");
  }

  @Test
  void anInputNeverLoggedDiffers(@TempDir Path dir) throws Exception {
    Path log = logged(dir);
    Files.copy(Path.of("samples/evaluation/two-quarters.json"), dir.resolve("z-quarters.json"));

    Run replay = run("replay", log.toString(), dir.toString());

    assertThat(replay.exit()).isEqualTo(ReplayCommand.DIFFERS);
    assertThat(replay.out()).contains("z-quarters.json: no decision logged for this input");
  }

  @Test
  void aLogThatIsNotALogIsRefusedNamingTheLine(@TempDir Path dir) throws Exception {
    Path log = logged(dir);
    Files.writeString(
        log,
        Files.readString(log) + "\n{\"format\":\"meeting-policy/decision\",\"source\":\"a\"}\n");
    Path garbled = dir.resolve("garbled.jsonl");
    Files.writeString(garbled, "not json\n");

    Run incomplete = run("replay", log.toString(), dir.toString());
    Run notJson = run("replay", garbled.toString(), dir.toString());

    assertThat(incomplete.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(incomplete.err())
        .contains("decisions.jsonl:4: not a decision: ")
        .contains("outcome is missing")
        .doesNotContain("\tat ");
    assertThat(notJson.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(notJson.err()).contains("garbled.jsonl:1: not a decision");
  }
}
