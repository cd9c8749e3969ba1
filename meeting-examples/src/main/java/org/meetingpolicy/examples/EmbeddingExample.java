package org.meetingpolicy.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.RecordJson;
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

  /**
   * Reads a record file (default: the compliant month of the samples, run from meeting-examples)
   * and checks it as of 10 December 2026, noon in Shanghai.
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/compliant-month.json");
    DepartmentRecords records = RecordJson.create().read(file);
    new EmbeddingExample()
        .checkAndPrint(records, Instant.parse("2026-12-10T04:00:00Z"), System.out);
  }
}
