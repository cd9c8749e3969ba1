package org.meetingpolicy.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** One in-process run of meeting-check: its exit code and what it wrote to each stream. */
record Run(int exit, String out, String err) {

  /** Runs the command line with this standard input, and this clock as "now". */
  static Run of(Clock clock, InputStream stdin, String... args) {
    var line = MeetingCheck.commandLine(stdin, clock);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
