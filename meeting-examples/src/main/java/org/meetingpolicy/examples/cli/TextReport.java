package org.meetingpolicy.examples.cli;

import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.report.ComplianceReportText;
import org.meetingpolicy.rules.Language;

/**
 * Renders a batch for a person, input by input as they are checked: each input's report, then one
 * reconciliation line. Text from the records is escaped for the terminal ({@link TerminalText}).
 */
final class TextReport {

  private TextReport() {}

  /** The whole batch: every input, then the reconciliation line. */
  static String render(BatchReport batch, Language language) {
    StringBuilder text = new StringBuilder();
    for (BatchReport.Input input : batch.inputs()) {
      text.append(input(input, language));
    }
    return text.append(
            reconciliation(
                batch.read(), batch.checked(), batch.rejected(), batch.failed(), language))
        .toString();
  }

  /** One input's part: its name, then its report or why it has none, then an empty line. */
  static String input(BatchReport.Input input, Language language) {
    StringBuilder text = new StringBuilder();
    text.append("== ").append(input.source()).append('\n');
    if (input instanceof BatchReport.Checked checked) {
      text.append(ComplianceReportText.render(checked.report(), language));
    } else if (input instanceof BatchReport.Rejected rejected) {
      text.append(CliText.get(language, "input.rejected", rejected.problems().size())).append('\n');
    } else {
      text.append(CliText.get(language, "input.failed")).append('\n');
    }
    return TerminalText.escape(text.append('\n').toString());
  }

  /** The last line: how many record sets were read, checked, rejected and failed. */
  static String reconciliation(
      long read, long checked, long rejected, long failed, Language language) {
    return (failed > 0
            ? CliText.get(language, "reconciliation.failed", read, checked, rejected, failed)
            : CliText.get(language, "reconciliation", read, checked, rejected))
        + "\n";
  }
}
