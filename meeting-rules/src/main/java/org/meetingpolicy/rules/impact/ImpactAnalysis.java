package org.meetingpolicy.rules.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ClauseIds;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/**
 * Judges the same record sets under the policy in force and under a proposed one, and says what
 * would change: the question a manager asks before approving a revision (section 10). Each side is
 * an ordinary {@link ComplianceEngine}, so the proposal may change parameters, switch rules off or
 * add a host's rules. Thread-safe.
 *
 * <pre>
 * ImpactAnalysis analysis = new ImpactAnalysis(currentEngine, proposedEngine);
 * Impact impact = analysis.compare(List.of(records), asOf);
 * impact.clauses().forEach(c -&gt; System.out.println(c.clauseId() + " +" + c.newlyViolated()));
 * </pre>
 */
public final class ImpactAnalysis {

  private final ComplianceEngine current;
  private final ComplianceEngine proposed;

  /** Compares what {@code current} and {@code proposed} make of the same records. */
  public ImpactAnalysis(ComplianceEngine current, ComplianceEngine proposed) {
    this.current = Objects.requireNonNull(current, "current");
    this.proposed = Objects.requireNonNull(proposed, "proposed");
  }

  /**
   * The impact on well-formed record sets judged at {@code asOf}.
   *
   * @throws org.meetingpolicy.core.validation.InvalidRecordException if a record set is malformed
   */
  public Impact compare(List<DepartmentRecords> recordSets, Instant asOf) {
    List<Judged> judged = new ArrayList<>();
    for (DepartmentRecords records : recordSets) {
      judged.add(new Judged(null, current.check(records, asOf), proposed.check(records, asOf)));
    }
    return compareReports(judged, asOf);
  }

  /**
   * The impact from reports already made: for each record set, its name (or null), its report under
   * the current policy and under the proposed one, both at {@code asOf}.
   */
  public Impact compareReports(List<Judged> judged, Instant asOf) {
    List<Impact.FindingChange> findings = new ArrayList<>();
    Map<String, Tally> clauses = new TreeMap<>(ClauseIds.ORDER);
    for (int set = 0; set < judged.size(); set++) {
      Judged j = judged.get(set);
      findings.addAll(diff(set, j.source(), j.current().findings(), j.proposed().findings()));
      for (ClauseResult before : j.current().clauses()) {
        ClauseStatus after = j.proposed().status(before.clause().id());
        if (after != before.status()) {
          clauses
              .computeIfAbsent(before.clause().id(), Tally::new)
              .add(set, before.status(), after);
        }
      }
    }
    List<Impact.ClauseChange> changes = clauses.values().stream().map(Tally::change).toList();
    String currentName =
        judged.isEmpty() ? current.policy().name() : judged.get(0).current().policyName();
    String proposedName =
        judged.isEmpty() ? proposed.policy().name() : judged.get(0).proposed().policyName();
    return new Impact(currentName, proposedName, asOf, judged.size(), findings, changes);
  }

  /** One record set's two reports. */
  public record Judged(
      @Nullable String source, ComplianceReport current, ComplianceReport proposed) {

    /** Rejects missing reports. */
    public Judged {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(proposed, "proposed");
    }
  }

  /**
   * Findings match when the same rule makes them about the same subject with the same severity;
   * matched findings that differ in anything else are CHANGED. Several findings with one key match
   * in report order.
   */
  private static List<Impact.FindingChange> diff(
      int set, @Nullable String source, List<Finding> before, List<Finding> after) {
    Map<Key, List<Finding>> unmatched = new LinkedHashMap<>();
    for (Finding finding : after) {
      unmatched.computeIfAbsent(Key.of(finding), k -> new ArrayList<>()).add(finding);
    }
    List<Impact.FindingChange> changes = new ArrayList<>();
    for (Finding old : before) {
      List<Finding> candidates = unmatched.get(Key.of(old));
      if (candidates == null || candidates.isEmpty()) {
        changes.add(new Impact.FindingChange(set, source, Impact.Kind.REMOVED, old, null));
        continue;
      }
      Finding now = candidates.remove(0);
      if (!now.equals(old)) {
        changes.add(new Impact.FindingChange(set, source, Impact.Kind.CHANGED, old, now));
      }
    }
    unmatched.values().stream()
        .flatMap(List::stream)
        .forEach(
            f -> changes.add(new Impact.FindingChange(set, source, Impact.Kind.ADDED, null, f)));
    changes.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
    return changes;
  }

  private record Key(String ruleId, Severity severity, Subject subject) {
    static Key of(Finding finding) {
      return new Key(finding.ruleId(), finding.severity(), finding.subject());
    }
  }

  /** The status changes of one clause, counted as they come. */
  private static final class Tally {
    private final String clauseId;
    private int newlyViolated;
    private int newlyCompliant;
    private int newlyDue;
    private int noLongerApplicable;
    private int otherwise;
    private final Map<Integer, ClauseStatus> before = new HashMap<>();
    private final Map<Integer, ClauseStatus> after = new HashMap<>();

    Tally(String clauseId) {
      this.clauseId = clauseId;
    }

    void add(int set, ClauseStatus from, ClauseStatus to) {
      before.put(set, from);
      after.put(set, to);
      if (to == ClauseStatus.VIOLATED) {
        newlyViolated++;
      } else if (to == ClauseStatus.COMPLIANT
          && (from == ClauseStatus.VIOLATED || from == ClauseStatus.DUE)) {
        newlyCompliant++;
      } else if (to == ClauseStatus.DUE && from != ClauseStatus.VIOLATED) {
        newlyDue++;
      } else if (to == ClauseStatus.NOT_APPLICABLE) {
        noLongerApplicable++;
      } else {
        otherwise++;
      }
    }

    Impact.ClauseChange change() {
      return new Impact.ClauseChange(
          clauseId,
          newlyViolated,
          newlyCompliant,
          newlyDue,
          noLongerApplicable,
          otherwise,
          before,
          after);
    }
  }
}
