package org.meetingpolicy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.facts.Format;

/**
 * A compliance report as text for a person: per meeting the violations, then warnings, then what is
 * due with its deadline; then department-wide findings; the clauses violated or due, each with its
 * text; the report's notes; and the summary line. The same report gives the same text, byte for
 * byte.
 *
 * <pre>{@code
 * ComplianceReport report = engine.check(records, asOf);
 * System.out.print(ComplianceReportText.render(report, Language.ZH));
 * }</pre>
 */
public final class ComplianceReportText {

  private static final LocalizedText.Bundle WORDS =
      LocalizedText.bundle(
          "org.meetingpolicy.report.compliance_report", ComplianceReportText.class);

  private ComplianceReportText() {}

  /** The report as text in the language. */
  public static String render(ComplianceReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(
            word(
                language,
                "header",
                report.records(language),
                Format.value(report.asOf(), report.zone(), language),
                report.zone()))
        .append('\n');
    Map<String, List<Finding>> byMeeting = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      MeetingId meeting = finding.subject().meeting();
      String key = meeting == null ? "" : word(language, "meeting", meeting);
      byMeeting.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    byMeeting.forEach(
        (heading, list) -> {
          text.append(heading.isEmpty() ? word(language, "acrossMeetings") : heading).append('\n');
          list.forEach(f -> appendFinding(text, report, f, language));
        });
    appendClauses(text, report, language);
    for (ReportNote note : report.notes()) {
      text.append(word(language, "note", note.text(language))).append('\n');
    }
    text.append(report.summary(language)).append('\n');
    return text.toString();
  }

  /** The clauses violated or due, each with its text, so a reader sees what the policy asks. */
  private static void appendClauses(
      StringBuilder text, ComplianceReport report, Language language) {
    List<ClauseResult> open =
        report.clauses().stream()
            .filter(c -> c.status() == ClauseStatus.VIOLATED || c.status() == ClauseStatus.DUE)
            .toList();
    if (open.isEmpty()) {
      return;
    }
    text.append(word(language, "clauses")).append('\n');
    for (ClauseResult result : open) {
      text.append("  ")
          .append(
              word(
                  language,
                  "clauseLine",
                  result.clause().id(),
                  ComplianceReport.statusLabel(result.status(), language),
                  result.clause().text(language)))
          .append('\n');
    }
  }

  private static void appendFinding(
      StringBuilder text, ComplianceReport report, Finding finding, Language language) {
    String message = finding.message(language);
    if (finding.severity() == Severity.DUE && finding.at() != null) {
      message =
          word(
              language,
              "withDeadline",
              message,
              Format.value(finding.at(), report.zone(), language));
    }
    text.append("  ")
        .append(ComplianceReport.label(finding.severity(), language))
        .append(' ')
        .append(finding.clauseId())
        .append(' ')
        .append(message);
    text.append("\n    ")
        .append(finding.subject().text(language))
        .append(" · ")
        .append(finding.ruleId());
    if (!finding.evidence().isEmpty()) {
      text.append(" · ").append(finding.evidenceText(language));
    }
    text.append('\n');
  }

  private static String word(Language language, String key, Object... args) {
    return WORDS.get(language, key, args);
  }
}
