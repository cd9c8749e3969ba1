package org.meetingpolicy.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.meetingpolicy.core.validation.internal.ValidIdValidator;

/**
 * The annotated {@link org.meetingpolicy.core.model.Identifier} is not blank, has no surrounding
 * spaces (no-break spaces included), no control characters, no bidirectional controls (U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069) and no zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF), and is at most {@value #MAX_LENGTH} characters (UTF-16 units) long. Null is valid: use
 * {@code @NotNull} where an id is required.
 */
@Documented
@Constraint(validatedBy = ValidIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidId {

  /** The longest id accepted. */
  int MAX_LENGTH = 128;

  /** The message template. */
  String message() default "{org.meetingpolicy.core.validation.ValidId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
