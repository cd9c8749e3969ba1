package org.meetingpolicy.rules;

/** The words of a compliance report's summary line and labels, from the {@code report} bundle. */
final class ReportText {

  private static final LocalizedText.Bundle TEXTS =
      LocalizedText.bundle("org.meetingpolicy.rules.report", ReportText.class);

  private ReportText() {}

  static String get(Language language, String key, Object... args) {
    return TEXTS.get(language, key, args);
  }
}
