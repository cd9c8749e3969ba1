package org.meetingpolicy.core.validation.internal;

/** Message templates that name the offending value literally. */
final class Templates {

  private static final String PREFIX = "{org.meetingpolicy.core.validation.";

  private Templates() {}

  /** The template of a message key followed by a quoted literal value, e.g. {@code 'p-9'}. */
  static String withValue(String key, Object value) {
    return PREFIX + key + "} '" + escape(String.valueOf(value)) + "'";
  }

  /** The template of a message key alone. */
  static String of(String key) {
    return PREFIX + key + "}";
  }

  // Values come from input files: keep them from being read as message parameters or EL. Only
  // the characters the interpolator treats specially are escaped; escaping any other character
  // (such as '#') would leave the backslash in the message.
  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
