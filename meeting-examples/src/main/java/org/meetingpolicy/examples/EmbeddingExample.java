package org.meetingpolicy.examples;

import java.io.PrintStream;
import java.time.Instant;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;

/**
 * Embedding the engine in a host application: build it once at start-up (compiling the rules takes
 * a second or two), then check records as they come and show what is violated and what is due.
 */
public final class EmbeddingExample {

  // Built once and shared: the engine is immutable and thread-safe.
  private final ComplianceEngine engine = ComplianceEngine.createDefault();

  /** Checks the records as of the instant and prints the findings, then what is due. */
  public ComplianceReport checkAndPrint(DepartmentRecords records, Instant asOf, PrintStream out) {
    ComplianceReport report = engine.check(records, asOf);
    out.println("Checked " + report.records() + " as of " + report.asOf());
    for (Finding violation : report.violations()) {
      out.println("  violated " + violation.clauseId() + ": " + violation.messageEn());
    }
    for (Finding due : report.due()) {
      out.println("  due " + due.at() + " (" + due.clauseId() + "): " + due.messageEn());
    }
    out.println(report.summary());
    return report;
  }

  /** Checks the golden meeting as of three days after it. */
  public static void main(String[] args) {
    new EmbeddingExample().checkAndPrint(GoldenMeeting.records(), GoldenMeeting.AS_OF, System.out);
  }
}
