package org.meetingpolicy.rules.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.meetingpolicy.rules.Language;

/**
 * The evaluation's words in one language, from the {@code evaluation} bundle next to this class, so
 * that text and page say the same thing and no renderer chooses between two literals.
 */
final class Texts {

  private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Texts(language));
    }
  }

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    // No fallback to the JVM's default locale: an English page on a Chinese desktop stays English.
    this.bundle =
        ResourceBundle.getBundle(
            "org.meetingpolicy.rules.metrics.evaluation",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static Texts of(Language language) {
    return BY_LANGUAGE.get(language);
  }

  Language language() {
    return language;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  /**
   * The text with {@code {0}}, {@code {1}} … replaced by the arguments. Not MessageFormat: its
   * quoting rules would eat the apostrophes of English text.
   */
  String format(String key, Object... args) {
    String pattern = bundle.getString(key);
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3) {
        // One pass, so that an argument holding "{1}" (record text) is never filled in again.
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
