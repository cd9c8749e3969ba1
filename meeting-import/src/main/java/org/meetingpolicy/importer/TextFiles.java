package org.meetingpolicy.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading an input's text: bounded in size, its byte order mark honoured and removed. */
final class TextFiles {

  /** The largest input read: a month of a department's calendars or reports is far smaller. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private TextFiles() {}

  /**
   * The text of a file. A byte order mark decides the encoding (UTF-8, UTF-16LE or UTF-16BE) and is
   * dropped; without one, {@code declared} is used. Bytes that are not text in that encoding are an
   * error, never replaced.
   */
  static String read(Path file, Charset declared) throws IOException, ImportException {
    return read(file, declared, "");
  }

  /** Like {@link #read(Path, Charset)}; {@code hint} ends the message of undecodable bytes. */
  static String read(Path file, Charset declared, String hint) throws IOException, ImportException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    String source = file.toString();
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(
          List.of(new ImportNote(source, 0, "too large: more than " + MAX_BYTES + " bytes")));
    }
    return decode(bytes, declared, source, hint);
  }

  /** The text of these bytes, as {@link #read(Path, Charset)} decodes a file's. */
  static String decode(byte[] bytes, Charset declared, String source, String hint)
      throws ImportException {
    Charset charset = declared;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ImportException(
          List.of(
              new ImportNote(
                  source,
                  0,
                  "not "
                      + charset.name()
                      + " text"
                      + (skip == 0 ? " (no byte order mark)" : "")
                      + hint)));
    }
  }

  /** A reader over a file's text, as {@link #read(Path, Charset)} decodes it. */
  static Reader reader(Path file, Charset declared) throws IOException, ImportException {
    return new StringReader(read(file, declared));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
