package org.meetingpolicy.importer;

/**
 * What one input gave: how many entries it held, how many were imported and how many named nobody
 * on the roster. Entries are events for a calendar, rows for an attendance report.
 *
 * @param source the file name as given
 * @param kind what kind of input: {@code calendar}, the attendance preset's name, or {@code roster}
 * @param read entries read
 * @param imported entries that became records
 * @param unmatched entries (or people in them) not on the roster, each reported as a note
 */
public record SourceSummary(String source, String kind, int read, int imported, int unmatched) {

  /** One line: {@code source (kind): read 12, imported 11, unmatched 1}. */
  public String toLine() {
    return source
        + " ("
        + kind
        + "): read "
        + read
        + ", imported "
        + imported
        + ", unmatched "
        + unmatched;
  }
}
