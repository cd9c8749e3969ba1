package org.meetingpolicy.report;

import java.util.List;
import java.util.Map;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.rules.metrics.*;

/**
 * An effectiveness evaluation as plain text: the latest period in full, then the trend. The same
 * evaluations give the same text, byte for byte.
 *
 * <pre>{@code
 * EffectivenessReport q4 = evaluator.report(records, "2026-Q4", 4, asOf);
 * System.out.println(EvaluationText.render(q4, Language.ZH));
 * }</pre>
 */
public final class EvaluationText {

  private EvaluationText() {}

  /**
   * Plain text in the language: the latest period's metrics by group, each with its basis, the
   * previous period's value and the change (8.9), the target (8.4) and where the figure comes from;
   * then the meetings listed by name, the survey, the feedback, the breaches per section, and the
   * trend when there are several periods.
   */
  public static String render(EffectivenessReport report, Language language) {
    PeriodEvaluation e = report.current();
    LocalizedText x = Words.EVALUATION.in(language);
    StringBuilder t = new StringBuilder();
    t.append(x.get("title", e.period().label(), e.department())).append('\n');
    t.append(
            x.get(
                "text.asOf",
                Format.instant(e.asOf(), e.zone(), language),
                e.zone(),
                e.previousPeriod().label()))
        .append('\n');
    if (e.underWay()) {
      t.append(x.get("underWay")).append('\n');
    }
    t.append(
            x.get(
                "text.recorded",
                e.evaluation() == null ? x.get("none") : e.evaluation().value(),
                e.targetsFrom() == null ? x.get("none") : e.targetsFrom().value()))
        .append('\n');
    for (MetricGroup group : MetricGroup.values()) {
      t.append('\n').append(group.title(language)).append('\n');
      for (Metric metric : e.metrics()) {
        if (metric.kind().group() == group) {
          appendMetric(t, metric, x);
        }
      }
    }
    appendNotes(t, x.get("heading.emergency"), e.emergencyMeetings(), e, x);
    appendNotes(t, x.get("heading.online"), e.onlineOrHybridMeetings(), e, x);
    t.append('\n').append(x.get("heading.survey")).append('\n');
    if (e.surveyQuestions().isEmpty()) {
      t.append("  ").append(x.get("text.noSurvey")).append('\n');
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
    t.append('\n').append(x.get("heading.feedback")).append('\n');
    for (Map.Entry<FeedbackTopic, Integer> topic : e.feedbackByTopic().entrySet()) {
      t.append("  ")
          .append(Format.value(topic.getKey(), e.zone(), language))
          .append(": ")
          .append(topic.getValue())
          .append('\n');
    }
    t.append('\n').append(x.get("text.breaches")).append('\n');
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
      t.append('\n').append(x.get("heading.indicators")).append('\n');
      for (Indicator i : e.recordedIndicators()) {
        t.append("  ")
            .append(i.name())
            .append(" [")
            .append(Format.value(i.kind(), e.zone(), language))
            .append("]: ")
            .append(Formats.fixed(i.value(), 2))
            .append(i.unit() == null ? "" : " " + i.unit())
            .append(x.get("text.target", i.target() == null ? "—" : Formats.fixed(i.target(), 2)))
            .append('\n');
      }
    }
    if (report.periods().size() > 1) {
      t.append('\n').append(x.get("text.trend")).append('\n');
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

  /**
   * One period's evaluation alone as plain text; see {@link #render(EffectivenessReport,
   * Language)}.
   */
  public static String render(PeriodEvaluation evaluation, Language language) {
    return render(EffectivenessReport.of(List.of(evaluation)), language);
  }

  private static void appendMetric(StringBuilder t, Metric metric, LocalizedText x) {
    Language language = x.language();
    t.append("  ").append(metric.kind().title(language)).append(": ");
    t.append(Formats.value(metric, language));
    String basis = Formats.basis(metric, language);
    if (!basis.isEmpty()) {
      t.append(" (").append(basis).append(')');
    }
    t.append(x.get("text.previous", Formats.previous(metric, language)));
    if (metric.change() != null) {
      t.append(" (")
          .append(Formats.change(metric, language))
          .append(", ")
          .append(Formats.trend(metric.trend(), language))
          .append(')');
    }
    if (metric.target() != null) {
      t.append(x.get("text.target", Formats.target(metric, language)))
          .append(" (")
          .append(Formats.targetResult(metric.targetResult(), language))
          .append(')');
    }
    t.append(" [").append(Formats.source(metric.kind(), language)).append("]\n");
  }

  private static void appendNotes(
      StringBuilder t,
      String heading,
      List<MeetingNote> notes,
      PeriodEvaluation e,
      LocalizedText x) {
    t.append('\n').append(heading).append('\n');
    if (notes.isEmpty()) {
      t.append("  ").append(x.get("none")).append('\n');
    }
    for (MeetingNote note : notes) {
      t.append("  ")
          .append(note.meeting().value())
          .append(' ')
          .append(Format.instant(note.start().toInstant(), e.zone(), x.language()))
          .append(' ')
          .append(Format.value(note.mode(), e.zone(), x.language()))
          .append(
              x.get("text.reason", note.reason() == null ? x.get("text.notStated") : note.reason()))
          .append('\n');
    }
  }
}
