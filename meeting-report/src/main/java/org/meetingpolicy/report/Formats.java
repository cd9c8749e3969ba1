package org.meetingpolicy.report;

import java.util.Locale;
import java.util.Objects;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;

/** Writes metric values, changes and labels the same way in text and HTML. */
final class Formats {

  private Formats() {}

  /** The value in its unit: {@code 91.7 %}, {@code 13}, {@code 26.5 h}, {@code 4.25}. */
  static String number(MetricUnit unit, double value, Language language) {
    return switch (unit) {
      case COUNT -> String.valueOf(Math.round(value));
      case RATE -> fixed(value * 100, 1) + " %";
      case HOURS -> fixed(value, 1) + " " + Words.EVALUATION.in(language).get("unit.hours");
      case SCORE, PER_MEETING -> fixed(value, 2);
    };
  }

  /** The metric's value, or why it has none. */
  static String value(Metric metric, Language language) {
    return switch (metric.status()) {
      // A measured metric has a value (checked when it is made).
      case MEASURED ->
          number(metric.kind().unit(), Objects.requireNonNull(metric.value()), language);
      case NO_DATA -> Words.EVALUATION.in(language).get("value.noData");
      case NOT_CHECKED -> Words.EVALUATION.in(language).get("value.notChecked");
    };
  }

  /** How it was counted: {@code 11/12}, {@code n = 5}, or empty for a count. */
  static String basis(Metric metric, Language language) {
    String basis = "";
    if (metric.numerator() != null && metric.denominator() != null) {
      basis = metric.numerator() + "/" + metric.denominator();
    } else if (metric.denominator() != null && metric.denominator() > 0) {
      basis = "n = " + metric.denominator();
    }
    if (metric.pending() == 0) {
      return basis;
    }
    return basis.isEmpty()
        ? Words.EVALUATION.in(language).get("basis.pending", metric.pending())
        : Words.EVALUATION.in(language).get("basis.withPending", basis, metric.pending());
  }

  /** The change against the previous period: {@code +8.3 pp}, {@code -1}, {@code +0.25}. */
  static String change(Metric metric, Language language) {
    Double change = metric.change();
    if (change == null) {
      return "—";
    }
    String sign = change > 0 ? "+" : change < 0 ? "-" : "±";
    double abs = Math.abs(change);
    return switch (metric.kind().unit()) {
      case COUNT -> sign + Math.round(abs);
      case RATE -> sign + fixed(abs * 100, 1) + " " + Words.EVALUATION.in(language).get("unit.pp");
      case HOURS -> sign + fixed(abs, 1) + " " + Words.EVALUATION.in(language).get("unit.hours");
      case SCORE, PER_MEETING -> sign + fixed(abs, 2);
    };
  }

  /** The previous period's value, or a dash. */
  static String previous(Metric metric, Language language) {
    return metric.previous() == null
        ? "—"
        : number(metric.kind().unit(), metric.previous(), language);
  }

  /** The target, or a dash. */
  static String target(Metric metric, Language language) {
    return metric.target() == null ? "—" : number(metric.kind().unit(), metric.target(), language);
  }

  static String trend(Trend trend, Language language) {
    return Words.EVALUATION.in(language).get("trend." + trend.name());
  }

  static String targetResult(TargetResult result, Language language) {
    return Words.EVALUATION.in(language).get("targetResult." + result.name());
  }

  /** Where the figure comes from: {@code rules 3.4} or {@code records 5.6}. */
  static String source(MetricKind kind, Language language) {
    return Words.EVALUATION.in(language).get("source." + kind.source().name(), kind.clauseId());
  }

  /** The title of a policy section, 2 to 10, with its number. */
  static String section(int section, Language language) {
    return section + " " + sectionName(section, language);
  }

  /** The title of a policy section, 2 to 10. */
  static String sectionName(int section, Language language) {
    return Words.EVALUATION.in(language).get("section." + section);
  }

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
