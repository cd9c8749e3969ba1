package org.meetingpolicy.testkit.assertj;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.meetingpolicy.rules.ClauseIds;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Severity;

/**
 * Assertions on a {@link ComplianceReport}. Every failure message prints the report's findings, so
 * a failing host test shows what the checker actually found.
 */
public class ComplianceReportAssert
    extends AbstractObjectAssert<ComplianceReportAssert, ComplianceReport> {

  /** Creates assertions on the report; use {@link ComplianceAssertions#assertThat}. */
  public ComplianceReportAssert(ComplianceReport actual) {
    super(actual, ComplianceReportAssert.class);
  }

  /** The report has no violation (warnings and due obligations are allowed). */
  public ComplianceReportAssert hasNoViolations() {
    return hasNone(Severity.VIOLATION);
  }

  /** The report has no finding at all. */
  public ComplianceReportAssert hasNoFindings() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("Expected no findings, but found:%n%s", findingsText());
    }
    return this;
  }

  /** The report has no warning. */
  public ComplianceReportAssert hasNoWarnings() {
    return hasNone(Severity.WARNING);
  }

  /** Some violation cites the clause. */
  public ComplianceReportAssert hasViolation(String clauseId) {
    return hasFinding(Severity.VIOLATION, clauseId);
  }

  /** Some warning cites the clause. */
  public ComplianceReportAssert hasWarning(String clauseId) {
    return hasFinding(Severity.WARNING, clauseId);
  }

  /** Some due obligation cites the clause. */
  public ComplianceReportAssert hasDue(String clauseId) {
    return hasFinding(Severity.DUE, clauseId);
  }

  /** No violation cites the clause. */
  public ComplianceReportAssert hasNoViolation(String clauseId) {
    isNotNull();
    if (matching(f -> f.severity() == Severity.VIOLATION && f.clauseId().equals(clauseId)) > 0) {
      failWithMessage(
          "Expected no violation of clause %s, but found:%n%s", clauseId, findingsText());
    }
    return this;
  }

  /** The violations cite exactly these clauses, each at least once, and no other clause. */
  public ComplianceReportAssert hasOnlyViolations(String... clauseIds) {
    return hasOnly(Severity.VIOLATION, clauseIds);
  }

  /** The due obligations cite exactly these clauses, each at least once, and no other clause. */
  public ComplianceReportAssert hasOnlyDue(String... clauseIds) {
    return hasOnly(Severity.DUE, clauseIds);
  }

  /** Some finding was made by the rule. */
  public ComplianceReportAssert hasFindingFromRule(String ruleId) {
    isNotNull();
    if (matching(f -> f.ruleId().equals(ruleId)) == 0) {
      failWithMessage("Expected a finding from rule %s, but found:%n%s", ruleId, findingsText());
    }
    return this;
  }

  /** The clause has the status. */
  public ComplianceReportAssert hasStatus(String clauseId, ClauseStatus expected) {
    isNotNull();
    ClauseStatus status = actual.clause(clauseId).map(c -> c.status()).orElse(null);
    if (status != expected) {
      failWithMessage(
          "Expected clause %s to be %s, but it was %s. Findings:%n%s",
          clauseId, expected, status, findingsText());
    }
    return this;
  }

  /** The clause was checked and nothing is violated or due. */
  public ComplianceReportAssert isCompliantWith(String clauseId) {
    return hasStatus(clauseId, ClauseStatus.COMPLIANT);
  }

  /**
   * The report has exactly one finding of this severity citing the clause; returns assertions on it
   * ({@link FindingAssert#fromRule}, {@link FindingAssert#withEvidence} …). Findings of the clause
   * with another severity are allowed; {@link #hasSingleFinding} allows none.
   */
  public FindingAssert hasSingle(Severity severity, String clauseId) {
    return single(
        f -> f.severity() == severity && f.clauseId().equals(clauseId),
        severity + " of clause " + clauseId);
  }

  /**
   * The report has exactly one finding citing the clause, whatever its severity; returns assertions
   * on it ({@link FindingAssert#withSeverity}, {@link FindingAssert#fromRule} …).
   */
  public FindingAssert hasSingleFinding(String clauseId) {
    return single(f -> f.clauseId().equals(clauseId), "finding of clause " + clauseId);
  }

  /**
   * The report has exactly one finding citing any of the clauses, whatever its severity; returns
   * assertions on it. Use it to say that of a whole section only one finding was made.
   */
  public FindingAssert hasSingleFindingAmong(Collection<String> clauseIds) {
    return single(f -> clauseIds.contains(f.clauseId()), "finding of clauses " + sorted(clauseIds));
  }

  /**
   * The report has exactly one finding made by the rule, whatever its clause and severity; returns
   * assertions on it.
   */
  public FindingAssert hasSingleFromRule(String ruleId) {
    return single(f -> f.ruleId().equals(ruleId), "finding from rule " + ruleId);
  }

  private ComplianceReportAssert hasNone(Severity severity) {
    isNotNull();
    List<Finding> found = actual.findings(severity);
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no %s findings, but found %d:%n%s", severity, found.size(), text(found));
    }
    return this;
  }

  private ComplianceReportAssert hasFinding(Severity severity, String clauseId) {
    isNotNull();
    if (matching(f -> f.severity() == severity && f.clauseId().equals(clauseId)) == 0) {
      failWithMessage(
          "Expected a %s of clause %s, but found:%n%s", severity, clauseId, findingsText());
    }
    return this;
  }

  private ComplianceReportAssert hasOnly(Severity severity, String... clauseIds) {
    isNotNull();
    Set<String> expected = sorted(Arrays.asList(clauseIds));
    Set<String> found = sorted(actual.findings(severity).stream().map(Finding::clauseId).toList());
    if (!found.equals(expected)) {
      Set<String> missing = sorted(expected);
      missing.removeAll(found);
      Set<String> unexpected = sorted(found);
      unexpected.removeAll(expected);
      failWithMessage(
          "Expected %s findings of exactly clauses %s, but missing %s and unexpected %s."
              + " Findings:%n%s",
          severity, expected, missing, unexpected, findingsText());
    }
    return this;
  }

  private FindingAssert single(Predicate<Finding> predicate, String expected) {
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(predicate).toList();
    if (found.size() != 1) {
      failWithMessage(
          "Expected exactly one %s, but found %d. Findings:%n%s",
          expected, found.size(), findingsText());
    }
    return new FindingAssert(found.get(0));
  }

  private long matching(Predicate<Finding> predicate) {
    return actual.findings().stream().filter(predicate).count();
  }

  private static Set<String> sorted(Collection<String> ids) {
    Set<String> set = new TreeSet<>(ClauseIds.ORDER);
    set.addAll(ids);
    return set;
  }

  private String findingsText() {
    return actual.findings().isEmpty() ? "  (no findings)" : text(actual.findings());
  }

  private static String text(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                "  "
                    + f.severity()
                    + " "
                    + f.clauseId()
                    + " ["
                    + f.ruleId()
                    + "] "
                    + f.subject()
                    + ": "
                    + f.message(Language.EN))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
