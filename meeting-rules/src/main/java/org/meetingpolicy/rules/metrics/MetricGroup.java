package org.meetingpolicy.rules.metrics;

import org.meetingpolicy.rules.Language;

/** The headings metrics are grouped under in a report. */
public enum MetricGroup {
  MEETINGS,
  PREPARATION,
  ATTENDANCE,
  MINUTES,
  DECISIONS,
  SATISFACTION;

  /** The heading in the language. */
  public String title(Language language) {
    return Texts.NAMES.get(language, "group." + name());
  }
}
