package org.meetingpolicy.rules.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.validation.InvalidRecordException;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.rules.RuleExecutionException;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.SubjectKind;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.rules.metrics.EvaluationPeriods;

/**
 * Judges record sets under a {@link PolicyHistory}: every version judges the whole record set, and
 * each finding is kept from the version in force for its subject — a meeting's (and what belongs to
 * it) at the meeting's planned start, a week's, month's or quarter's at the period's start,
 * anything else at the finding's own instant (a deadline), or the judging instant. So a meeting
 * held under the old version is judged by it after the new one took effect, and a week that began
 * before the change is one of the old version's weeks.
 *
 * <p>A clause is violated or due when a kept finding says so; otherwise compliant when it applied
 * under some version, else not applicable. One compiled rule base per set of switched-off rules
 * serves every version with that set ({@link ComplianceEngine#withPolicy}). Thread-safe.
 */
public final class HistoryChecker {

  /** The name of the evidence that cites a finding's version when a history has several. */
  public static final String VERSION_EVIDENCE = "policyVersion";

  private final PolicyHistory history;
  private final List<ComplianceEngine> engines;

  private HistoryChecker(PolicyHistory history, List<ComplianceEngine> engines) {
    this.history = history;
    this.engines = List.copyOf(engines);
  }

  /**
   * A checker with the built-in rules, minus what each version switches off, plus each version's
   * rule files.
   *
   * @throws IllegalArgumentException if a version switches off an unknown rule or a rule file does
   *     not compile (naming it)
   * @throws java.io.UncheckedIOException if a rule file cannot be read
   */
  public static HistoryChecker of(PolicyHistory history) {
    Map<List<Object>, ComplianceEngine> compiled = new HashMap<>();
    List<ComplianceEngine> engines = new ArrayList<>();
    for (PolicyVersion version : history.versions()) {
      ComplianceEngine base =
          compiled.computeIfAbsent(
              List.of(version.disabledRules(), version.ruleFiles()),
              key -> {
                ComplianceEngine.Builder builder = ComplianceEngine.builder();
                version.disabledRules().forEach(builder::disableRule);
                version.ruleFiles().forEach(builder::addRules);
                return builder.build();
              });
      engines.add(base.withPolicy(version.policy()));
    }
    return new HistoryChecker(history, engines);
  }

  /** The engine of the version in force at the instant. */
  public ComplianceEngine engineInForceAt(Instant instant) {
    return engines.get(history.versions().indexOf(history.inForceAt(instant)));
  }

  /** The history it judges by. */
  public PolicyHistory history() {
    return history;
  }

  /**
   * The record set judged at {@code asOf}, each finding by the version in force for its subject.
   *
   * @throws org.meetingpolicy.core.validation.InvalidRecordException if the records are malformed
   */
  public HistoryReport check(DepartmentRecords records, Instant asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    List<ReportNote> dated = new ArrayList<>();
    records = datedByHistory(records, dated);
    List<PolicyVersion> versions = history.versions();
    List<ComplianceReport> reports = new ArrayList<>();
    for (ComplianceEngine engine : engines) {
      reports.add(engine.check(records, asOf));
    }
    int current = versions.indexOf(history.inForceAt(asOf));
    Map<MeetingId, Instant> starts = new HashMap<>();
    for (Meeting meeting : records.meetings()) {
      starts.put(meeting.id(), meeting.start());
    }
    Map<Finding, String> kept = new LinkedHashMap<>();
    Set<PolicyVersion> used = new LinkedHashSet<>();
    used.add(versions.get(current));
    for (int i = 0; i < versions.size(); i++) {
      PolicyVersion version = versions.get(i);
      for (Finding finding : reports.get(i).findings()) {
        Instant when = instantOf(finding, starts, asOf, reports.get(i));
        if (history.inForceAt(when).equals(version)) {
          kept.putIfAbsent(finding, version.version());
          used.add(version);
        }
      }
    }
    ComplianceReport now = reports.get(current);
    if (versions.size() > 1) {
      // Every finding cites its version where a reader sees it: with its evidence, in text and
      // JSON alike. A one-version history adds nothing (its report names the version).
      Map<Finding, String> cited = new LinkedHashMap<>();
      kept.forEach((finding, version) -> cited.putIfAbsent(citing(finding, version), version));
      kept = cited;
    }
    List<Finding> findings = new ArrayList<>(kept.keySet());
    List<ClauseResult> clauses = new ArrayList<>();
    for (ClauseResult result : now.clauses()) {
      clauses.add(merged(result, findings, reports));
    }
    Set<ReportNote> notes = new LinkedHashSet<>(dated);
    if (used.size() > 1) {
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      for (PolicyVersion version : versions) {
        if (used.contains(version)) {
          String from = Format.instant(version.effectiveFrom(), now.zone(), Language.EN);
          en.add(version.version() + " (in force from " + from + ")");
          zh.add(
              version.version()
                  + "（自 "
                  + Format.instant(version.effectiveFrom(), now.zone(), Language.ZH)
                  + " 起生效）");
        }
      }
      notes.add(
          new ReportNote(
              "policy-versions",
              "按制度版本 " + String.join("、", zh) + " 判定；每项检查结果注明其制度版本。",
              "Judged by policy versions "
                  + String.join(", ", en)
                  + "; each finding cites its version."));
    }
    reports.forEach(r -> notes.addAll(r.notes()));
    List<String> names = new ArrayList<>();
    for (PolicyVersion version : versions) {
      if (used.contains(version)) {
        names.add(version.version() + " " + version.policy().name());
      }
    }
    ComplianceReport report =
        new ComplianceReport(
            now.records(),
            now.recordsZh(),
            asOf,
            now.zone(),
            String.join(" + ", names),
            now.meetings(),
            findings,
            clauses,
            List.copyOf(notes));
    List<String> findingVersions = report.findings().stream().map(kept::get).toList();
    return new HistoryReport(
        report, findingVersions, versions.stream().filter(used::contains).toList());
  }

  /** The finding with the version that judged it as its last piece of evidence. */
  private static Finding citing(Finding finding, String version) {
    List<Evidence> evidence = new ArrayList<>(finding.evidence());
    evidence.add(new Evidence(VERSION_EVIDENCE, version, version));
    return new Finding(
        finding.clauseId(),
        finding.ruleId(),
        finding.severity(),
        finding.subject(),
        finding.at(),
        evidence,
        finding.message(Language.ZH),
        finding.message(Language.EN));
  }

  /**
   * A batch judged under the history: inputs refused as malformed or failed by a rule exactly as
   * {@link ComplianceEngine#checkAll} says, every other one judged by {@link #check}.
   */
  public BatchResult checkAll(List<DepartmentRecords> batch, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<CheckOutcome> outcomes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      DepartmentRecords records = batch.get(i);
      if (records == null) {
        outcomes.add(new CheckOutcome.Rejected(i, null, ValidationResult.NULL_RECORDS));
        continue;
      }
      // Each record set is validated once and judged once per version, by check itself.
      try {
        outcomes.add(new CheckOutcome.Checked(i, records, check(records, asOf).report()));
      } catch (InvalidRecordException e) {
        outcomes.add(new CheckOutcome.Rejected(i, records, e.result()));
      } catch (RuleExecutionException e) {
        outcomes.add(new CheckOutcome.Failed(i, records, e));
      }
    }
    return new BatchResult(outcomes);
  }

  /**
   * The records with each revision that introduces a version of the history taking effect when the
   * history says (10.2 then judges its approval and notifications against that date); a note for
   * each revision whose record said otherwise.
   */
  private DepartmentRecords datedByHistory(DepartmentRecords records, List<ReportNote> notes) {
    List<PolicyRevision> revisions = new ArrayList<>();
    boolean changed = false;
    for (PolicyRevision revision : records.revisions()) {
      PolicyVersion version =
          history.versions().stream()
              .filter(v -> v.version().equals(revision.version()))
              .findFirst()
              .orElse(null);
      if (version == null || version.effectiveFrom().equals(revision.effectiveFrom())) {
        revisions.add(revision);
        continue;
      }
      changed = true;
      revisions.add(
          new PolicyRevision(
              revision.id(),
              revision.version(),
              revision.reason(),
              revision.bases(),
              revision.approvedBy(),
              revision.approvedAt(),
              revision.notifications(),
              version.effectiveFrom()));
      notes.add(
          new ReportNote(
              "revision-dated-by-history",
              "制度修订 "
                  + revision.id().value()
                  + " 记录的生效时间为 "
                  + revision.effectiveFrom()
                  + "，制度版本历史中版本 "
                  + version.version()
                  + " 的生效时间为 "
                  + version.effectiveFrom()
                  + "；按版本历史判定。",
              "Revision "
                  + revision.id().value()
                  + " records "
                  + revision.effectiveFrom()
                  + " as its effective date; the policy history has version "
                  + version.version()
                  + " in force from "
                  + version.effectiveFrom()
                  + ", which is what is judged."));
    }
    return changed ? records.withRevisions(revisions) : records;
  }

  /** The instant that decides which version judges the finding. */
  private static Instant instantOf(
      Finding finding, Map<MeetingId, Instant> starts, Instant asOf, ComplianceReport report) {
    MeetingId meeting = finding.subject().meeting();
    if (meeting != null && starts.containsKey(meeting)) {
      return starts.get(meeting);
    }
    if (finding.subject().kind() == SubjectKind.PERIOD) {
      // A run of periods ("2026-W40..2026-W45") is judged by the version of its first.
      String label = finding.subject().id();
      int dots = label.indexOf("..");
      try {
        return EvaluationPeriods.parse(dots < 0 ? label : label.substring(0, dots), report.zone())
            .start();
      } catch (IllegalArgumentException notALabel) {
        // Not a period label this library writes: fall through to the finding's own instant.
      }
    }
    return finding.at() != null ? finding.at() : asOf;
  }

  /** A clause's result from the kept findings and what each version said of it. */
  private static ClauseResult merged(
      ClauseResult now, List<Finding> findings, List<ComplianceReport> reports) {
    String clause = now.clause().id();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Instant nextDue = null;
    for (Finding finding : findings) {
      if (finding.clauseId().equals(clause)) {
        counts.merge(finding.severity(), 1, Integer::sum);
        if (finding.severity() == Severity.DUE
            && finding.at() != null
            && (nextDue == null || finding.at().isBefore(nextDue))) {
          nextDue = finding.at();
        }
      }
    }
    int violations = counts.getOrDefault(Severity.VIOLATION, 0);
    int warnings = counts.getOrDefault(Severity.WARNING, 0);
    int due = counts.getOrDefault(Severity.DUE, 0);
    ClauseStatus status;
    if (now.status() == ClauseStatus.NOT_CHECKED) {
      status = ClauseStatus.NOT_CHECKED;
    } else if (violations > 0) {
      status = ClauseStatus.VIOLATED;
    } else if (due > 0) {
      status = ClauseStatus.DUE;
    } else if (warnings > 0 || appliedSomewhere(clause, reports)) {
      status = ClauseStatus.COMPLIANT;
    } else {
      status = ClauseStatus.NOT_APPLICABLE;
    }
    return new ClauseResult(now.clause(), status, violations, warnings, due, nextDue);
  }

  private static boolean appliedSomewhere(String clause, List<ComplianceReport> reports) {
    for (ComplianceReport report : reports) {
      ClauseStatus status = report.status(clause);
      if (status == ClauseStatus.COMPLIANT
          || status == ClauseStatus.VIOLATED
          || status == ClauseStatus.DUE) {
        return true;
      }
    }
    return false;
  }
}
