package org.meetingpolicy.testkit.assertj;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/**
 * Assertions on one {@link Finding}, as {@link ComplianceReportAssert#hasSingle} and the other
 * {@code hasSingle…} assertions return them: {@code assertThat(report).hasSingle(VIOLATION, "5.6")
 * .fromRule("discipline.late-without-notice").withEvidence("late", "5 min")}. Failure messages
 * print the finding.
 */
public class FindingAssert extends AbstractObjectAssert<FindingAssert, Finding> {

  /** Creates assertions on the finding. */
  public FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** The finding has the severity. */
  public FindingAssert withSeverity(Severity severity) {
    isNotNull();
    if (actual.severity() != severity) {
      failWithMessage(
          "Expected the finding to be a %s, but it is a %s:%n  %s",
          severity, actual.severity(), actual);
    }
    return this;
  }

  /** The finding was made by the rule. */
  public FindingAssert fromRule(String ruleId) {
    isNotNull();
    if (!actual.ruleId().equals(ruleId)) {
      failWithMessage(
          "Expected the finding to come from rule %s, but it is:%n  %s", ruleId, actual);
    }
    return this;
  }

  /** The finding is about the subject. */
  public FindingAssert about(Subject subject) {
    isNotNull();
    if (!actual.subject().equals(subject)) {
      failWithMessage("Expected the finding to be about %s, but it is:%n  %s", subject, actual);
    }
    return this;
  }

  /** The finding's instant (the deadline of a due obligation) is {@code at}. */
  public FindingAssert at(Instant at) {
    isNotNull();
    if (!Objects.equals(actual.at(), at)) {
      failWithMessage(
          "Expected the finding at %s, but it is at %s:%n  %s", at, actual.at(), actual);
    }
    return this;
  }

  /** The finding has evidence of that name whose English text is {@code value}. */
  public FindingAssert withEvidence(String name, String value) {
    isNotNull();
    Optional<String> found = actual.evidenceValue(name);
    if (found.isEmpty()) {
      failWithMessage(
          "Expected evidence %s = %s, but the finding has none of that name: %s",
          name, value, actual.evidenceText());
    } else if (!found.get().equals(value)) {
      failWithMessage(
          "Expected evidence %s = %s, but it is %s: %s",
          name, value, found.get(), actual.evidenceText());
    }
    return this;
  }

  /** The finding's message in the language is exactly {@code message}. */
  public FindingAssert withMessage(Language language, String message) {
    isNotNull();
    String found = actual.message(language);
    if (!found.equals(message)) {
      failWithMessage(
          "Expected the %s message%n  %s%nbut it is%n  %s%nof the finding:%n  %s",
          language, message, found, actual);
    }
    return this;
  }

  /** The finding's message in the language starts with {@code prefix}. */
  public FindingAssert withMessageStartingWith(Language language, String prefix) {
    isNotNull();
    String found = actual.message(language);
    if (!found.startsWith(prefix)) {
      failWithMessage(
          "Expected the %s message to start with%n  %s%nbut it is%n  %s%nof the finding:%n  %s",
          language, prefix, found, actual);
    }
    return this;
  }

  /** The finding's message in the language contains {@code part}. */
  public FindingAssert withMessageContaining(Language language, String part) {
    isNotNull();
    String found = actual.message(language);
    if (!found.contains(part)) {
      failWithMessage(
          "Expected the %s message to contain%n  %s%nbut it is%n  %s%nof the finding:%n  %s",
          language, part, found, actual);
    }
    return this;
  }
}
