package org.meetingpolicy.core.validation;

import java.util.Locale;
import org.meetingpolicy.core.model.DepartmentRecords;

/** Validators shared by the tests: building one costs a few hundred milliseconds. */
final class Validators {

  static final RecordValidator ENGLISH = RecordValidator.create(Locale.ENGLISH);
  static final RecordValidator CHINESE = RecordValidator.create(Locale.SIMPLIFIED_CHINESE);

  private Validators() {}

  static ValidationResult validate(DepartmentRecords records) {
    return ENGLISH.validate(records);
  }
}
