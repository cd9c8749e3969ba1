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
    if (value == null || value.isEmpty() || value.length() > ValidId.MAX_LENGTH) {
      return false;
    }
    // A text that is all spaces starts with one, so this also rejects blank ids.
    if (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
      return false;
    }
    // A plain loop: this runs for every id in every record, and a stream per id cost more than
    // the check itself.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || isInvisible(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bidirectional control (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) or a zero-width
   * character (U+200B–U+200D, U+2060, U+FEFF): invisible in an id, they let two ids that look the
   * same differ, and reorder the text around them on a terminal.
   */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || c == '\u2060'
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  /**
   * Whitespace in Java's sense, or any Unicode space separator: {@link String#strip()} and {@link
   * String#isBlank()} keep no-break spaces (U+00A0, U+2007, U+202F), which pasted ids often carry.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
