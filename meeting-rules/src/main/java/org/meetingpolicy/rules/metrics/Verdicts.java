package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleInfo;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.rules.facts.MeetingFact;
import org.meetingpolicy.rules.facts.Participant;

/**
 * What the engine judged of the records as of the instant of evaluation, read for the metrics, so
 * that a metric asks the rules rather than deciding a clause again: the report's findings by
 * subject and rule, which rules were active, and the records as the engine saw them (cut to what
 * was known at the instant). Immutable; one per compliance report, shared by the periods evaluated
 * from it.
 */
final class Verdicts {

  private final ComplianceReport report;
  private final MeetingPolicy policy;
  private final Department department;
  private final Set<String> activeRules;
  private final Map<Subject, List<Finding>> bySubject;
  private final Map<MeetingId, Meeting> known;

  /**
   * The verdicts of a report of the records, made by an engine with these rules and this policy.
   */
  Verdicts(
      ComplianceReport report,
      List<RuleInfo> rules,
      MeetingPolicy policy,
      DepartmentRecords records) {
    this.report = report;
    this.policy = policy;
    this.department = records.department();
    this.activeRules = rules.stream().map(RuleInfo::ruleId).collect(Collectors.toUnmodifiableSet());
    Map<Subject, List<Finding>> bySubject = new HashMap<>();
    report
        .findings()
        .forEach(f -> bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f));
    this.bySubject = Map.copyOf(bySubject);
    Map<MeetingId, Meeting> known = new HashMap<>();
    records.knownAt(report.asOf()).meetings().forEach(m -> known.put(m.id(), m));
    this.known = Map.copyOf(known);
  }

  /** The instant the records were judged at: the instant of evaluation. */
  Instant asOf() {
    return report.asOf();
  }

  /** The whole report, for the breaches per section. */
  ComplianceReport report() {
    return report;
  }

  /** Whether the engine ran every one of these rules (a host may have switched some off). */
  boolean judges(String... ruleIds) {
    for (String ruleId : ruleIds) {
      if (!activeRules.contains(ruleId)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of these rules made a finding, of any severity, about the subject. */
  boolean found(Subject subject, String... ruleIds) {
    List<String> rules = List.of(ruleIds);
    return bySubject.getOrDefault(subject, List.of()).stream()
        .anyMatch(f -> rules.contains(f.ruleId()));
  }

  /**
   * The invitees of a held meeting as the discipline rules (section 5) classified them: arrival,
   * departure, what they missed, from the records as the engine saw them.
   */
  List<Participant> invitees(Meeting held) {
    Meeting seen = Objects.requireNonNull(known.get(held.id()), "a meeting of the records");
    return Participant.of(new MeetingFact(0, seen, department, policy, asOf())).stream()
        .filter(Participant::invited)
        .toList();
  }

  /**
   * The share of {@code asked} with no violation of the metric's clause (about the meeting or
   * anything in it), leaving out meetings for which the clause is only due so far; not checked when
   * the engine has no active rule for the clause.
   */
  Metric clauseShare(MetricKind kind, List<Meeting> asked) {
    String clause = kind.clauseId();
    ClauseStatus status =
        report.clause(clause).map(ClauseResult::status).orElse(ClauseStatus.NOT_CHECKED);
    if (status == ClauseStatus.NOT_CHECKED) {
      return Metric.notChecked(kind);
    }
    int complying = 0;
    int violating = 0;
    int pending = 0;
    for (Meeting m : asked) {
      List<Finding> findings =
          report.findingsFor(m.id()).stream().filter(f -> f.clauseId().equals(clause)).toList();
      if (findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION)) {
        violating++;
      } else if (findings.stream().anyMatch(f -> f.severity() == Severity.DUE)) {
        pending++;
      } else {
        complying++;
      }
    }
    return Metric.ratio(kind, complying, complying + violating, pending);
  }
}
