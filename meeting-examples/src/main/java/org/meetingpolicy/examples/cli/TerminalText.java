package org.meetingpolicy.examples.cli;

/**
 * Text from the records made safe for a terminal: control characters (but line feed and tab), line
 * and paragraph separators, bidirectional controls and zero-width characters are written as a
 * backslash, {@code u} and four hex digits. A title holding U+202E would otherwise reverse the rest
 * of its line on screen, and one holding U+200B would look like another.
 */
final class TerminalText {

  private TerminalText() {}

  /** The text with every such character escaped; the same string when there is none. */
  static String escape(String text) {
    int first = 0;
    while (first < text.length() && !unsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean unsafe(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2069')
        || c == '\uFEFF';
  }
}
