package org.meetingpolicy.rules.metrics;

import static org.meetingpolicy.rules.metrics.Formats.zh;

import java.util.List;
import java.util.Map;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.facts.Format;

/**
 * Writes an {@link EffectivenessReport} as plain text: the latest period in full, then the trend.
 */
final class TextRenderer {

  private TextRenderer() {}

  static String render(EffectivenessReport report, Language language) {
    PeriodEvaluation e = report.current();
    boolean zh = zh(language);
    StringBuilder t = new StringBuilder();
    t.append(zh ? "会议效果评估 " : "Effectiveness evaluation ")
        .append(e.period().label())
        .append(" — ")
        .append(e.department())
        .append('\n');
    t.append(zh ? "截至 " : "As of ")
        .append(Format.instant(e.asOf(), e.zone(), language))
        .append(zh ? "（" : " (")
        .append(e.zone())
        .append(zh ? "）" : ")")
        .append(zh ? "；对比上期 " : "; compared with ")
        .append(e.previousPeriod().label())
        .append(" (8.9)\n");
    if (e.underWay()) {
      t.append(
              zh
                  ? "本期尚未结束：计数类指标只计到截至时间，不与上期比较。"
                  : "The period is still under way: counts cover it up to the instant above and are"
                      + " not compared with the previous period.")
          .append('\n');
    }
    t.append(zh ? "评估记录：" : "Recorded evaluation: ")
        .append(e.evaluation() == null ? (zh ? "无" : "none") : e.evaluation().value())
        .append(zh ? "；目标来自：" : "; targets from: ")
        .append(e.targetsFrom() == null ? (zh ? "无" : "none") : e.targetsFrom().value())
        .append('\n');
    for (MetricGroup group : MetricGroup.values()) {
      t.append('\n').append(group.title(language)).append('\n');
      for (Metric metric : e.metrics()) {
        if (metric.kind().group() == group) {
          appendMetric(t, metric, language);
        }
      }
    }
    appendNotes(t, zh ? "紧急会议 (9.1)" : "Emergency meetings (9.1)", e.emergencyMeetings(), e, zh);
    appendNotes(
        t,
        zh ? "线上或混合会议 (9.2)" : "Online or hybrid meetings (9.2)",
        e.onlineOrHybridMeetings(),
        e,
        zh);
    t.append('\n').append(zh ? "满意度调查各题 (8.5)" : "Survey questions (8.5)").append('\n');
    if (e.surveyQuestions().isEmpty()) {
      t.append(zh ? "  本期无满意度调查\n" : "  no survey in this period\n");
    }
    for (SurveyQuestion q : e.surveyQuestions()) {
      t.append("  ")
          .append(q.question())
          .append(": ")
          .append(q.meanScore() == null ? "—" : Formats.fixed(q.meanScore(), 2))
          .append(" (n = ")
          .append(q.responses())
          .append(")\n");
    }
    t.append('\n').append(zh ? "反馈按主题 (2.10)" : "Feedback by topic (2.10)").append('\n');
    for (Map.Entry<FeedbackTopic, Integer> topic : e.feedbackByTopic().entrySet()) {
      t.append("  ").append(topic.getKey()).append(": ").append(topic.getValue()).append('\n');
    }
    t.append('\n')
        .append(zh ? "各章违规条款数（违规 / 警告）" : "Clause breaches per section (violations / warnings)")
        .append('\n');
    for (SectionTally s : e.sections()) {
      t.append("  ")
          .append(Formats.section(s.section(), language))
          .append(": ")
          .append(s.violations())
          .append(" / ")
          .append(s.warnings())
          .append('\n');
    }
    if (!e.recordedIndicators().isEmpty()) {
      t.append('\n')
          .append(zh ? "评估记录中的指标 (8.3, 8.4)" : "Indicators as recorded (8.3, 8.4)")
          .append('\n');
      for (Indicator i : e.recordedIndicators()) {
        t.append("  ")
            .append(i.name())
            .append(" [")
            .append(i.kind())
            .append("]: ")
            .append(Formats.fixed(i.value(), 2))
            .append(i.unit() == null ? "" : " " + i.unit())
            .append(zh ? "；目标 " : "; target ")
            .append(i.target() == null ? "—" : Formats.fixed(i.target(), 2))
            .append('\n');
      }
    }
    if (report.periods().size() > 1) {
      t.append('\n').append(zh ? "趋势（由远及近）" : "Trend (oldest first)").append('\n');
      for (MetricKind kind : EffectivenessReport.TREND_METRICS) {
        t.append("  ").append(kind.title(language)).append(": ");
        List<PeriodEvaluation> periods = report.periods();
        for (int i = 0; i < periods.size(); i++) {
          if (i > 0) {
            t.append(", ");
          }
          Metric m = periods.get(i).metric(kind);
          t.append(periods.get(i).period().label()).append(' ').append(Formats.value(m, language));
        }
        t.append('\n');
      }
    }
    return t.toString();
  }

  private static void appendMetric(StringBuilder t, Metric metric, Language language) {
    boolean zh = zh(language);
    t.append("  ").append(metric.kind().title(language)).append(": ");
    t.append(Formats.value(metric, language));
    String basis = Formats.basis(metric, language);
    if (!basis.isEmpty()) {
      t.append(" (").append(basis).append(')');
    }
    t.append(zh ? "；上期 " : "; previous ").append(Formats.previous(metric, language));
    if (metric.change() != null) {
      t.append(" (")
          .append(Formats.change(metric, language))
          .append(", ")
          .append(Formats.trend(metric.trend(), language))
          .append(')');
    }
    if (metric.target() != null) {
      t.append(zh ? "；目标 " : "; target ")
          .append(Formats.target(metric, language))
          .append(" (")
          .append(Formats.targetResult(metric.targetResult(), language))
          .append(')');
    }
    t.append(" [").append(Formats.source(metric.kind(), language)).append("]\n");
  }

  private static void appendNotes(
      StringBuilder t, String heading, List<MeetingNote> notes, PeriodEvaluation e, boolean zh) {
    t.append('\n').append(heading).append('\n');
    if (notes.isEmpty()) {
      t.append(zh ? "  无\n" : "  none\n");
    }
    for (MeetingNote note : notes) {
      t.append("  ")
          .append(note.meeting().value())
          .append(' ')
          .append(
              Format.instant(note.start().toInstant(), e.zone(), zh ? Language.ZH : Language.EN))
          .append(' ')
          .append(Format.value(note.mode(), e.zone(), zh ? Language.ZH : Language.EN))
          .append(zh ? "，原因：" : ", reason: ")
          .append(note.reason() == null ? (zh ? "未说明" : "not stated") : note.reason())
          .append('\n');
    }
  }
}
