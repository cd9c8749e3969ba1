package org.meetingpolicy.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The words of a compliance report's text in one language, from the {@code report} bundle. */
final class ReportText {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      // No fallback to the JVM's default locale: an English report stays English anywhere.
      BUNDLES.put(
          language,
          ResourceBundle.getBundle(
              "org.meetingpolicy.rules.report",
              language.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  private ReportText() {}

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}} … replaced in one pass, so that record
   * text holding "{1}" is never filled in again (and no MessageFormat quoting or digit grouping).
   */
  static String get(Language language, String key, Object... args) {
    String pattern = BUNDLES.get(language).getString(key);
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder text = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3) {
        text.append(args[Integer.parseInt(pattern.substring(i + 1, close))]);
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }
}
