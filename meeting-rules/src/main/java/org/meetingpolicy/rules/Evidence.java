package org.meetingpolicy.rules;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.rules.facts.Format;

/**
 * One fact or threshold that decided a finding, such as {@code noticeSentAt = 2026-11-05 10:00} or
 * {@code required = 7 d}: its value as data, and written in English and in Chinese ({@code
 * 2026年11月5日 周四 10:00}, {@code 7 天}). The text is rendered when the finding is made, so reports are
 * stable and need no access to the records; the data is what a program reads (the JSON report
 * writes instants with the report's offset and durations in ISO-8601).
 *
 * @param name what it is
 * @param value its value as English text
 * @param valueZh its value as Chinese text (the same as {@code value} for ids and other data)
 * @param data its value as data, one of: {@link java.time.Instant}, {@link java.time.Duration},
 *     {@link String} (ids, named values, other text), {@link Boolean}, {@link Integer}, {@link
 *     Long}, {@link Double}, or an unmodifiable {@link java.util.List} of these; null when there is
 *     none (see {@link Format#data})
 */
public record Evidence(String name, String value, String valueZh, @Nullable Object data) {

  /** Rejects nulls but the data. */
  public Evidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueZh, "valueZh");
  }

  /** Evidence that is text, such as a version label: its data is the English text. */
  public Evidence(String name, String value, String valueZh) {
    this(name, value, valueZh, value);
  }

  /** Evidence whose value reads the same in both languages, such as an id. */
  public Evidence(String name, String value) {
    this(name, value, value);
  }

  /** The evidence of a value: its text in both languages in the zone, and its data. */
  public static Evidence of(String name, @Nullable Object value, ZoneId zone) {
    return new Evidence(
        name,
        Format.value(value, zone),
        Format.value(value, zone, Language.ZH),
        Format.data(value, zone));
  }

  /** The value in the language. */
  public String value(Language language) {
    return language == Language.ZH ? valueZh : value;
  }

  /** {@code name = value} in the language; in Chinese the name too ({@code 发出时间 = …}). */
  public String text(Language language) {
    return Format.evidenceName(name, language) + " = " + value(language);
  }

  @Override
  public String toString() {
    return text(Language.EN);
  }
}
