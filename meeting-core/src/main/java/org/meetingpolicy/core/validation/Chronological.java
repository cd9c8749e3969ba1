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
 * On a record: the component named {@link #end()} is not before the one named {@link #start()}.
 * Both are {@link java.time.Instant} or {@link java.time.ZonedDateTime}; when either is null the
 * constraint holds. The violation is reported on the end component.
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

  /** The message template. */
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
