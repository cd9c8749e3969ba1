package org.meetingpolicy.rules.versions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * One version of the policy: its parameters and the built-in rules it switches off, in force from
 * an instant until the next version's.
 *
 * @param version its label, such as {@code 2026.2}; not blank
 * @param effectiveFrom when it takes effect
 * @param policy its parameters
 * @param disabledRules ids of built-in rules it does not run, sorted
 * @param ruleFiles a host's DRL files it adds to the built-in rules, in order
 */
public record PolicyVersion(
    String version,
    Instant effectiveFrom,
    MeetingPolicy policy,
    Set<String> disabledRules,
    List<Path> ruleFiles) {

  /** Rejects blank labels and nulls; copies and sorts the rule ids. */
  public PolicyVersion {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("a policy version needs a label");
    }
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(policy, "policy");
    disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
    ruleFiles = List.copyOf(ruleFiles);
  }

  /** A version without rule files of a host's. */
  public PolicyVersion(
      String version, Instant effectiveFrom, MeetingPolicy policy, Set<String> disabledRules) {
    this(version, effectiveFrom, policy, disabledRules, List.of());
  }

  /** A version with every built-in rule. */
  public static PolicyVersion of(String version, Instant effectiveFrom, MeetingPolicy policy) {
    return new PolicyVersion(version, effectiveFrom, policy, Set.of(), List.of());
  }
}
