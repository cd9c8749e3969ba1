package org.meetingpolicy.rules.metrics;

import org.meetingpolicy.rules.Language;

/** The headings metrics are grouped under in a report. */
public enum MetricGroup {
  MEETINGS("Meetings", "会议召开"),
  PREPARATION("Preparation", "会前准备"),
  ATTENDANCE("Attendance and discipline", "出勤与纪律"),
  MINUTES("Minutes", "会议纪要"),
  DECISIONS("Decision execution", "决议执行"),
  SATISFACTION("Satisfaction and feedback", "满意度与反馈");

  private final String en;
  private final String zh;

  MetricGroup(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  /** The heading in the language. */
  public String title(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
