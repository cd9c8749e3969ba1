package org.meetingpolicy.examples.cli;

import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;

/** meeting-check's own words in one language, from the {@code cli} bundle next to this class. */
final class CliText {

  private static final LocalizedText.Bundle TEXTS =
      LocalizedText.bundle("org.meetingpolicy.examples.cli.cli", CliText.class);

  private CliText() {}

  /** The text of {@code key} with its {@code {0}}, {@code {1}} … filled in. */
  static String get(Language language, String key, Object... args) {
    return TEXTS.get(language, key, args);
  }
}
