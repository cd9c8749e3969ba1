package org.meetingpolicy.report;

/** Text for the library's HTML pages (the evaluation's, the impact's). */
final class HtmlText {

  private HtmlText() {}

  /**
   * Escapes text for element content and double- or single-quoted attributes, and drops the control
   * characters XML does not allow, so that text from the records never breaks a page.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
