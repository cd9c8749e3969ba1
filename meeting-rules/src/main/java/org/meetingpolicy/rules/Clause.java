package org.meetingpolicy.rules;

import java.util.Objects;

/**
 * One clause of the policy, in Chinese and English.
 *
 * @param id the clause id, such as {@code 3.4}; stable
 * @param kind rule, data or informational
 * @param section the section it belongs to, such as {@code 3 Time and place}
 * @param textZh the clause in Chinese
 * @param textEn the clause in English
 */
public record Clause(String id, ClauseKind kind, String section, String textZh, String textEn) {

  /** Rejects blank ids and null parts. */
  public Clause {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("clause id must not be blank");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(textZh, "textZh");
    Objects.requireNonNull(textEn, "textEn");
  }

  /** The clause text in the language. */
  public String text(Language language) {
    return language == Language.ZH ? textZh : textEn;
  }
}
