package org.meetingpolicy.benchmarks;

import java.util.Set;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.RuleInfo;

/** The engines the benchmarks compare. */
public final class Engines {

  private Engines() {}

  /** The built-in rules and the default policy. */
  public static ComplianceEngine full() {
    return ComplianceEngine.createDefault();
  }

  /**
   * The built-in rules citing one of {@code clauses}, every other rule disabled by id: the same
   * DRL, compiled the same way, running only the subset.
   */
  public static ComplianceEngine onlyClauses(Set<String> clauses) {
    ComplianceEngine.Builder builder = ComplianceEngine.builder();
    for (RuleInfo rule : full().rules()) {
      if (!clauses.contains(rule.clauseId())) {
        builder.disableRule(rule.ruleId());
      }
    }
    return builder.build();
  }
}
