package org.meetingpolicy.examples;

import java.nio.file.Path;

/** Where the committed samples are, seen from the module's directory (Maven's working dir). */
final class Samples {

  static final Path DIRECTORY = Path.of("samples");
  static final Path COMPLIANT = DIRECTORY.resolve("compliant-month.json");
  static final Path NONCOMPLIANT = DIRECTORY.resolve("noncompliant-month.json");

  private Samples() {}
}
