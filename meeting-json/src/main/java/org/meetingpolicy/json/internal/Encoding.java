package org.meetingpolicy.json.internal;

import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.json.SourcePosition;

/**
 * Keeps documents UTF-8. Jackson guesses UTF-16 or UTF-32 from a byte order mark or from NUL bytes
 * among the first four, and would then read such a file, or misread a stray NUL as text in another
 * encoding. A UTF-8 byte order mark is allowed and skipped (RFC 8259, 8.1 lets a parser ignore it).
 */
public final class Encoding {

  /** How many bytes at the start of a document {@link #requireUtf8} looks at. */
  public static final int HEAD = 6;

  private Encoding() {}

  /**
   * Refuses a document whose first bytes ({@code head}, up to {@link #HEAD} of them) show UTF-16 or
   * UTF-32, or hold a NUL byte.
   *
   * @throws RecordReadException naming the encoding or the NUL byte
   */
  public static void requireUtf8(byte[] head, String source) throws RecordReadException {
    int n = Math.min(head.length, HEAD);
    String bom = null;
    if (startsWith(head, n, 0x00, 0x00, 0xFE, 0xFF)) {
      bom = "a UTF-32 byte order mark (00 00 FE FF)";
    } else if (startsWith(head, n, 0xFF, 0xFE, 0x00, 0x00)) {
      bom = "a UTF-32 byte order mark (FF FE 00 00)";
    } else if (startsWith(head, n, 0xFE, 0xFF)) {
      bom = "a UTF-16 byte order mark (FE FF)";
    } else if (startsWith(head, n, 0xFF, 0xFE)) {
      bom = "a UTF-16 byte order mark (FF FE)";
    }
    if (bom != null) {
      throw new RecordReadException(
          source,
          new SourcePosition(1, 1),
          "",
          "not UTF-8: the document starts with " + bom + "; the format is UTF-8",
          null);
    }
    if (startsWith(head, n, 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF)) {
      throw new RecordReadException(
          source,
          new SourcePosition(1, 1),
          "",
          "not valid JSON: a second UTF-8 byte order mark (EF BB BF) follows the first; a document"
              + " starts with one at most",
          null);
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw new RecordReadException(
            source,
            new SourcePosition(line, column),
            "",
            "not valid JSON: NUL byte (code 0); UTF-16 or UTF-32 text? The format is UTF-8",
            null);
      }
      if (head[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  /**
   * The length of the UTF-8 byte order mark that {@code head} starts with: 3, or 0 if it has none.
   * Reading skips the mark before Jackson sees it, which would count it as three columns.
   */
  public static int byteOrderMark(byte[] head) {
    return startsWith(head, Math.min(head.length, HEAD), 0xEF, 0xBB, 0xBF) ? 3 : 0;
  }

  private static boolean startsWith(byte[] head, int n, int... prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
