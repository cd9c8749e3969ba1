package org.meetingpolicy.importer;

import java.util.Objects;

/**
 * A remark about one place of an input: something read in a way the user should know of (a Windows
 * zone name read as the policy zone), something not imported (a person not on the roster), or a
 * problem that makes the input unusable. Immutable.
 *
 * @param source the file name as given, never null
 * @param line the 1-based line in the file; 0 when the remark concerns the whole file
 * @param message what happened, on one line, never null
 */
public record ImportNote(String source, int line, String message) {

  /** Checks for nulls and keeps the message on one line. */
  public ImportNote {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    message = message.replace('\n', ' ').replace('\r', ' ');
  }

  /** {@code file:line: message}, or {@code file: message} for the whole file. */
  @Override
  public String toString() {
    return (line > 0 ? source + ":" + line : source) + ": " + message;
  }
}
