package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.validation.ValidId;

/** Checks {@link ValidId}. */
public final class ValidIdValidator implements ConstraintValidator<ValidId, Identifier> {

  @Override
  public boolean isValid(Identifier id, ConstraintValidatorContext context) {
    return id == null || isValidText(id.value());
  }

  /** Whether the text is acceptable as an id. */
  static boolean isValidText(String value) {
    if (value == null || value.isBlank() || value.length() > ValidId.MAX_LENGTH) {
      return false;
    }
    if (!value.equals(value.strip())) {
      return false;
    }
    return value.chars().noneMatch(Character::isISOControl);
  }
}
