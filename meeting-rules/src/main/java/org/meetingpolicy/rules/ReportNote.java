package org.meetingpolicy.rules;

import java.util.Objects;

/**
 * Something a reader of a report must know about how it was judged that is not a finding, such as
 * working days counted Monday to Friday for a year the working calendar has no data for.
 *
 * @param code a stable code, such as {@code working-calendar-without-data}
 * @param zh the note in Chinese
 * @param en the note in English
 */
public record ReportNote(String code, String zh, String en) {

  /** Checks that every part is there. */
  public ReportNote {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The note in the language. */
  public String text(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
