package org.meetingpolicy.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One result of a rule: a violation, a warning, or an obligation that is due. Immutable.
 *
 * @param clauseId the policy clause it comes from, such as {@code 3.4}
 * @param ruleId the stable id of the rule that made it, such as {@code schedule.notice-too-late}
 * @param severity violation, warning or due
 * @param subject what it is about
 * @param at the instant it concerns: for a due obligation its deadline, for a violation the
 *     deadline missed or the moment of the offending fact; null when no instant applies
 * @param evidence the facts and thresholds that decided it, in the rule's order
 * @param messageZh the finding in Chinese
 * @param messageEn the finding in English
 */
public record Finding(
    String clauseId,
    String ruleId,
    Severity severity,
    Subject subject,
    @Nullable Instant at,
    List<Evidence> evidence,
    String messageZh,
    String messageEn) {

  /**
   * The report order: by meeting, severity, clause, rule, subject, instant, then evidence. Equal
   * inputs give equal order whatever order the rules fired in.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> meetingKey(f.subject()))
          .thenComparing(Finding::severity)
          .thenComparing(Finding::clauseId, ClauseIds.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::at, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(f -> f.evidence().toString());

  /** Checks for nulls and copies the evidence. */
  public Finding {
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** The message in the language. */
  public String message(Language language) {
    return language == Language.ZH ? messageZh : messageEn;
  }

  /** The value of the named evidence, if the finding has it. */
  public java.util.Optional<String> evidenceValue(String name) {
    return evidence.stream().filter(e -> e.name().equals(name)).map(Evidence::value).findFirst();
  }

  /** The evidence as {@code a = 1; b = 2}. */
  public String evidenceText() {
    return evidenceText(Language.EN);
  }

  /** The evidence as {@code a = 1; b = 2}, values in the language ({@code 7 天} in Chinese). */
  public String evidenceText(Language language) {
    return evidence.stream()
        .map(e -> e.text(language))
        .collect(Collectors.joining(language == Language.ZH ? "；" : "; "));
  }

  // Department-wide findings sort after every meeting's.
  private static String meetingKey(Subject subject) {
    return subject.meeting() == null ? "\uffff" : subject.meeting().value();
  }

  @Override
  public String toString() {
    return severity + " " + clauseId + " [" + ruleId + "] " + subject + ": " + messageEn;
  }
}
