package org.meetingpolicy.rules.facts;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * A rule as the finding builders see it, without a rule base: its name and the metadata a DRL
 * rule's annotations would give it ({@code clause}, {@code ruleId}, {@code en}, {@code zh}, …).
 */
record TestRule(String getName, Map<String, Object> getMetaData) implements Rule {

  @Override
  public String getPackageName() {
    return "test";
  }

  @Override
  public String getNamespace() {
    return "test";
  }

  @Override
  public String getId() {
    return getName;
  }

  @Override
  public KnowledgeType getKnowledgeType() {
    return KnowledgeType.RULE;
  }

  @Override
  public int getLoadOrder() {
    return 0;
  }
}
