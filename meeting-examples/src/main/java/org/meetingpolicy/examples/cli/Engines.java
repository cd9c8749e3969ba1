package org.meetingpolicy.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * The engines of the commands, one per policy, kept for the life of the JVM. A one-shot run builds
 * one; a host or a test suite that runs the commands again and again in one JVM (meeting-check's
 * own tests run it hundreds of times) compiles the built-in rules once and shares them across
 * policies ({@link ComplianceEngine#withPolicy}). An engine is immutable and thread-safe, so
 * sharing it changes nothing a run can see.
 */
final class Engines {

  /** Policies kept at most; the least recently used goes first. */
  static final int CAPACITY = 8;

  private static final Map<MeetingPolicy, ComplianceEngine> BY_POLICY =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<MeetingPolicy, ComplianceEngine> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The built-in rules, compiled once; every policy's engine shares them. */
  private static ComplianceEngine base;

  private Engines() {}

  /** The engine with the built-in rules for the policy, built on first use. */
  static synchronized ComplianceEngine forPolicy(MeetingPolicy policy) {
    return BY_POLICY.computeIfAbsent(
        policy, p -> (base == null ? base = ComplianceEngine.createDefault() : base).withPolicy(p));
  }
}
