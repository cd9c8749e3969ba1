package org.meetingpolicy.rules.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;

/**
 * The names of the evaluation's metrics and groups in one language, from the {@code evaluation}
 * bundle next to this class; the words of its text and page are meeting-report's.
 */
final class Texts {

  private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(
          language,
          new Texts(
              LocalizedText.of(
                  "org.meetingpolicy.rules.metrics.evaluation", language, Texts.class)));
    }
  }

  private final LocalizedText text;

  private Texts(LocalizedText text) {
    this.text = text;
  }

  static Texts of(Language language) {
    return Objects.requireNonNull(BY_LANGUAGE.get(language), "texts of every language");
  }

  Language language() {
    return text.language();
  }

  String get(String key) {
    return text.get(key);
  }

  String format(String key, Object... args) {
    return text.get(key, args);
  }
}
