package org.meetingpolicy.json.internal;

/**
 * Converts between JSON Pointers ({@code /meetings/2/sentAt}) and the property paths that
 * validation problems and read errors use ({@code meetings[2].sentAt}).
 */
public final class Paths {

  private Paths() {}

  /** {@code /meetings/2/sentAt} to {@code meetings[2].sentAt}. */
  public static String fromPointer(String pointer) {
    StringBuilder path = new StringBuilder();
    if (pointer.isEmpty()) {
      return "";
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        path.append('[').append(segment).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.toString();
  }

  /** {@code meetings[2].sentAt} to {@code /meetings/2/sentAt}. */
  public static String toPointer(String path) {
    StringBuilder pointer = new StringBuilder();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[' || c == ']') {
        if (name.length() > 0) {
          pointer.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
          name.setLength(0);
        }
      } else {
        name.append(c);
      }
    }
    if (name.length() > 0) {
      pointer.append('/').append(name.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
