package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleQuarters.AS_OF;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.RuleInfo;
import org.meetingpolicy.rules.metrics.EffectivenessEvaluator;
import org.meetingpolicy.rules.metrics.EffectivenessReport;
import org.meetingpolicy.rules.metrics.PeriodEvaluation;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;
import org.meetingpolicy.testkit.SampleQuarters;

/** The text of the evaluation of {@link SampleQuarters}, in both languages. */
class TwoQuartersTextTest {

  // Per test, not static: a report cached once per JVM would hide PIT's mutants from the tests.
  private final EffectivenessEvaluator evaluator =
      new EffectivenessEvaluator(ReportTestSupport.ENGINE);
  private final EffectivenessReport report =
      evaluator.report(SampleQuarters.records(), "2026-Q4", 2, AS_OF);

  @Test
  void aQuarterStillUnderWaySaysSo() {
    Instant midQuarter =
        ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, SampleDepartment.ZONE).toInstant();

    EffectivenessReport partial =
        evaluator.report(SampleQuarters.records(), "2026-Q4", 2, midQuarter);

    assertThat(EvaluationText.render(partial, Language.ZH)).contains("本期尚未结束：计数类指标只计到截至时间，不与上期比较。");
    assertThat(EvaluationText.render(partial, Language.EN))
        .contains("The period is still under way");
    assertThat(EvaluationText.render(report, Language.EN)).doesNotContain("still under way");
  }

  @Test
  void aClauseWithoutActiveRulesReadsNotChecked() {
    ComplianceEngine.Builder builder = ComplianceEngine.builder();
    ReportTestSupport.ENGINE.rules().stream()
        .filter(r -> r.clauseId().equals("3.4"))
        .map(RuleInfo::ruleId)
        .forEach(builder::disableRule);

    PeriodEvaluation q4 =
        new EffectivenessEvaluator(builder.build())
            .evaluate(GoldenMeeting.records(), "2026-Q4", GoldenMeeting.AS_OF);

    assertThat(EvaluationText.render(q4, Language.EN))
        .contains("  Notice on time: not checked (no rules); previous — [rules 3.4]\n");
  }

  @Test
  void textNamesEachFigureWithItsBasisChangeTargetAndSource() {
    String text = EvaluationText.render(report, Language.EN);

    assertThat(text)
        .startsWith("Effectiveness evaluation 2026-Q4 — Sales Department\n")
        .contains("As of 2027-01-01 12:00 (Asia/Shanghai); compared with 2026-Q3 (8.9)\n")
        // 12/13 = 92.3 %; 13/13 = 100.0 %; change -7.7 pp.
        .contains(
            "  Notice on time: 92.3 % (12/13); previous 100.0 % (-7.7 pp, worsened); target"
                + " 100.0 % (missed) [rules 3.4]\n")
        // 125/126 = 99.2 %, 116/117 = 99.1 %, change 9/14742 = +0.06 pp, shown as +0.1.
        .contains(
            "  Attendance: 99.2 % (125/126); previous 99.1 % (+0.1 pp, improved); target 98.0 %"
                + " (met) [records 5.6]\n")
        .contains("  Meetings held: 14; previous 13 (+1, changed) [records 3.1]\n")
        .contains(
            "  Median minutes distribution delay: 67.0 h (n = 14); previous 67.0 h (±0.0 h,"
                + " unchanged) [records 6.5]\n")
        // 128/29 = 4.41; 4.50; change -0.09.
        .contains(
            "  Feedback mean rating: 4.41 (n = 29); previous 4.50 (-0.09, worsened) [records"
                + " 2.10]\n")
        .contains(
            "  m-2026-11-17 2026-11-17 10:00 in person, reason: "
                + SampleQuarters.EMERGENCY_REASON
                + "\n")
        .contains("  The meetings are worth the time: 4.25 (n = 8)\n")
        .contains("  minutes: 1\n")
        .contains("Trend (oldest first)\n")
        .contains("  Decisions executed by their deadline: 2026-Q3 91.7 %, 2026-Q4 92.9 %\n");
  }

  @Test
  void chineseTextUsesChineseLabels() {
    String text = EvaluationText.render(report.current(), Language.ZH);

    assertThat(text)
        .startsWith("会议效果评估 2026-Q4 — Sales Department\n")
        .contains(
            "  提前通知合规率: 92.3 % (12/13)；上期 100.0 % (-7.7 个百分点, 变差)；目标 100.0 % (未达标) [规则 3.4]\n")
        .contains("  出勤率: 99.2 % (125/126)；上期 99.1 % (+0.1 个百分点, 改善)；目标 98.0 % (达标) [记录 5.6]\n")
        .doesNotContain("Trend");
  }
}
