package org.meetingpolicy.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.meetingpolicy.core.validation.internal.ConsistentMeetingValidator;

/**
 * On a {@link org.meetingpolicy.core.model.Meeting}: its parts agree with each other. No person is
 * invited twice or has two attendance entries, agenda item ids and minutes version numbers are
 * unique, references to agenda items, resolutions and minutes versions resolve within the meeting,
 * and no response comes before the first notice sent to its person.
 *
 * <p>Two references are exempt: an agenda change that removes an item may name an item no longer on
 * the agenda, and when the minutes record no versions at all, approvals and distributions may name
 * any version (the minutes are then approved as a whole).
 */
@Documented
@Constraint(validatedBy = ConsistentMeetingValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentMeeting {

  /** The message template, used only when a more specific one is not. */
  String message() default "{org.meetingpolicy.core.validation.ConsistentMeeting.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
