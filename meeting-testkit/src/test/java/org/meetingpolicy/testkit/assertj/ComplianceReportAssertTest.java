package org.meetingpolicy.testkit.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

class ComplianceReportAssertTest {

  private static final Meeting NO_NOTICE =
      GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();

  @Test
  void passesOnWhatTheReportHolds() {
    ComplianceReport report = check(NO_NOTICE);

    assertThat(report)
        .hasViolation("3.4")
        .hasNoViolation("3.10")
        .hasFindingFromRule("schedule.notice-missing")
        .hasStatus("3.4", ClauseStatus.VIOLATED);
  }

  @Test
  void hasSingleChecksOneFindingsRuleSubjectInstantAndEvidence() {
    ComplianceReport report = check(NO_NOTICE);
    Finding missing = report.findingsOf("3.4").get(0);

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-missing")
        .about(Subject.meeting(GoldenMeeting.GOLDEN.id()))
        .at(missing.at())
        .withEvidence("required", "7 d");
    assertThatThrownBy(() -> assertThat(report).hasSingle(Severity.VIOLATION, "3.10"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected exactly one VIOLATION of clause 3.10, but found 0");
    assertThatThrownBy(
            () -> assertThat(report).hasSingle(Severity.VIOLATION, "3.4").fromRule("other"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("from rule other")
        .hasMessageContaining("schedule.notice-missing");
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasSingle(Severity.VIOLATION, "3.4")
                    .withEvidence("required", "6 d"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected evidence required = 6 d, but it is 7 d");
    assertThatThrownBy(
            () -> assertThat(report).hasSingle(Severity.VIOLATION, "3.4").withEvidence("x", "1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none of that name");
  }

  @Test
  void failureMessageListsTheFindings() {
    ComplianceReport report = check(NO_NOTICE);

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
    assertThat(check(GoldenMeeting.GOLDEN))
        .hasNoViolations()
        .hasNoWarnings()
        .isCompliantWith("3.4");
  }

  private static final ComplianceEngine ENGINE = ComplianceEngine.createDefault();

  /** One meeting of the sample department, checked three days after the golden meeting. */
  private static ComplianceReport check(Meeting meeting) {
    return ENGINE.check(
        DepartmentRecords.of(SampleDepartment.department(), meeting), GoldenMeeting.AS_OF);
  }
}
