package org.meetingpolicy.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.meetingpolicy.core.validation.internal.ConsistentRecordsValidator;

/**
 * On {@link org.meetingpolicy.core.model.DepartmentRecords}: ids are unique (people, rooms, related
 * departments, meetings, resolutions, evaluations, revisions, improvement measures) and every
 * reference to a person, room, department, meeting or evaluation names one that is recorded.
 */
@Documented
@Constraint(validatedBy = ConsistentRecordsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentRecords {

  /** The message template, used only when a more specific one is not. */
  String message() default "{org.meetingpolicy.core.validation.ConsistentRecords.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
