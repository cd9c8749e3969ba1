package org.meetingpolicy.examples.cli;

import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.rules.Language;

/** Renders a batch for a person: each input's report, then one reconciliation line. */
final class TextReport {

  private TextReport() {}

  static String render(BatchReport batch, Language language) {
    boolean zh = language == Language.ZH;
    StringBuilder text = new StringBuilder();
    for (BatchReport.Input input : batch.inputs()) {
      text.append("== ").append(input.source()).append('\n');
      if (input instanceof BatchReport.Checked checked) {
        text.append(checked.report().toText(language));
      } else {
        BatchReport.Rejected rejected = (BatchReport.Rejected) input;
        text.append(
                zh
                    ? "已拒绝：" + rejected.problems().size() + " 个问题（见标准错误）"
                    : "REJECTED: " + rejected.problems().size() + " problem(s), listed on stderr")
            .append('\n');
      }
      text.append('\n');
    }
    text.append(
            zh
                ? "读取 "
                    + batch.read()
                    + " 份记录，检查 "
                    + batch.checked()
                    + " 份，拒绝 "
                    + batch.rejected()
                    + " 份"
                : batch.reconciliation())
        .append('\n');
    return text.toString();
  }
}
