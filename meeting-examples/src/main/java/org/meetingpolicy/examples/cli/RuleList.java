package org.meetingpolicy.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetingpolicy.rules.Clause;
import org.meetingpolicy.rules.ClauseKind;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.RuleInfo;

/** Renders the clause catalogue with the ids of each clause's rules, for {@code --list-rules}. */
final class RuleList {

  private RuleList() {}

  static String render(ComplianceEngine engine, Language language) {
    Map<String, List<String>> rulesByClause = new LinkedHashMap<>();
    for (RuleInfo rule : engine.rules()) {
      // A rule of a family (4.1–4.8) is listed under each clause it judges.
      for (String clauseId : rule.clauseIds()) {
        rulesByClause
            .computeIfAbsent(clauseId, k -> new java.util.ArrayList<>())
            .add(rule.ruleId());
      }
    }
    StringBuilder text = new StringBuilder();
    String section = null;
    for (Clause clause : engine.catalogue().all()) {
      if (!clause.section().equals(section)) {
        section = clause.section();
        text.append(section).append('\n');
      }
      text.append("  ")
          .append(clause.id())
          .append(' ')
          .append(clause.kind())
          .append("  ")
          .append(clause.text(language))
          .append('\n');
      List<String> rules = rulesByClause.getOrDefault(clause.id(), List.of());
      String line;
      if (!rules.isEmpty()) {
        line = CliText.get(language, "rules.list", String.join(", ", rules));
      } else if (clause.kind() == ClauseKind.R) {
        line = CliText.get(language, "rules.none");
      } else {
        line = CliText.get(language, "rules.notChecked." + clause.kind().name());
      }
      text.append("      ").append(line).append('\n');
    }
    return text.toString();
  }
}
