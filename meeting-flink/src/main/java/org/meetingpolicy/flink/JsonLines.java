package org.meetingpolicy.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Severity;

/**
 * The job's own lines of JSON: a checked record set's summary and a clause's roll-up. Findings and
 * rejections are written by {@link org.meetingpolicy.json.ReportJson}, as in reports.
 */
final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** A checked record set in one line. */
  record Checked(
      String department,
      String source,
      String records,
      boolean compliant,
      int violations,
      int warnings,
      int due) {}

  static String checked(String department, String source, ComplianceReport report) {
    return write(
        new Checked(
            department,
            source,
            report.records(),
            report.isCompliant(),
            report.findings(Severity.VIOLATION).size(),
            report.findings(Severity.WARNING).size(),
            report.findings(Severity.DUE).size()));
  }

  /** A clause's counts over the group in one line. */
  static String rollup(ClauseTally tally) {
    return write(tally);
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
