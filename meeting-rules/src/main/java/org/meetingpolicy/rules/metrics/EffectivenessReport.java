package org.meetingpolicy.rules.metrics;

import java.util.List;
import java.util.Objects;
import org.meetingpolicy.rules.Language;

/**
 * The effectiveness evaluations of consecutive periods, oldest first, rendered for a department
 * manager: the latest period in full, and the trend of the key rates over all of them. Immutable
 * and thread-safe; the same evaluations give the same text and page, byte for byte.
 *
 * @param periods the evaluations, oldest first; at least one, each period after the one before
 */
public record EffectivenessReport(List<PeriodEvaluation> periods) {

  /** The rates drawn in the trend chart and shown as key figures, in this order. */
  public static final List<MetricKind> TREND_METRICS =
      List.of(
          MetricKind.WEEKLY_CADENCE,
          MetricKind.NOTICE_ON_TIME,
          MetricKind.ATTENDANCE_RATE,
          MetricKind.PUNCTUALITY,
          MetricKind.MINUTES_DISTRIBUTED_ON_TIME,
          MetricKind.DECISION_EXECUTION_RATE);

  /** Checks that there is at least one evaluation and that they are in period order. */
  public EffectivenessReport {
    periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).period().start().isAfter(periods.get(i - 1).period().start())) {
        throw new IllegalArgumentException(
            "periods must be oldest first: "
                + periods.get(i - 1).period()
                + " then "
                + periods.get(i).period());
      }
    }
  }

  /** A report of the evaluations, oldest first. */
  public static EffectivenessReport of(List<PeriodEvaluation> periods) {
    return new EffectivenessReport(periods);
  }

  /** The latest period's evaluation. */
  public PeriodEvaluation current() {
    return periods.get(periods.size() - 1);
  }

  /**
   * Plain text in the language: the latest period's metrics by group, each with its basis, the
   * previous period's value and the change (8.9), the target (8.4) and where the figure comes from;
   * then the meetings listed by name, the survey, the feedback, the breaches per section, and the
   * trend when there are several periods.
   */
  public String toText(Language language) {
    return TextRenderer.render(this, language);
  }

  /**
   * A self-contained HTML page in the language (inline CSS and SVG; no script, font, style sheet or
   * image from elsewhere): key figures, a line chart of {@link #TREND_METRICS} over the periods, a
   * bar chart of the breaches of sections 2 to 10, and the full tables. The page is well-formed
   * XML.
   */
  public String toHtml(Language language) {
    return HtmlRenderer.render(this, language);
  }
}
