package org.meetingpolicy.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Defensive copies for record components. Null reads as empty, because a record that does not
 * mention a list has none; null elements are kept so that validation can name them instead of a
 * constructor failing on the first.
 */
final class Lists {

  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }

  static <T> Set<T> copy(Set<T> set) {
    if (set == null || set.isEmpty()) {
      return Set.of();
    }
    // Sets of comparable values (enums) are sorted so that iteration, and everything printed
    // from it, does not depend on the caller's set implementation or the JVM's hash seed.
    boolean sortable = true;
    for (T element : set) {
      sortable &= element instanceof Comparable;
    }
    return sortable
        ? Collections.unmodifiableSet(new TreeSet<>(set))
        : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }
}
