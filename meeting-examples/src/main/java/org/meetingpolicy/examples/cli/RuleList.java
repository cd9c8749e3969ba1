package org.meetingpolicy.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meetingpolicy.rules.Clause;
import org.meetingpolicy.rules.ClauseKind;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.RuleInfo;

/** Renders the clause catalogue with the ids of each clause's rules, for {@code --list-rules}. */
final class RuleList {

  private RuleList() {}

  static String render(ComplianceEngine engine, Language language) {
    boolean zh = language == Language.ZH;
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
        line = (zh ? "规则：" : "rules: ") + rules.stream().collect(Collectors.joining(", "));
      } else if (clause.kind() == ClauseKind.R) {
        line = zh ? "（尚无规则）" : "(no rule yet)";
      } else {
        line = zh ? "（不检查）" : "(not checked: " + kindName(clause.kind()) + ")";
      }
      text.append("      ").append(line).append('\n');
    }
    return text.toString();
  }

  private static String kindName(ClauseKind kind) {
    return kind == ClauseKind.D ? "data" : "informational";
  }
}
