package org.meetingpolicy.report;

import org.meetingpolicy.rules.ComplianceEngine;

/** The engine the rendering tests judge their records with, built once per test JVM. */
final class ReportTestSupport {

  /**
   * The JUnit tag of tests that build a rule base of their own (the {@code pit} profile skips
   * them).
   */
  static final String BUILDS_ENGINE = "builds-engine";

  /** The engine with the built-in rules and the default policy. */
  static final ComplianceEngine ENGINE = ComplianceEngine.createDefault();

  private ReportTestSupport() {}
}
