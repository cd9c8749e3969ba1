/**
 * The meeting records of a department and their structural validation: what a host builds, reads or
 * imports before the rules judge it.
 */
module org.meetingpolicy.core {
  requires transitive jakarta.validation;
  // The nullness annotations of the API; needed to compile against it, not to run it.
  requires static transitive org.jspecify;
  // Hibernate Validator's version banner is turned down through java.util.logging.
  requires java.logging;
  // Hibernate Validator interpolates messages with Expression Language but requires it only
  // statically: this puts the EL API (and, through its service, expressly) in a modular host.
  requires jakarta.el;

  exports org.meetingpolicy.core.model;
  exports org.meetingpolicy.core.validation;

  // Read reflectively: the records by Hibernate Validator (found at run time through
  // jakarta.validation's service loader) and by JSON binders such as meeting-json's Jackson; the
  // constraint validators are instantiated by Hibernate Validator.
  opens org.meetingpolicy.core.model;
  opens org.meetingpolicy.core.validation.internal;
}
