package org.meetingpolicy.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Clause ids such as {@code 3.4}, {@code 3.10}, or a host's {@code }. */
public final class ClauseIds {

  /**
   * Orders clause ids numerically part by part, so that {@code 3.9 < 3.10 < 4.1}; ids with other
   * characters compare as text after the numeric ones.
   */
  public static final Comparator<String> ORDER = ClauseIds::compare;

  private ClauseIds() {}

  // Parsed keys are cached: ids are few and compared often (every report sorts by them).
  private static final Map<String, String[]> PARTS = new ConcurrentHashMap<>();

  private static int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    String[] left = PARTS.computeIfAbsent(a, ClauseIds::split);
    String[] right = PARTS.computeIfAbsent(b, ClauseIds::split);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int byPart = comparePart(left[i], right[i]);
      if (byPart != 0) {
        return byPart;
      }
    }
    return left.length != right.length
        ? Integer.compare(left.length, right.length)
        : a.compareTo(b);
  }

  private static String[] split(String id) {
    return id.split("\\.");
  }

  private static int comparePart(String a, String b) {
    boolean numericA = isNumber(a);
    boolean numericB = isNumber(b);
    if (numericA && numericB) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String part) {
    if (part.isEmpty() || part.length() >= 10) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (!Character.isDigit(part.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
