package org.meetingpolicy.rules.facts;

import java.util.Objects;
import org.meetingpolicy.rules.Finding;

/**
 * A finding inserted by a rule, with the record set it belongs to. Rules may reason over these.
 *
 * @param scope the record set
 * @param finding the finding
 */
public record FindingFact(int scope, Finding finding) {

  /** Rejects a null finding. */
  public FindingFact {
    Objects.requireNonNull(finding, "finding");
  }
}
