package org.meetingpolicy.report;

import static org.meetingpolicy.report.Formats.fixed;

import java.util.ArrayList;
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
 * An effectiveness evaluation as one self-contained HTML page: inline CSS and SVG, no script,
 * nothing loaded from elsewhere, and well-formed XML so that any parser reads it. Every piece of
 * text from the records is escaped. The same evaluations give the same page, byte for byte.
 *
 * <p>Written with a {@link StringBuilder} rather than a template engine: the page is mostly charts
 * whose geometry is computed (axes, ticks, bars), which a template would only pass through.
 */
public final class EvaluationPage {

  // One colour per trend line, in TREND_METRICS order; chosen to stay apart in print too.
  private static final String[] LINE_COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#d62728"
  };
  private static final List<String> COLUMNS =
      List.of("metric", "value", "basis", "previous", "change", "target", "source");
  private static final String VIOLATION_COLOUR = "#c0392b";
  private static final String WARNING_COLOUR = "#e6a23c";

  // Chart geometry, in SVG user units.
  private static final int WIDTH = 640;
  private static final int LEFT = 48;
  private static final int RIGHT = 620;
  private static final int TOP = 20;
  private static final int TREND_BOTTOM = 220;
  private static final int BAR_BOTTOM = 200;
  private static final int BAR_HEIGHT = 330;

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',"
          + "sans-serif;margin:2rem auto;max-width:60rem;color:#222;padding:0 1rem}"
          + "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;"
          + "border-bottom:1px solid #ddd}h3{font-size:1rem;margin-bottom:.3rem}"
          + ".meta{color:#555;margin-top:0}"
          + ".cards{display:flex;flex-wrap:wrap;gap:.8rem}"
          + ".card{border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;min-width:9rem}"
          + ".card .figure{font-size:1.5rem;font-weight:600}.card .label{color:#555;"
          + "font-size:.85rem}"
          + "table{border-collapse:collapse;width:100%;font-size:.9rem}"
          + "th,td{border-bottom:1px solid #eee;padding:.3rem .4rem;text-align:left}"
          + "td.num{text-align:right;white-space:nowrap}"
          + ".improved{color:#1e7b34}.worsened{color:#b42318}.met{color:#1e7b34}"
          + ".missed{color:#b42318}.source{color:#777;font-size:.8rem}"
          + "svg text{font-size:11px;fill:#333}"
          + "footer{margin-top:2rem;color:#777;font-size:.8rem}";

  private EvaluationPage() {}

  /**
   * The page in the language: key figures, a line chart of {@link
   * EffectivenessReport#TREND_METRICS} over the periods, a bar chart of the breaches of sections 2
   * to 10, and the full tables.
   */
  public static String render(EffectivenessReport report, Language language) {
    PeriodEvaluation e = report.current();
    LocalizedText x = Words.EVALUATION.in(language);
    StringBuilder h = new StringBuilder();
    String title = x.get("title", e.period().label(), e.department());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.locale().toLanguageTag())
        .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">");
    h.append(
            esc(
                x.get(
                    "html.meta",
                    Format.instant(e.asOf(), e.zone(), language),
                    e.zone().getId(),
                    e.previousPeriod().label(),
                    e.evaluation() == null ? x.get("none") : e.evaluation().value(),
                    e.targetsFrom() == null ? x.get("none") : e.targetsFrom().value())))
        .append("</p>\n");
    if (e.underWay()) {
      h.append("<p class=\"partial\">").append(esc(x.get("underWay"))).append("</p>\n");
    }
    h.append("</header>\n");

    h.append("<section class=\"cards\">\n");
    for (MetricKind kind : EffectivenessReport.TREND_METRICS) {
      Metric m = e.metric(kind);
      h.append("<div class=\"card\" data-metric=\"")
          .append(kind.id())
          .append("\"><div class=\"figure\">")
          .append(esc(Formats.value(m, language)))
          .append("</div><div class=\"label\">")
          .append(esc(kind.title(language)))
          .append("</div><div class=\"")
          .append(trendClass(m.trend()))
          .append("\">")
          .append(esc(m.change() == null ? "—" : Formats.change(m, language)))
          .append("</div></div>\n");
    }
    h.append("</section>\n");

    h.append("<section>\n<h2>").append(esc(x.get("html.trend"))).append("</h2>\n");
    trendChart(h, report, language);
    h.append("</section>\n<section>\n<h2>").append(esc(x.get("html.sections"))).append("</h2>\n");
    sectionChart(h, e, language);
    h.append("</section>\n");

    h.append("<section>\n<h2>").append(esc(x.get("html.metrics"))).append("</h2>\n");
    for (MetricGroup group : MetricGroup.values()) {
      metricTable(h, e, group, language);
    }
    h.append("</section>\n");

    h.append("<section>\n<h2>").append(esc(x.get("html.details"))).append("</h2>\n");
    notes(h, x.get("heading.emergency"), e.emergencyMeetings(), e, x);
    notes(h, x.get("heading.online"), e.onlineOrHybridMeetings(), e, x);
    h.append("<h3>").append(esc(x.get("heading.survey"))).append("</h3>\n");
    if (e.surveyQuestions().isEmpty()) {
      h.append("<p>").append(esc(x.get("html.noSurvey"))).append("</p>\n");
    } else {
      h.append("<table class=\"survey\">\n<tr><th>")
          .append(esc(x.get("html.question")))
          .append("</th><th>")
          .append(esc(x.get("html.meanScore")))
          .append("</th><th>")
          .append(esc(x.get("html.responses")))
          .append("</th></tr>\n");
      for (SurveyQuestion q : e.surveyQuestions()) {
        h.append("<tr><td>")
            .append(esc(q.question()))
            .append("</td><td class=\"num\">")
            .append(q.meanScore() == null ? "—" : fixed(q.meanScore(), 2))
            .append("</td><td class=\"num\">")
            .append(q.responses())
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<h3>").append(esc(x.get("heading.feedback"))).append("</h3>\n");
    h.append("<table class=\"feedback\">\n");
    for (Map.Entry<FeedbackTopic, Integer> topic : e.feedbackByTopic().entrySet()) {
      h.append("<tr><td>")
          .append(esc(Format.value(topic.getKey(), e.zone(), language)))
          .append("</td><td class=\"num\">")
          .append(topic.getValue())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!e.recordedIndicators().isEmpty()) {
      h.append("<h3>")
          .append(esc(x.get("heading.indicators")))
          .append("</h3>\n<table class=\"indicators\">\n");
      for (Indicator i : e.recordedIndicators()) {
        h.append("<tr><td>")
            .append(esc(i.name()))
            .append("</td><td>")
            .append(esc(Format.value(i.kind(), e.zone(), language)))
            .append("</td><td class=\"num\">")
            .append(esc(fixed(i.value(), 2) + (i.unit() == null ? "" : " " + i.unit())))
            .append("</td><td class=\"num\">")
            .append(i.target() == null ? "—" : esc(fixed(i.target(), 2)))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n<footer>")
        .append(esc(x.get("html.footer")))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void metricTable(
      StringBuilder h, PeriodEvaluation e, MetricGroup group, Language language) {
    LocalizedText x = Words.EVALUATION.in(language);
    h.append("<h3>").append(esc(group.title(language))).append("</h3>\n");
    h.append("<table class=\"metrics\">\n<tr>");
    for (String column : COLUMNS) {
      h.append("<th>").append(esc(x.get("column." + column))).append("</th>");
    }
    h.append("</tr>\n");
    for (Metric m : e.metrics()) {
      if (m.kind().group() != group) {
        continue;
      }
      h.append("<tr data-metric=\"")
          .append(m.kind().id())
          .append("\"><td>")
          .append(esc(m.kind().title(language)))
          .append("</td><td class=\"num value\">")
          .append(esc(Formats.value(m, language)))
          .append("</td><td class=\"num\">")
          .append(esc(Formats.basis(m, language)))
          .append("</td><td class=\"num\">")
          .append(esc(Formats.previous(m, language)))
          .append("</td><td class=\"num ")
          .append(trendClass(m.trend()))
          .append("\">")
          .append(esc(Formats.change(m, language)))
          .append("</td><td class=\"num ")
          .append(targetClass(m.targetResult()))
          .append("\">")
          .append(esc(Formats.target(m, language)))
          .append("</td><td class=\"source\">")
          .append(esc(Formats.source(m.kind(), language)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void notes(
      StringBuilder h,
      String heading,
      List<MeetingNote> notes,
      PeriodEvaluation e,
      LocalizedText x) {
    h.append("<h3>").append(esc(heading)).append("</h3>\n");
    if (notes.isEmpty()) {
      h.append("<p>").append(esc(x.get("html.none"))).append("</p>\n");
      return;
    }
    h.append("<ul>\n");
    for (MeetingNote note : notes) {
      h.append("<li>")
          .append(esc(note.meeting().value()))
          .append(" · ")
          .append(esc(Format.instant(note.start().toInstant(), e.zone(), x.language())))
          .append(" · ")
          .append(esc(Format.value(note.mode(), e.zone(), x.language())))
          .append(" · ")
          .append(esc(note.reason() == null ? x.get("html.noReason") : note.reason()))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /**
   * Lines of the key rates, one point per period that has a value, on an axis that fits the values
   * and the latest period's targets (a fixed 0–100 % axis squeezed rates of 90–100 % into one
   * strip). A series with no value in any period has no line and no legend entry; the latest
   * period's targets are dashed lines; a period still under way has hollow points.
   */
  private static void trendChart(StringBuilder h, EffectivenessReport report, Language language) {
    LocalizedText x = Words.EVALUATION.in(language);
    List<PeriodEvaluation> periods = report.periods();
    PeriodEvaluation latest = report.current();
    int n = periods.size();
    List<MetricKind> kinds = new ArrayList<>();
    List<Double> plotted = new ArrayList<>();
    for (MetricKind kind : EffectivenessReport.TREND_METRICS) {
      boolean any = false;
      for (PeriodEvaluation period : periods) {
        Double v = period.value(kind);
        if (v != null) {
          plotted.add(v);
          any = true;
        }
      }
      if (any) {
        kinds.add(kind);
        Double target = latest.metric(kind).target();
        if (target != null) {
          plotted.add(target);
        }
      }
    }
    RateAxis axis = RateAxis.fitting(plotted);
    int legendRows = (kinds.size() + 2) / 2;
    int height = TREND_BOTTOM + 34 + legendRows * 16;
    h.append("<svg class=\"trend\" role=\"img\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" data-axis-from=\"")
        .append(fixed(axis.from(), 2))
        .append("\" data-axis-to=\"")
        .append(fixed(axis.to(), 2))
        .append("\">\n<title>")
        .append(esc(x.get("html.trend")))
        .append("</title>\n");
    for (double tick : axis.ticks()) {
      String y = fixed(trendY(tick, axis), 1);
      h.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(RIGHT)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#ddd\"/><text class=\"tick\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(y)
          .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
          .append(axis.label(tick))
          .append("</text>\n");
    }
    for (int i = 0; i < n; i++) {
      PeriodEvaluation period = periods.get(i);
      String label = period.period().label();
      // The last label ends at the chart's edge: "2026-Q4 (so far)" centred on its point ran past
      // it.
      boolean last = n > 1 && i == n - 1;
      h.append("<text class=\"period\" x=\"")
          .append(last ? String.valueOf(RIGHT) : fixed(trendX(i, n), 1))
          .append("\" y=\"")
          .append(TREND_BOTTOM + 16)
          .append("\" text-anchor=\"")
          .append(last ? "end" : "middle")
          .append("\">")
          .append(esc(period.underWay() ? x.get("html.partial", label) : label))
          .append("</text>\n");
    }
    for (int k = 0; k < kinds.size(); k++) {
      MetricKind kind = kinds.get(k);
      String colour = LINE_COLOURS[EffectivenessReport.TREND_METRICS.indexOf(kind)];
      // Wider lines and points first, so that series with the same values show as nested rings
      // and stripes instead of one hiding the other.
      double lineWidth = 1.5 + (kinds.size() - 1 - k) * 0.8;
      double radius = 3.5 + (kinds.size() - 1 - k) * 1.2;
      Double target = latest.metric(kind).target();
      if (target != null) {
        String y = fixed(trendY(target, axis), 1);
        h.append("<line class=\"target\" data-metric=\"")
            .append(kind.id())
            .append("\" data-value=\"")
            .append(fixed(target, 4))
            .append("\" x1=\"")
            .append(LEFT)
            .append("\" x2=\"")
            .append(RIGHT)
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y)
            .append("\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"1\" stroke-dasharray=\"6 4\"><title>")
            .append(
                esc(
                    x.get(
                        "html.targetOf",
                        kind.title(language),
                        Formats.target(latest.metric(kind), language))))
            .append("</title></line>\n");
      }
      // A period without a value breaks the line instead of bridging the gap.
      List<String> segment = new ArrayList<>();
      for (int i = 0; i <= n; i++) {
        Double v = i < n ? periods.get(i).value(kind) : null;
        if (v != null) {
          segment.add(fixed(trendX(i, n), 1) + "," + fixed(trendY(v, axis), 1));
        } else {
          if (segment.size() > 1) {
            h.append("<polyline class=\"line\" data-metric=\"")
                .append(kind.id())
                .append("\" fill=\"none\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(fixed(lineWidth, 1))
                .append("\" points=\"")
                .append(String.join(" ", segment))
                .append("\"/>\n");
          }
          segment.clear();
        }
      }
      for (int i = 0; i < n; i++) {
        PeriodEvaluation period = periods.get(i);
        Metric m = period.metric(kind);
        if (m.value() == null) {
          continue;
        }
        h.append("<circle class=\"point")
            .append(period.underWay() ? " partial" : "")
            .append("\" data-metric=\"")
            .append(kind.id())
            .append("\" data-period=\"")
            .append(esc(period.period().label()))
            .append("\" data-value=\"")
            .append(fixed(m.value(), 4))
            .append("\" cx=\"")
            .append(fixed(trendX(i, n), 1))
            .append("\" cy=\"")
            .append(fixed(trendY(m.value(), axis), 1))
            .append("\" r=\"")
            .append(fixed(radius, 1))
            .append("\" fill=\"")
            .append(period.underWay() ? "#fff" : colour)
            .append("\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"2\"><title>")
            .append(
                esc(
                    kind.title(language)
                        + " "
                        + period.period().label()
                        + ": "
                        + Formats.value(m, language)))
            .append("</title></circle>\n");
      }
      // Two columns: in three, the longest English title ran past the chart's right edge.
      legend(
          h, LEFT + (k % 2) * 290, TREND_BOTTOM + 34 + (k / 2) * 16, colour, kind.title(language));
    }
    boolean anyTarget = kinds.stream().anyMatch(kind -> latest.metric(kind).target() != null);
    if (!anyTarget) {
      h.append("</svg>\n");
      return;
    }
    int k = kinds.size();
    int legendX = LEFT + (k % 2) * 290;
    int legendY = TREND_BOTTOM + 34 + (k / 2) * 16;
    h.append("<line class=\"legend-target\" x1=\"")
        .append(legendX)
        .append("\" x2=\"")
        .append(legendX + 10)
        .append("\" y1=\"")
        .append(legendY - 4)
        .append("\" y2=\"")
        .append(legendY - 4)
        .append("\" stroke=\"#555\" stroke-dasharray=\"3 2\"/><text x=\"")
        .append(legendX + 14)
        .append("\" y=\"")
        .append(legendY)
        .append("\">")
        .append(esc(x.get("html.targetLegend")))
        .append("</text>\n</svg>\n");
  }

  private static void legend(StringBuilder h, int x, int y, String colour, String text) {
    h.append("<rect class=\"legend\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y - 9)
        .append("\" width=\"10\" height=\"10\" fill=\"")
        .append(colour)
        .append("\"/><text x=\"")
        .append(x + 14)
        .append("\" y=\"")
        .append(y)
        .append("\">")
        .append(esc(text))
        .append("</text>\n");
  }

  /**
   * Per section 2–10, a bar of violations and a bar of warnings, scaled to the largest count, with
   * the section's name under its bars (slanted: nine names do not fit side by side).
   */
  private static void sectionChart(StringBuilder h, PeriodEvaluation e, Language language) {
    LocalizedText x = Words.EVALUATION.in(language);
    List<SectionTally> sections = e.sections();
    int max = 1;
    for (SectionTally s : sections) {
      max = Math.max(max, Math.max(s.violations(), s.warnings()));
    }
    double slot = (double) (RIGHT - LEFT) / sections.size();
    double barWidth = slot * 0.35;
    double plotHeight = BAR_BOTTOM - TOP;
    h.append("<svg class=\"sections\" role=\"img\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(BAR_HEIGHT)
        .append("\">\n<title>")
        .append(esc(x.get("html.sectionsTitle")))
        .append("</title>\n<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(RIGHT)
        .append("\" y1=\"")
        .append(BAR_BOTTOM)
        .append("\" y2=\"")
        .append(BAR_BOTTOM)
        .append("\" stroke=\"#999\"/>\n");
    for (int i = 0; i < sections.size(); i++) {
      SectionTally s = sections.get(i);
      double left = LEFT + i * slot + slot * 0.12;
      bar(h, s.section(), "violations", s.violations(), left, barWidth, max, plotHeight, language);
      bar(
          h,
          s.section(),
          "warnings",
          s.warnings(),
          left + barWidth,
          barWidth,
          max,
          plotHeight,
          language);
      String labelX = fixed(left + barWidth, 1);
      int labelY = BAR_BOTTOM + 14;
      h.append("<text class=\"section\" data-section=\"")
          .append(s.section())
          .append("\" x=\"")
          .append(labelX)
          .append("\" y=\"")
          .append(labelY)
          .append("\" text-anchor=\"end\" transform=\"rotate(-35 ")
          .append(labelX)
          .append(' ')
          .append(labelY)
          .append(")\">")
          .append(esc(Formats.section(s.section(), language)))
          .append("</text>\n");
    }
    // A series without a bar gets no legend entry: a swatch for nothing drawn only misleads.
    int legendY = BAR_HEIGHT - 8;
    int legendX = LEFT + 300;
    if (sections.stream().anyMatch(s -> s.violations() > 0)) {
      legend(h, legendX, legendY, VIOLATION_COLOUR, x.get("violations"));
      legendX += 120;
    }
    if (sections.stream().anyMatch(s -> s.warnings() > 0)) {
      legend(h, legendX, legendY, WARNING_COLOUR, x.get("warnings"));
    }
    h.append("</svg>\n");
  }

  private static void bar(
      StringBuilder h,
      int section,
      String kind,
      int count,
      double x,
      double width,
      int max,
      double plotHeight,
      Language language) {
    double height = plotHeight * count / max;
    h.append("<rect class=\"bar ")
        .append(kind)
        .append("\" data-section=\"")
        .append(section)
        .append("\" data-count=\"")
        .append(count)
        .append("\" x=\"")
        .append(fixed(x, 1))
        .append("\" y=\"")
        .append(fixed(BAR_BOTTOM - height, 1))
        .append("\" width=\"")
        .append(fixed(width, 1))
        .append("\" height=\"")
        .append(fixed(height, 1))
        .append("\" fill=\"")
        .append(kind.equals("violations") ? VIOLATION_COLOUR : WARNING_COLOUR)
        .append("\"><title>")
        .append(
            esc(
                Formats.section(section, language)
                    + ": "
                    + count
                    + " "
                    + Words.EVALUATION.in(language).get(kind)))
        .append("</title></rect>\n");
    if (count > 0) {
      h.append("<text class=\"count\" x=\"")
          .append(fixed(x + width / 2, 1))
          .append("\" y=\"")
          .append(fixed(BAR_BOTTOM - height - 3, 1))
          .append("\" text-anchor=\"middle\">")
          .append(count)
          .append("</text>\n");
    }
  }

  private static double trendX(int index, int count) {
    return count == 1
        ? (LEFT + RIGHT) / 2.0
        : LEFT + 20 + (RIGHT - LEFT - 40.0) * index / (count - 1);
  }

  // The axis's lower end at the bottom, its upper end at the top.
  static double trendY(double rate, RateAxis axis) {
    return TREND_BOTTOM - (TREND_BOTTOM - TOP) * (rate - axis.from()) / (axis.to() - axis.from());
  }

  private static String trendClass(Trend trend) {
    return switch (trend) {
      case IMPROVED -> "improved";
      case WORSENED -> "worsened";
      default -> "steady";
    };
  }

  private static String targetClass(TargetResult result) {
    return switch (result) {
      case MET -> "met";
      case MISSED -> "missed";
      default -> "none";
    };
  }

  /** Escaped for the page ({@link HtmlText#escape}). */
  static String esc(String text) {
    return HtmlText.escape(text);
  }
}
