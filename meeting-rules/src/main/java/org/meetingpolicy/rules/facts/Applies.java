package org.meetingpolicy.rules.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;
import org.meetingpolicy.rules.Subject;

/**
 * A rule's statement that a clause applies to a subject, whether or not it is complied with. A
 * clause that applies and has no violation or due finding is reported compliant; a clause that
 * applies to nothing is reported not applicable.
 *
 * @param clauseId the clause
 * @param subject what it applies to
 * @param scope the record set
 */
public record Applies(String clauseId, Subject subject, int scope) {

  /** Rejects nulls. */
  public Applies {
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(subject, "subject");
  }

  /** The clause of the firing rule applies to the fact's subject. */
  public static Applies to(RuleContext kcontext, RuleFact fact) {
    return new Applies(Findings.clauseOf(kcontext), fact.subject(), fact.scope());
  }

  /**
   * Clause {@code clauseId} — one of a family the firing rule judges from data — applies to the
   * fact's subject.
   */
  public static Applies to(RuleContext kcontext, String clauseId, RuleFact fact) {
    return new Applies(
        Findings.declared(kcontext.getRule(), clauseId), fact.subject(), fact.scope());
  }

  /** The clause of the firing rule applies to {@code subject}, within the fact's record set. */
  public static Applies to(RuleContext kcontext, RuleFact fact, Subject subject) {
    return new Applies(Findings.clauseOf(kcontext), subject, fact.scope());
  }
}
