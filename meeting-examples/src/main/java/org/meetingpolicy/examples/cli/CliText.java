package org.meetingpolicy.examples.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.meetingpolicy.rules.Language;

/** meeting-check's own words in one language, from the {@code cli} bundle next to this class. */
final class CliText {

  private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      // No fallback to the JVM's default locale: --lang en on a Chinese desktop stays English.
      BUNDLES.put(
          language,
          ResourceBundle.getBundle(
              "org.meetingpolicy.examples.cli.cli",
              language.locale(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  private CliText() {}

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments as they are
   * (not MessageFormat: it would write 100000 as "100,000" and eat apostrophes).
   */
  static String get(Language language, String key, Object... args) {
    String text = BUNDLES.get(language).getString(key);
    for (int i = args.length - 1; i >= 0; i--) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
