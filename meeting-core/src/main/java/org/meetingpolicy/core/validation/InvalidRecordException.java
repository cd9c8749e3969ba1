package org.meetingpolicy.core.validation;

/**
 * Thrown when a record that must be well-formed is not. Carries every problem found, so that a
 * caller can report them all at once.
 */
public class InvalidRecordException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The validation result; not serialized with the exception. */
  private final transient ValidationResult result;

  /** Creates the exception for a result with at least one problem. */
  public InvalidRecordException(String subject, ValidationResult result) {
    super(
        subject + " is not well-formed (" + result.problems().size() + " problem(s)):\n" + result);
    this.result = result;
  }

  /** The problems found. */
  public ValidationResult result() {
    return result;
  }
}
