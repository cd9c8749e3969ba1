package org.meetingpolicy.json;

/**
 * A place in a source text, as editors count: line and column from 1.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) {

  /** Rejects positions before the start. */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
