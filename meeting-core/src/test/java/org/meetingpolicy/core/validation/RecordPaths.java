package org.meetingpolicy.core.validation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and replaces one value deep inside immutable records, addressed by the same property path
 * that {@link Problem#path()} reports, such as {@code meetings[0].notices[0].recipients[2]}. Lets a
 * test vary exactly one fact of the golden records and expect a problem at that very path.
 *
 * <p>Each step rebuilds the enclosing record through its canonical constructor, so the model's own
 * defensive copies run as in production.
 */
final class RecordPaths {

  private record Step(String name, Integer index) {}

  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private RecordPaths() {}

  /**
   * A copy of {@code root} with the value at {@code path} replaced (or appended, at index size).
   */
  static <R extends Record> R set(R root, String path, Object value) {
    @SuppressWarnings("unchecked")
    R result = (R) set(root, steps(path), 0, value);
    return result;
  }

  /** A copy of {@code root} with {@code value} appended to the list at {@code listPath}. */
  static <R extends Record> R append(R root, String listPath, Object value) {
    int size = ((List<?>) get(root, listPath)).size();
    return set(root, listPath + "[" + size + "]", value);
  }

  /** The path of the element {@link #append} adds to the list at {@code listPath}. */
  static String nextElement(Record root, String listPath) {
    return listPath + "[" + ((List<?>) get(root, listPath)).size() + "]";
  }

  /** The value at {@code path}. */
  static Object get(Record root, String path) {
    Object node = root;
    for (Step step : steps(path)) {
      node = component((Record) node, step.name());
      if (step.index() != null) {
        node = ((List<?>) node).get(step.index());
      }
    }
    return node;
  }

  private static Object set(Object node, List<Step> steps, int at, Object value) {
    if (!(node instanceof Record record)) {
      throw new IllegalArgumentException("not a record at step " + at + ": " + node);
    }
    Step step = steps.get(at);
    boolean last = at == steps.size() - 1;
    Object child = component(record, step.name());
    Object replacement;
    if (step.index() == null) {
      replacement = last ? value : set(child, steps, at + 1, value);
    } else {
      List<Object> list = new ArrayList<>((List<?>) child);
      int index = step.index();
      Object element = last ? value : set(list.get(index), steps, at + 1, value);
      if (index == list.size()) {
        list.add(element);
      } else {
        list.set(index, element);
      }
      replacement = list;
    }
    return with(record, step.name(), replacement);
  }

  private static List<Step> steps(String path) {
    List<Step> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher matcher = STEP.matcher(part);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("bad path step '" + part + "' in " + path);
      }
      Integer index = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
      steps.add(new Step(matcher.group(1), index));
    }
    return steps;
  }

  private static Object component(Record record, String name) {
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      if (rc.getName().equals(name)) {
        try {
          return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
  }

  private static Record with(Record record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (components[i].getName().equals(name)) {
        args[i] = value;
        found = true;
      } else {
        args[i] = component(record, components[i].getName());
      }
    }
    if (!found) {
      throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
    }
    try {
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return (Record) canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("cannot set " + name, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
