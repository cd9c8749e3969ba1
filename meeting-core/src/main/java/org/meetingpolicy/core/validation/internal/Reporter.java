package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Collects the violations of one class-level check, each at its own path. */
final class Reporter {

  private final ConstraintValidatorContext context;
  private boolean valid = true;

  Reporter(ConstraintValidatorContext context) {
    this.context = context;
  }

  void report(PropertyPath path, String template) {
    if (valid) {
      context.disableDefaultConstraintViolation();
      valid = false;
    }
    path.report(context, template);
  }

  /**
   * Reports every element of {@code items} whose key was already seen, at {@code
   * path[i].idProperty}. Null keys are skipped: they are reported by their own constraints.
   */
  <T, K> void duplicates(
      List<T> items,
      PropertyPath parent,
      String listProperty,
      String idProperty,
      Function<T, K> key) {
    Map<K, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      K k = item == null ? null : key.apply(item);
      if (k != null && seen.putIfAbsent(k, i) != null) {
        report(
            parent.element(listProperty, i).property(idProperty),
            Templates.withValue("duplicate", k));
      }
    }
  }

  boolean isValid() {
    return valid;
  }
}
