package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * Drools warns on stderr about rules it cannot run efficiently (an {@code eval} joining two
 * patterns, a constraint that breaks property reactivity). The CLI shows warnings to its users, so
 * the built-in rules must compile and run without one.
 */
class RuleBaseWarningsTest {

  @Test
  void builtInRulesCompileAndRunWithoutDroolsWarnings() {
    // slf4j-simple resolves System.err when it writes, so the Drools loggers write here.
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ComplianceEngine engine = ComplianceEngine.builder().build();
      DepartmentRecords golden = GoldenMeeting.records();
      engine.check(golden, Instant.parse("2026-12-30T00:00:00Z"));
      engine.checkAll(List.of(golden, SampleQuarters.records()), SampleQuarters.AS_OF);
      for (long seed = 1; seed <= 20; seed++) {
        RandomRecords random = RandomRecords.withSeed(seed);
        DepartmentRecords records = random.records();
        engine.check(records, random.asOf(records));
      }
    } finally {
      System.setErr(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).as("Drools output on stderr").isEmpty();
  }
}
