package org.meetingpolicy.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of one ResourceBundle in one {@link Language}: what every renderer of this library
 * (reports, evaluations, the command line) reads its text from, so that no code chooses between an
 * English and a Chinese literal. Immutable and thread-safe.
 */
public final class LocalizedText {

  private final Language language;
  private final ResourceBundle bundle;

  private LocalizedText(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /**
   * The bundle {@code baseName} in the language, from the class loader of {@code owner} (the class
   * next to the bundle). There is no fallback to the JVM's default locale: English stays English on
   * a Chinese desktop.
   *
   * @throws java.util.MissingResourceException if there is no such bundle
   */
  public static LocalizedText of(String baseName, Language language, Class<?> owner) {
    Objects.requireNonNull(language, "language");
    return new LocalizedText(
        language,
        ResourceBundle.getBundle(
            baseName,
            language.locale(),
            owner.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * The bundle {@code baseName} in every language, loaded once: what a renderer keeps in a static
   * field and asks {@link Bundle#in} for.
   *
   * @throws java.util.MissingResourceException if a language has no such bundle
   */
  public static Bundle bundle(String baseName, Class<?> owner) {
    Map<Language, LocalizedText> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, of(baseName, language, owner));
    }
    return new Bundle(texts);
  }

  /** One bundle's words in every {@link Language}. Immutable and thread-safe. */
  public static final class Bundle {

    private final Map<Language, LocalizedText> texts;

    private Bundle(Map<Language, LocalizedText> texts) {
      this.texts = texts;
    }

    /** The words in the language. */
    public LocalizedText in(Language language) {
      return Objects.requireNonNull(texts.get(Objects.requireNonNull(language, "language")));
    }

    /** The text of {@code key} in the language; see {@link LocalizedText#get}. */
    public String get(Language language, String key, Object... args) {
      return in(language).get(key, args);
    }
  }

  /** The language of the words. */
  public Language language() {
    return language;
  }

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments as they are.
   * One pass, so that an argument holding "{1}" (text from the records) is never filled in again;
   * not MessageFormat, whose quoting eats apostrophes and whose numbers get digit grouping.
   *
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder text = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && digits(pattern, i + 1, close)) {
        text.append(args[Integer.parseInt(pattern.substring(i + 1, close))]);
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
