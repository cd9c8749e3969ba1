package org.meetingpolicy.json.internal;

/**
 * Makes text taken from a document safe to print in a one-line message: control characters, line
 * separators and unpaired surrogates are written as JSON escapes, and long values are cut short.
 */
public final class Printable {

  /** The most characters of a document's value that a message repeats. */
  public static final int MAX_QUOTED = 80;

  private Printable() {}

  /** The text with every character that could break a line or a terminal written as an escape. */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !needsEscape(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * A value of the document in quotes, escaped, and cut to {@link #MAX_QUOTED} characters with its
   * full length: {@code 'AAAA…' (70000 characters)}.
   */
  public static String quote(String value) {
    if (value.length() <= MAX_QUOTED) {
      return "'" + escape(value) + "'";
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "'" + escape(value.substring(0, end)) + "…' (" + value.length() + " characters)";
  }

  /**
   * Where the first character lies that the format refuses in a string, or -1: a control character
   * other than tab, line feed and carriage return (U+0000–U+001F, U+007F–U+009F), or half of a
   * surrogate pair without the other half.
   */
  public static int refusedInString(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (c >= 0x7F && c <= 0x9F) {
        return i;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == end || !Character.isLowSurrogate(chars[i + 1])) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code U+001B}. */
  public static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
