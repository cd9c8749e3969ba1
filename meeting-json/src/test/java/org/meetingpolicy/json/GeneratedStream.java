package org.meetingpolicy.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large document generated as it is read, never held in memory: a head, a filler repeated for a
 * number of bytes, a tail. Counts the bytes it has served, so that a test can see where the reader
 * stopped.
 */
public final class GeneratedStream extends InputStream {

  private final byte[] head;
  private final byte[] filler;
  private final long fillerBytes;
  private final byte[] tail;
  private long served;

  private GeneratedStream(byte[] head, byte[] filler, long fillerBytes, byte[] tail) {
    this.head = head;
    this.filler = filler;
    this.fillerBytes = fillerBytes;
    this.tail = tail;
  }

  /**
   * {@code head}, then {@code filler} repeated for {@code fillerBytes} bytes, then {@code tail}.
   */
  public static GeneratedStream of(String head, String filler, long fillerBytes, String tail) {
    return new GeneratedStream(utf8(head), utf8(filler), fillerBytes, utf8(tail));
  }

  /** How many bytes the whole stream holds. */
  public long length() {
    return head.length + fillerBytes + tail.length;
  }

  /** How many bytes have been read so far. */
  public long served() {
    return served;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (served == length()) {
      return -1;
    }
    int n = 0;
    while (n < length && served < length()) {
      buffer[offset + n++] = byteAt(served++);
    }
    return n;
  }

  private byte byteAt(long index) {
    if (index < head.length) {
      return head[(int) index];
    }
    long inFiller = index - head.length;
    if (inFiller < fillerBytes) {
      return filler[(int) (inFiller % filler.length)];
    }
    return tail[(int) (inFiller - fillerBytes)];
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
