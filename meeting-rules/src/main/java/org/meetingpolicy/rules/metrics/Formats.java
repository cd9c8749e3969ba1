package org.meetingpolicy.rules.metrics;

import java.util.Locale;
import org.meetingpolicy.rules.Language;

/** Writes metric values, changes and labels the same way in text and HTML. */
final class Formats {

  private static final String[] SECTIONS_EN = {
    "Organization",
    "Time and place",
    "Agenda",
    "Discipline",
    "Minutes",
    "Resolutions",
    "Effectiveness evaluation",
    "Special situations",
    "Revision"
  };
  private static final String[] SECTIONS_ZH = {
    "会议组织架构", "会议时间与地点", "会议议程", "会议纪律", "会议记录与纪要", "会议决议落实", "会议效果评估", "特殊情况处理", "会议制度修订"
  };

  private Formats() {}

  static boolean zh(Language language) {
    return language == Language.ZH;
  }

  /** The value in its unit: {@code 91.7 %}, {@code 13}, {@code 26.5 h}, {@code 4.25}. */
  static String number(MetricUnit unit, double value, Language language) {
    return switch (unit) {
      case COUNT -> String.valueOf(Math.round(value));
      case RATE -> fixed(value * 100, 1) + " %";
      case HOURS -> fixed(value, 1) + (zh(language) ? " 小时" : " h");
      case SCORE, PER_MEETING -> fixed(value, 2);
    };
  }

  /** The metric's value, or why it has none. */
  static String value(Metric metric, Language language) {
    return switch (metric.status()) {
      case MEASURED -> number(metric.kind().unit(), metric.value(), language);
      case NO_DATA -> zh(language) ? "无数据" : "no data";
      case NOT_CHECKED -> zh(language) ? "未检查（无规则）" : "not checked (no rules)";
    };
  }

  /** How it was counted: {@code 11/12}, {@code n = 5}, or empty for a count. */
  static String basis(Metric metric, Language language) {
    StringBuilder basis = new StringBuilder();
    if (metric.numerator() != null && metric.denominator() != null) {
      basis.append(metric.numerator()).append('/').append(metric.denominator());
    } else if (metric.denominator() != null && metric.denominator() > 0) {
      basis.append("n = ").append(metric.denominator());
    }
    if (metric.pending() > 0) {
      if (basis.length() > 0) {
        basis.append(zh(language) ? "，" : ", ");
      }
      basis.append(metric.pending()).append(zh(language) ? " 项待定" : " pending");
    }
    return basis.toString();
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
      case RATE -> sign + fixed(abs * 100, 1) + (zh(language) ? " 个百分点" : " pp");
      case HOURS -> sign + fixed(abs, 1) + (zh(language) ? " 小时" : " h");
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
    return switch (trend) {
      case IMPROVED -> zh(language) ? "改善" : "improved";
      case WORSENED -> zh(language) ? "变差" : "worsened";
      case UNCHANGED -> zh(language) ? "持平" : "unchanged";
      case CHANGED -> zh(language) ? "变化" : "changed";
      case NOT_COMPARABLE -> zh(language) ? "不可比" : "not comparable";
    };
  }

  static String targetResult(TargetResult result, Language language) {
    return switch (result) {
      case MET -> zh(language) ? "达标" : "met";
      case MISSED -> zh(language) ? "未达标" : "missed";
      case NO_TARGET -> zh(language) ? "无目标" : "no target";
      case NOT_MEASURED -> zh(language) ? "未测得" : "not measured";
    };
  }

  /** Where the figure comes from: {@code rules 3.4} or {@code records 5.6}. */
  static String source(MetricKind kind, Language language) {
    String source =
        kind.source() == MetricSource.RULES
            ? (zh(language) ? "规则 " : "rules ")
            : (zh(language) ? "记录 " : "records ");
    return source + kind.clauseId();
  }

  /** The title of a policy section, 2 to 10. */
  static String section(int section, Language language) {
    String[] titles = zh(language) ? SECTIONS_ZH : SECTIONS_EN;
    return section + " " + titles[section - 2];
  }

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
