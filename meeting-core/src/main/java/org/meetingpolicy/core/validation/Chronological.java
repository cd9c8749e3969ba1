package org.meetingpolicy.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.meetingpolicy.core.validation.internal.ChronologicalValidator;

/**
 * On a record: the component named {@link #end()} is not before the one named {@link #start()}
 * (with {@link #strict()}, it is after it: the interval is not empty). Both are {@link
 * java.time.Instant} or {@link java.time.ZonedDateTime}; when either is null the constraint holds.
 * The violation is reported on the end component.
 */
@Documented
@Constraint(validatedBy = ChronologicalValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(Chronological.List.class)
public @interface Chronological {

  /** The record component holding the start. */
  String start();

  /** The record component holding the end. */
  String end();

  /**
   * Whether the end must be after the start, not only not before it: an interval that the format
   * describes as ending "after the start" (a meeting, a room booking) must not be empty.
   */
  boolean strict() default false;

  /**
   * The message template; a strict constraint left at this default says {@code must be after
   * {start}} of an end at the start.
   */
  String message() default "{org.meetingpolicy.core.validation.Chronological.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Chronological} constraints on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    Chronological[] value();
  }
}
