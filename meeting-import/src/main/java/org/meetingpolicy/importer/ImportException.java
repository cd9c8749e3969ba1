package org.meetingpolicy.importer;

import java.util.List;

/** The inputs cannot be imported; {@link #problems()} names every problem with file and line. */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportNote> problems;

  /** An exception for these problems; at least one. */
  public ImportException(List<ImportNote> problems) {
    super(problems.isEmpty() ? "no problem" : problems.get(0) + more(problems.size()));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in input order; never empty. */
  public List<ImportNote> problems() {
    return problems;
  }

  private static String more(int count) {
    return count > 1 ? " (and " + (count - 1) + " more)" : "";
  }
}
