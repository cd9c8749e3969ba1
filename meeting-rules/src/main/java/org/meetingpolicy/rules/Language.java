package org.meetingpolicy.rules;

import java.util.Locale;

/** The languages findings and clauses are written in. */
public enum Language {
  /** Simplified Chinese, the language of the policy. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of this language. */
  public Locale locale() {
    return locale;
  }
}
