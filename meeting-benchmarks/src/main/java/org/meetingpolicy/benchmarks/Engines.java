package org.meetingpolicy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetingpolicy.rules.ComplianceEngine;

/** The engines the benchmarks compare. */
public final class Engines {

  // Every built-in rule states both on one line: @clause("3.4") @ruleId("schedule.notice-due").
  private static final Pattern CLAUSE_AND_ID =
      Pattern.compile("@clause\\(\"([^\"]+)\"\\)\\s*@ruleId\\(\"([^\"]+)\"\\)");

  private Engines() {}

  /** The built-in rules and the default policy. */
  public static ComplianceEngine full() {
    return ComplianceEngine.createDefault();
  }

  /**
   * The built-in rules citing one of {@code clauses}, every other rule disabled by id: the same
   * DRL, compiled the same way, running only the subset. The ids come from the DRL text, which
   * saves compiling the rules twice; a rule missed here would stay enabled, and the subset's tests
   * and setups check which clauses the engine runs.
   */
  public static ComplianceEngine onlyClauses(Set<String> clauses) {
    ComplianceEngine.Builder builder = ComplianceEngine.builder();
    for (String file : ComplianceEngine.BUILT_IN_RULE_FILES) {
      Matcher rule = CLAUSE_AND_ID.matcher(read("org/meetingpolicy/rules/drl/" + file + ".drl"));
      while (rule.find()) {
        if (!clauses.contains(rule.group(1))) {
          builder.disableRule(rule.group(2));
        }
      }
    }
    ComplianceEngine engine = builder.build();
    engine
        .rules()
        .forEach(
            r -> {
              if (!clauses.contains(r.clauseId())) {
                throw new IllegalStateException("rule " + r.ruleId() + " is outside the subset");
              }
            });
    return engine;
  }

  private static String read(String resource) {
    try (InputStream in = ComplianceEngine.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
