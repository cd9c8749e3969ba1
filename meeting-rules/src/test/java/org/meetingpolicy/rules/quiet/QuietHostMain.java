package org.meetingpolicy.rules.quiet;

import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.testkit.GoldenMeeting;

/** A host that embeds the library and prints nothing itself: what reaches its console is ours. */
public final class QuietHostMain {

  private QuietHostMain() {}

  /** Builds the default engine and checks the golden meeting; exits 3 if the check went wrong. */
  public static void main(String[] args) {
    ComplianceReport report =
        ComplianceEngine.createDefault().check(GoldenMeeting.records(), GoldenMeeting.AS_OF);
    if (report.findings().isEmpty()) {
      System.exit(3);
    }
  }
}
