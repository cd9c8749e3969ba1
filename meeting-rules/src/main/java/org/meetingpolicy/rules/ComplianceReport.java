package org.meetingpolicy.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.meetingpolicy.core.model.MeetingId;

/**
 * Where one record set stands with the policy as of an instant: every finding, and a status for
 * every checked clause, so that a reader sees what passed as well as what failed. Immutable and
 * thread-safe; the same input gives an equal report (meeting-report writes it as text: {@code
 * ComplianceReportText}).
 *
 * @param records what was checked, such as {@code meeting 'm-1' of department 'sales'}
 * @param recordsZh what was checked, in Chinese ({@code 部门 'sales' 的记录})
 * @param asOf the instant the records were judged at
 * @param zone the policy's zone, in which the report's times are written
 * @param policyName the name of the policy applied
 * @param meetings the meetings checked, by id, sorted
 * @param findings every finding, in report order ({@link Finding#ORDER}, repeats left out)
 * @param clauses the status of every checked clause, in clause order
 * @param notes what a reader must know about how the report was judged that is not a finding, such
 *     as years the working calendar has no data for; empty for most reports
 */
public record ComplianceReport(
    String records,
    String recordsZh,
    Instant asOf,
    ZoneId zone,
    String policyName,
    List<MeetingId> meetings,
    List<Finding> findings,
    List<ClauseResult> clauses,
    List<ReportNote> notes) {

  /**
   * Creates a report. Findings are sorted by {@link Finding#ORDER} and repeats removed; clause
   * results are kept in the order given.
   */
  public ComplianceReport(
      String records,
      Instant asOf,
      ZoneId zone,
      String policyName,
      List<MeetingId> meetings,
      List<Finding> findings,
      List<ClauseResult> clauses) {
    this(records, asOf, zone, policyName, meetings, findings, clauses, List.of());
  }

  /**
   * Creates a report with notes on how it was judged (see {@link #notes()}); otherwise as {@link
   * #ComplianceReport(String, Instant, ZoneId, String, List, List, List)}.
   */
  public ComplianceReport(
      String records,
      Instant asOf,
      ZoneId zone,
      String policyName,
      List<MeetingId> meetings,
      List<Finding> findings,
      List<ClauseResult> clauses,
      List<ReportNote> notes) {
    this(records, records, asOf, zone, policyName, meetings, findings, clauses, notes);
  }

  /**
   * Creates a report that names its records in Chinese too ({@code 部门 'sales' 的记录}); otherwise as
   * {@link #ComplianceReport(String, Instant, ZoneId, String, List, List, List, List)}, which uses
   * the English name in both languages.
   */
  public ComplianceReport {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(recordsZh, "recordsZh");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(policyName, "policyName");
    meetings = meetings.stream().sorted().toList();
    findings = sortedWithoutRepeats(findings);
    clauses = List.copyOf(clauses);
    notes = List.copyOf(notes);
  }

  /**
   * The findings sorted by {@link Finding#ORDER}, each repeat after the first left out: the same as
   * {@code distinct().sorted(ORDER)}. Equal findings compare as equal, so repeats can only sit in a
   * run of ties and are looked for there, without hashing every finding (its messages and evidence)
   * as {@code distinct()} does.
   */
  static List<Finding> sortedWithoutRepeats(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Finding> kept = new ArrayList<>(sorted.size());
    int ties = 0;
    for (Finding finding : sorted) {
      if (!kept.isEmpty() && Finding.ORDER.compare(kept.get(kept.size() - 1), finding) != 0) {
        ties = kept.size();
      }
      if (!kept.subList(ties, kept.size()).contains(finding)) {
        kept.add(finding);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /** What was checked, in the language. */
  public String records(Language language) {
    return language == Language.ZH ? recordsZh : records;
  }

  /** The findings of one severity, in report order. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings of one clause, in report order. */
  public List<Finding> findingsOf(String clauseId) {
    return findings.stream().filter(f -> f.clauseId().equals(clauseId)).toList();
  }

  /** The findings about one meeting and what belongs to it, in report order. */
  public List<Finding> findingsFor(MeetingId meeting) {
    return findings.stream().filter(f -> meeting.equals(f.subject().meeting())).toList();
  }

  /** The violations. */
  public List<Finding> violations() {
    return findings(Severity.VIOLATION);
  }

  /** The warnings. */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /** The obligations due, earliest deadline first. */
  public List<Finding> due() {
    return findings(Severity.DUE).stream()
        .sorted(Comparator.comparing(Finding::at).thenComparing(Finding.ORDER))
        .toList();
  }

  /** Whether nothing is violated (warnings and due obligations may remain). */
  public boolean isCompliant() {
    return violations().isEmpty();
  }

  /** Whether some finding is at least as serious as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /** The result of one clause, if it was in the table. */
  public Optional<ClauseResult> clause(String clauseId) {
    return clauses.stream().filter(c -> c.clause().id().equals(clauseId)).findFirst();
  }

  /**
   * The status of one clause.
   *
   * @throws IllegalArgumentException if the clause is not in the table
   */
  public ClauseStatus status(String clauseId) {
    return clause(clauseId)
        .map(ClauseResult::status)
        .orElseThrow(() -> new IllegalArgumentException("clause " + clauseId + " is not checked"));
  }

  /** How many clauses have each status. */
  public Map<ClauseStatus, Long> statusCounts() {
    Map<ClauseStatus, Long> counts = new EnumMap<>(ClauseStatus.class);
    for (ClauseStatus status : ClauseStatus.values()) {
      counts.put(status, 0L);
    }
    clauses.forEach(c -> counts.merge(c.status(), 1L, Long::sum));
    return counts;
  }

  /** One line in English: violations, warnings, due, and the clause tally. */
  public String summary() {
    return summary(Language.EN);
  }

  /** One line in the language: violations, warnings, due, and the clause tally. */
  public String summary(Language language) {
    Map<ClauseStatus, Long> counts = statusCounts();
    long notChecked = counts.getOrDefault(ClauseStatus.NOT_CHECKED, 0L);
    return ReportText.get(
        language,
        notChecked == 0 ? "summary" : "summary.notChecked",
        violations().size(),
        warnings().size(),
        findings(Severity.DUE).size(),
        counts.getOrDefault(ClauseStatus.COMPLIANT, 0L),
        counts.getOrDefault(ClauseStatus.VIOLATED, 0L),
        counts.getOrDefault(ClauseStatus.DUE, 0L),
        counts.getOrDefault(ClauseStatus.NOT_APPLICABLE, 0L),
        notChecked);
  }

  /** The clause status's label in the language: {@code violated} or {@code 违规}. */
  public static String statusLabel(ClauseStatus status, Language language) {
    return ReportText.get(language, "status." + status.name());
  }

  /** The severity's label in the language: {@code VIOLATION} or {@code 违规}. */
  public static String label(Severity severity, Language language) {
    return ReportText.get(language, "severity." + severity.name());
  }

  @Override
  public String toString() {
    return records + " as of " + asOf + ": " + summary();
  }

  /** The findings grouped by clause, in clause order; for renderers. */
  public Map<String, List<Finding>> findingsByClause() {
    return findings.stream()
        .collect(
            Collectors.groupingBy(
                Finding::clauseId,
                () -> new java.util.TreeMap<>(ClauseIds.ORDER),
                Collectors.toList()));
  }
}
