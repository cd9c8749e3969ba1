package org.meetingpolicy.examples.cli;

import org.meetingpolicy.json.BatchReport;
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
    boolean zh = language == Language.ZH;
    StringBuilder text = new StringBuilder();
    text.append("== ").append(input.source()).append('\n');
    if (input instanceof BatchReport.Checked checked) {
      text.append(checked.report().toText(language));
    } else if (input instanceof BatchReport.Rejected rejected) {
      text.append(
              zh
                  ? "已拒绝：" + rejected.problems().size() + " 个问题（见标准错误）"
                  : "REJECTED: " + rejected.problems().size() + " problem(s), listed on stderr")
          .append('\n');
    } else {
      text.append(zh ? "检查失败：规则出错（见标准错误）" : "FAILED: a rule failed while checking it, see stderr")
          .append('\n');
    }
    return TerminalText.escape(text.append('\n').toString());
  }

  /** The last line: how many record sets were read, checked, rejected and failed. */
  static String reconciliation(
      long read, long checked, long rejected, long failed, Language language) {
    return (language == Language.ZH
            ? "读取 "
                + read
                + " 份记录，检查 "
                + checked
                + " 份，拒绝 "
                + rejected
                + " 份"
                + (failed > 0 ? "，失败 " + failed + " 份" : "")
            : BatchReport.reconciliation(read, checked, rejected, failed))
        + "\n";
  }
}
