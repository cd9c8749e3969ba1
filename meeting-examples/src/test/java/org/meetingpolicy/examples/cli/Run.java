package org.meetingpolicy.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** One in-process run of meeting-check: its exit code and what it wrote to each stream. */
record Run(int exit, String out, String err) {

  /** Runs the command line with this standard input, and this clock as "now". */
  static Run of(Clock clock, InputStream stdin, String... args) {
    return of(clock, stdin, MeetingCheck.Settings.DEFAULT, args);
  }

  /** Runs the command line with these settings (engine, progress) in place of the defaults. */
  static Run of(Clock clock, InputStream stdin, MeetingCheck.Settings settings, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = into(out, err, clock, stdin, settings, args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Runs the command line writing into the given writers, which may be read while it runs. */
  static int into(
      StringWriter out,
      StringWriter err,
      Clock clock,
      InputStream stdin,
      MeetingCheck.Settings settings,
      String... args) {
    var line = MeetingCheck.commandLine(stdin, clock, settings);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }
}
