package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.Chronological;

/** Checks {@link Chronological} on records. */
public final class ChronologicalValidator implements ConstraintValidator<Chronological, Record> {

  private static final String DEFAULT_MESSAGE =
      "{org.meetingpolicy.core.validation.Chronological.message}";
  private static final String STRICT_MESSAGE =
      "{org.meetingpolicy.core.validation.Chronological.strict}";

  // Set by initialize, before any isValid.
  private String start = "";
  private String end = "";
  private boolean strict;

  /** The accessors of the last record type seen; validators are shared across threads. */
  private volatile @Nullable Accessors accessors;

  private record Accessors(Class<?> type, Method start, Method end) {}

  @Override
  public void initialize(Chronological annotation) {
    start = annotation.start();
    end = annotation.end();
    strict = annotation.strict();
  }

  @Override
  public boolean isValid(Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Accessors read = accessorsFor(value.getClass());
    Instant from = instant(value, start, read.start());
    Instant to = instant(value, end, read.end());
    if (from == null || to == null || (strict ? to.isAfter(from) : !to.isBefore(from))) {
      return true;
    }
    String template = context.getDefaultConstraintMessageTemplate();
    // An end before the start keeps the message of every interval; an end at the start breaks
    // only a strict one, which says what it needs.
    if (strict && to.equals(from) && template.equals(DEFAULT_MESSAGE)) {
      template = STRICT_MESSAGE;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode(end)
        .addConstraintViolation();
    return false;
  }

  // Looking the components up costs more than comparing the times: once per record type.
  private Accessors accessorsFor(Class<?> type) {
    Accessors cached = accessors;
    if (cached == null || cached.type() != type) {
      cached = new Accessors(type, accessor(type, start), accessor(type, end));
      accessors = cached;
    }
    return cached;
  }

  private static @Nullable Instant instant(Record value, String component, Method accessor) {
    Object raw;
    try {
      raw = accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
    if (raw instanceof Instant instant) {
      return instant;
    }
    if (raw instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (raw == null) {
      return null;
    }
    throw new IllegalStateException(
        "@Chronological on " + value.getClass().getName() + ": '" + component + "' is not a time");
  }

  private static Method accessor(Class<?> type, String component) {
    for (RecordComponent rc : type.getRecordComponents()) {
      if (rc.getName().equals(component)) {
        return rc.getAccessor();
      }
    }
    throw new IllegalStateException(
        "@Chronological on " + type.getName() + ": no component '" + component + "'");
  }
}
