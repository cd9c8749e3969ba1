package org.meetingpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.testkit.GoldenMeeting;

class EmbeddingExampleTest {

  private final EmbeddingExample example = new EmbeddingExample();

  @Test
  void printsTheViolationsOfTheRecordsItChecks() {
    Meeting lateNotice =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();
    DepartmentRecords records = GoldenMeeting.records().withMeetings(List.of(lateNotice));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ComplianceReport report =
        example.checkAndPrint(records, GoldenMeeting.AS_OF, new PrintStream(out, true));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(
            "Checked meeting 'm-2026-11-13' of department 'sales' as of 2026-11-16T10:00:00Z")
        .contains("  violated 3.4: No notice was sent by")
        .endsWith(report.summary() + System.lineSeparator());
  }

  @Test
  void printsWhatIsDueWithItsDeadline() {
    Meeting unsent =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    example.checkAndPrint(
        GoldenMeeting.records().withMeetings(List.of(unsent)),
        GoldenMeeting.START.toInstant().minus(Duration.ofDays(10)),
        new PrintStream(out, true));

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("  due 2026-11-06T06:00:00Z (3.4): Send the notice of the meeting by");
  }

  @Test
  void runsAsAProgram() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 violation(s)");
  }
}
