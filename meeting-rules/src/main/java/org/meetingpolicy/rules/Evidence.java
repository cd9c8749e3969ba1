package org.meetingpolicy.rules;

import java.util.Objects;
import org.meetingpolicy.rules.facts.Format;

/**
 * One fact or threshold that decided a finding, such as {@code noticeSentAt = 2026-11-05 10:00} or
 * {@code required = 7 d}, with its value written in English and in Chinese ({@code 2026年11月5日 周四
 * 10:00}, {@code 7 天}). Values are rendered as text when the finding is made, so reports are stable
 * and need no access to the records.
 *
 * @param name what it is
 * @param value its value as English text
 * @param valueZh its value as Chinese text (the same as {@code value} for ids and other data)
 */
public record Evidence(String name, String value, String valueZh) {

  /** Rejects nulls. */
  public Evidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueZh, "valueZh");
  }

  /** Evidence whose value reads the same in both languages, such as an id. */
  public Evidence(String name, String value) {
    this(name, value, value);
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
