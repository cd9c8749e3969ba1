package org.meetingpolicy.rules;

import java.util.List;
import java.util.Objects;

/**
 * A rule of the engine, as its metadata describes it.
 *
 * @param ruleId the stable id, such as {@code schedule.notice-too-late}
 * @param clauseIds the clauses it enforces, in policy order: one for most rules; several for a rule
 *     that judges a family of clauses from data (4.1–4.8: one rule over every required agenda item,
 *     each finding citing its own clause)
 * @param name the rule's name in its DRL file
 * @param packageName the DRL package
 * @param findsSomething whether it makes findings ({@code false} for rules that only state that a
 *     clause applies)
 * @param obligation whether it states obligations with a deadline: its findings are then {@code
 *     <ruleId>-due} before the deadline and {@code <ruleId>-missing} after it, and its clause
 *     applies to every subject it states one for
 */
public record RuleInfo(
    String ruleId,
    List<String> clauseIds,
    String name,
    String packageName,
    boolean findsSomething,
    boolean obligation) {

  /** Copies the clause list; a rule enforces at least one clause. */
  public RuleInfo {
    Objects.requireNonNull(ruleId, "ruleId");
    clauseIds = List.copyOf(clauseIds);
    if (clauseIds.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + " enforces no clause");
    }
  }

  /** The clause it enforces; for a rule of a family of clauses, the first of them. */
  public String clauseId() {
    return clauseIds.get(0);
  }

  /** The rule ids its findings carry: its own, or for an obligation the DUE and missing ones. */
  public List<String> findingRuleIds() {
    if (!findsSomething) {
      return List.of();
    }
    return obligation ? List.of(ruleId + "-due", ruleId + "-missing") : List.of(ruleId);
  }

  /** Whether it states that its clauses apply (an "applies" rule, or one stating obligations). */
  public boolean statesApplicability() {
    return !findsSomething || obligation;
  }

  /** Whether it enforces the clause. */
  public boolean enforces(String clauseId) {
    return clauseIds.contains(clauseId);
  }
}
