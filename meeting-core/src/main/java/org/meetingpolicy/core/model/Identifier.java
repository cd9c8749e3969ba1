package org.meetingpolicy.core.model;

/** A small value type naming one record: a person, a meeting, a room and so on. */
public interface Identifier {

  /** The identifier text; never null, possibly blank in an invalid record. */
  String value();
}
