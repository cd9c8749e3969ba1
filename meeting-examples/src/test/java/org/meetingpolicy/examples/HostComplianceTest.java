package org.meetingpolicy.examples;

import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * How a host application tests that the meetings it records comply: check them with the engine and
 * assert with the library's AssertJ entry point. A failure prints every finding.
 */
class HostComplianceTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.createDefault();

  @Test
  void theGoldenMeetingHasNoViolations() {
    ComplianceReport report = ENGINE.check(GoldenMeeting.records(), GoldenMeeting.AS_OF);

    assertThat(report).hasNoViolations();
  }
}
