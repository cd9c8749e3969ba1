package org.meetingpolicy.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rule failed while checking records: a bug in a rule or in a host's added rule, never a property
 * of the input. The report is not returned, so no partial result can be mistaken for a whole one.
 */
public class RuleExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String rule;
  private final String records;

  /** Creates the exception naming the failing rule (when known) and the records. */
  public RuleExecutionException(@Nullable String rule, String records, Throwable cause) {
    super(
        "rule "
            + (rule == null ? "(unknown)" : "\"" + rule + "\"")
            + " failed while checking "
            + records
            + ": "
            + cause,
        cause);
    this.rule = rule;
    this.records = records;
  }

  /** The failing rule's name, or null when the engine could not tell. */
  public @Nullable String rule() {
    return rule;
  }

  /** The records being checked. */
  public String records() {
    return records;
  }
}
