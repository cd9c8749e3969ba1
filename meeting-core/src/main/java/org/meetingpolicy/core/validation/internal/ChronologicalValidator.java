package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.meetingpolicy.core.validation.Chronological;

/** Checks {@link Chronological} on records. */
public final class ChronologicalValidator implements ConstraintValidator<Chronological, Record> {

  private String start;
  private String end;

  @Override
  public void initialize(Chronological annotation) {
    start = annotation.start();
    end = annotation.end();
  }

  @Override
  public boolean isValid(Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Instant from = instant(value, start);
    Instant to = instant(value, end);
    if (from == null || to == null || !to.isBefore(from)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(end)
        .addConstraintViolation();
    return false;
  }

  private static Instant instant(Record value, String component) {
    Object raw = read(value, component);
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

  private static Object read(Record value, String component) {
    for (RecordComponent rc : value.getClass().getRecordComponents()) {
      if (rc.getName().equals(component)) {
        try {
          return rc.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
    }
    throw new IllegalStateException(
        "@Chronological on " + value.getClass().getName() + ": no component '" + component + "'");
  }
}
