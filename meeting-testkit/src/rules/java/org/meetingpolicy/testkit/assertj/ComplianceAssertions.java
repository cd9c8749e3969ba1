package org.meetingpolicy.testkit.assertj;

import org.meetingpolicy.rules.ComplianceReport;

/** The entry point of the compliance assertions. */
public final class ComplianceAssertions {

  private ComplianceAssertions() {}

  /** Assertions on a compliance report; failures print the report's findings. */
  public static ComplianceReportAssert assertThat(ComplianceReport actual) {
    return new ComplianceReportAssert(actual);
  }
}
