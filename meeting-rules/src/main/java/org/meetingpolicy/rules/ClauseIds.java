package org.meetingpolicy.rules;

import java.util.Comparator;

/** Clause ids such as {@code 3.4}, {@code 3.10}, or a host's {@code }. */
public final class ClauseIds {

  /**
   * Orders clause ids numerically part by part, so that {@code 3.9 < 3.10 < 4.1}; ids with other
   * characters compare as text after the numeric ones.
   */
  public static final Comparator<String> ORDER = ClauseIds::compare;

  private ClauseIds() {}

  private static int compare(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
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

  private static int comparePart(String a, String b) {
    boolean numericA = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
    boolean numericB = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
    if (numericA && numericB) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
