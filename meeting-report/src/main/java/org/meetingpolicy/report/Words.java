package org.meetingpolicy.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;

/**
 * The words of the evaluation's text and page in one language, from the {@code evaluation} bundle
 * next to this class, so that text and page say the same thing.
 */
final class Words {

  private static final Map<Language, Words> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(
          language,
          new Words(
              LocalizedText.of("org.meetingpolicy.report.evaluation", language, Words.class)));
    }
  }

  private final LocalizedText text;

  private Words(LocalizedText text) {
    this.text = text;
  }

  static Words of(Language language) {
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
