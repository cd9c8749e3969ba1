package org.meetingpolicy.rules.versions;

import java.util.List;
import java.util.Objects;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;

/**
 * A record set judged under a policy history: one report whose findings each come from the version
 * in force for their subject, with that version named per finding.
 *
 * @param report the merged report; its policy name lists the versions that judged something
 * @param findingVersions the version of each of the report's findings, in the same order
 * @param versionsUsed the versions that judged some finding or were in force at the instant
 */
public record HistoryReport(
    ComplianceReport report, List<String> findingVersions, List<PolicyVersion> versionsUsed) {

  /** Checks that every finding has its version. */
  public HistoryReport {
    Objects.requireNonNull(report, "report");
    findingVersions = List.copyOf(findingVersions);
    versionsUsed = List.copyOf(versionsUsed);
    if (findingVersions.size() != report.findings().size()) {
      throw new IllegalArgumentException(
          findingVersions.size() + " versions for " + report.findings().size() + " findings");
    }
  }

  /** The version that judged the report's finding. */
  public String versionOf(Finding finding) {
    int index = report.findings().indexOf(finding);
    if (index < 0) {
      throw new IllegalArgumentException("not a finding of this report: " + finding);
    }
    return findingVersions.get(index);
  }
}
