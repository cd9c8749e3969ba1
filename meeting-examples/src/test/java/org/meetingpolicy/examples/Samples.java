package org.meetingpolicy.examples;

import java.nio.file.Path;

/**
 * Where the committed samples are, seen from the module's directory (Maven's working dir). The
 * month samples are checked as of 10 December 2026; the evaluation sample, judged as of 1 January
 * 2027 and meant for {@code meeting-check evaluate}, has a directory of its own so that checking
 * {@link #DIRECTORY} stays a check of the two months.
 */
final class Samples {

  static final Path DIRECTORY = Path.of("samples");
  static final Path COMPLIANT = DIRECTORY.resolve("compliant-month.json");
  static final Path NONCOMPLIANT = DIRECTORY.resolve("noncompliant-month.json");
  static final Path EVALUATION = DIRECTORY.resolve("evaluation");
  static final Path TWO_QUARTERS = EVALUATION.resolve("two-quarters.json");

  /**
   * Inputs of {@code meeting-check import}: a roster, calendars and one attendance report per
   * preset. Checking {@link #DIRECTORY} reads only its own {@code *.json}, not this directory's.
   */
  static final Path IMPORT = DIRECTORY.resolve("import");

  private Samples() {}
}
