package org.meetingpolicy.rules.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.rules.assertj.ComplianceAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.RuleTestSupport;

class ComplianceReportAssertTest {

  private static final Meeting NO_NOTICE =
      GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();

  @Test
  void passesOnWhatTheReportHolds() {
    ComplianceReport report = RuleTestSupport.check(NO_NOTICE);

    assertThat(report)
        .hasViolation("3.4")
        .hasNoViolation("3.10")
        .hasFindingFromRule("schedule.notice-missing")
        .hasStatus("3.4", ClauseStatus.VIOLATED);
  }

  @Test
  void failureMessageListsTheFindings() {
    ComplianceReport report = RuleTestSupport.check(NO_NOTICE);

    assertThatThrownBy(() -> assertThat(report).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no VIOLATION findings")
        .hasMessageContaining("3.4 [schedule.notice-missing]");
    assertThatThrownBy(() -> assertThat(report).hasOnlyViolations("3.4", "6.5"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing [6.5]");
    assertThatThrownBy(() -> assertThat(report).hasDue("5.6"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a DUE of clause 5.6");
  }

  @Test
  void goldenMeetingHasNoViolations() {
    assertThat(RuleTestSupport.check(GoldenMeeting.GOLDEN))
        .hasNoViolations()
        .hasNoWarnings()
        .isCompliantWith("3.4");
  }
}
