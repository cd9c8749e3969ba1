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

/** {@code meeting-check impact}, driven in-process on the samples. */
class ImpactCommandTest {

  private static final String IN_FORCE = "samples/policies/in-force.yaml";
  private static final String THURSDAY = "samples/policies/thursday.yaml";
  private static final String FIVE_DAYS = "samples/policies/five-days-notice.yaml";
  private static final String QUARTERS = "samples/evaluation/two-quarters.json";
  private static final String AS_OF = "2027-01-01T12:00+08:00";

  private static Run run(String... args) {
    return Run.of(
        Clock.fixed(GoldenMeeting.AS_OF, ZoneOffset.UTC), InputStream.nullInputStream(), args);
  }

  @Test
  void aThursdayMeetingDayFlagsTheFridayMeetingsAndExitsWithOne() {
    Run run = run("impact", "--from", IN_FORCE, "--to", THURSDAY, "--as-of", AS_OF, QUARTERS);

    assertThat(run.exit()).isEqualTo(ImpactCommand.CHANGES);
    assertThat(run.out())
        .startsWith(
            "impact of \"Sales meetings, Thursdays (proposed)\" against \"Sales meetings (in"
                + " force)\" as of 2027-01-01 12:00 (Asia/Shanghai), 1 record set(s)\n"
                + "clauses whose status changes:\n")
        .contains("\n  3.1  newly violated in 1 record set(s)\n")
        .contains("findings that change, by meeting:\n")
        .contains("    + only if proposed: VIOLATION 3.1 ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theReadmesExcerptIsWhatTheCommandPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```text\n  impact of ");
    assertThat(start).as("the README's impact excerpt").isNotNegative();
    String excerpt =
        readme
            .substring(start + "```text\n".length(), readme.indexOf("```", start + 7))
            .replace("meeting-examples/samples/", "samples/");
    Run run = run("impact", "--from", IN_FORCE, "--to", THURSDAY, "--as-of", AS_OF, QUARTERS);

    java.util.List<String> printed = run.out().lines().toList();
    int at = 0;
    for (String line :
        excerpt.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("…")).toList()) {
      int found =
          printed.subList(at, printed.size()).stream().map(String::strip).toList().indexOf(line);
      assertThat(found).as("README line %s, in order", line).isNotNegative();
      at += found + 1;
    }
  }

  @Test
  void theSamePolicyOnBothSidesChangesNothingAndExitsWithZero() {
    Run run = run("impact", "--from", IN_FORCE, "--to", IN_FORCE, "--as-of", AS_OF, QUARTERS);

    assertThat(run.exit()).isEqualTo(ImpactCommand.NO_CHANGE);
    assertThat(run.out())
        .endsWith(
            "no change: the proposed policy judges every record set as the policy in force"
                + " does\n");
  }

  @Test
  void readsInChineseWithLangZh() {
    Run run =
        run(
            "impact", "--from", IN_FORCE, "--to", THURSDAY, "--as-of", AS_OF, "--lang", "zh",
            QUARTERS);

    assertThat(run.out())
        .startsWith(
            "拟议制度“Sales meetings, Thursdays (proposed)”相对现行制度“Sales meetings (in force)”的影响，截至 2027年1月1日 周五 12:00（Asia/Shanghai），共 1 份记录\n")
        .contains("\n  3.1  1 份记录新增违反\n")
        .contains("    + 仅拟议制度下：违规 3.1 ");
  }

  @Test
  void writesJsonThatNamesTheSourceOfEveryFinding() throws Exception {
    Run run =
        run(
            "impact",
            "--from",
            IN_FORCE,
            "--to",
            FIVE_DAYS,
            "--as-of",
            AS_OF,
            "--format",
            "json",
            QUARTERS,
            "samples/noncompliant-month.json");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("format").asText()).isEqualTo("meeting-policy/policy-impact");
    assertThat(root.get("recordSets").asInt()).isEqualTo(2);
    for (JsonNode finding : root.get("findings")) {
      assertThat(finding.get("source").asText()).endsWith(".json");
    }
    assertThat(run.exit()).isEqualTo(root.get("empty").asBoolean() ? 0 : 1);
  }

  @Test
  void malformedRecordsAreRejectedWithExitTwoAndNoReport(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"department\": 3}");

    Run run = run("impact", "--from", IN_FORCE, "--to", THURSDAY, broken.toString());

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("broken.json").doesNotContain("Exception");
  }

  @Test
  void aMissingProposalIsABadOption() {
    Run run = run("impact", "--from", IN_FORCE, QUARTERS);

    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.err()).contains("--to");
  }
}
