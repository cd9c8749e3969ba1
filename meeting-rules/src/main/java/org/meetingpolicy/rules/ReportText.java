package org.meetingpolicy.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The words of a compliance report's text, from the {@code report} bundle. */
final class ReportText {

  private static final Map<Language, LocalizedText> TEXTS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      TEXTS.put(
          language, LocalizedText.of("org.meetingpolicy.rules.report", language, ReportText.class));
    }
  }

  private ReportText() {}

  static String get(Language language, String key, Object... args) {
    return Objects.requireNonNull(TEXTS.get(language), "texts of every language").get(key, args);
  }
}
