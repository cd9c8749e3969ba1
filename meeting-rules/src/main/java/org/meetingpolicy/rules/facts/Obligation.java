package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/**
 * Something that must be done about a subject by a deadline, as a rule classified it: the rule says
 * that the obligation exists, its deadline and whether it is met; {@link #decide} — not another
 * rule — turns it into the finding, so every obligation judges "past the deadline" the same way.
 * Unmet before its deadline it is {@link Severity#DUE DUE}, unmet at or after it a {@link
 * Severity#VIOLATION VIOLATION}; met, it makes no finding. Either way its clause applies.
 *
 * <p>The classifying rule states the obligation once, in its metadata: {@code @clause}, the
 * obligation's {@code @ruleId} (findings are {@code <ruleId>-due} and {@code <ruleId>-missing}),
 * {@code @dueEn}/{@code @dueZh} for the DUE finding and {@code @en}/{@code @zh} for the violation:
 *
 * <pre>
 * rule "3.7 the attendee list is reconfirmed two days ahead"
 *     &#64;clause("3.7") &#64;ruleId("schedule.reconfirmation")
 *     &#64;dueEn("...by {deadline}...") &#64;dueZh("...") &#64;en("...") &#64;zh("...")
 * when
 *     $m : MeetingFact( regular )
 * then
 *     insert(Obligation.of(kcontext, $m, $m.beforeStart(...), $m.meeting().reconfirmation() != null)
 *         .with("deadline", ...).build());
 * end
 * </pre>
 *
 * <p>Immutable once built; {@link #decide} may be called any number of times.
 */
public final class Obligation {

  /** Metadata key of the DUE finding's English message. */
  public static final String DUE_EN = "dueEn";

  /** Metadata key of the DUE finding's Chinese message. */
  public static final String DUE_ZH = "dueZh";

  /** Suffix of the rule id of the DUE finding. */
  public static final String DUE_SUFFIX = "-due";

  /** Suffix of the rule id of the violation. */
  public static final String MISSING_SUFFIX = "-missing";

  private final Rule rule;
  private final RuleFact fact;
  private final Subject subject;
  private final Instant deadline;
  private final boolean met;
  private final List<Object[]> evidence;
  private final List<Object[]> missingEvidence;

  private Obligation(Builder builder) {
    this.rule = builder.rule;
    this.fact = builder.fact;
    this.subject = builder.subject;
    this.deadline = builder.deadline;
    this.met = builder.met;
    this.evidence = List.copyOf(builder.evidence);
    this.missingEvidence = List.copyOf(builder.missingEvidence);
  }

  /**
   * An obligation about the fact's subject, by {@code deadline}, met or not (as known at the
   * instant of judgement), classified by the firing rule.
   */
  public static Builder of(RuleContext kcontext, RuleFact fact, Instant deadline, boolean met) {
    return of(kcontext.getRule(), fact, deadline, met);
  }

  static Builder of(Rule rule, RuleFact fact, Instant deadline, boolean met) {
    return new Builder(rule, fact, deadline, met);
  }

  /** The deadline. */
  public Instant deadline() {
    return deadline;
  }

  /** Whether it was met. */
  public boolean met() {
    return met;
  }

  /** The record set. */
  public int scope() {
    return fact.scope();
  }

  /**
   * What the obligation comes to at the fact's instant of judgement: that its clause applies to its
   * subject, and unless it was met, a DUE finding (deadline not reached) or a violation (reached or
   * passed).
   */
  public List<Object> decide() {
    String clause = Findings.clauseOf(rule);
    List<Object> out = new ArrayList<>(2);
    out.add(new Applies(clause, subject, fact.scope()));
    if (!met) {
      boolean past = fact.isPast(deadline);
      Findings.Builder finding =
          past
              ? new Findings.Builder(rule, Severity.VIOLATION, fact, deadline)
                  .identified(MISSING_SUFFIX, Findings.EN, Findings.ZH)
              : new Findings.Builder(rule, Severity.DUE, fact, deadline)
                  .identified(DUE_SUFFIX, DUE_EN, DUE_ZH);
      finding.about(subject);
      evidence.forEach(e -> finding.with((String) e[0], e[1]));
      if (past) {
        missingEvidence.forEach(e -> finding.with((String) e[0], e[1]));
      }
      out.add(finding.build());
    }
    return out;
  }

  /** Collects an obligation's evidence; {@link #build()} makes the fact to insert. */
  public static final class Builder {

    private final Rule rule;
    private final RuleFact fact;
    private final Instant deadline;
    private final boolean met;
    private Subject subject;
    private final List<Object[]> evidence = new ArrayList<>();
    private final List<Object[]> missingEvidence = new ArrayList<>();

    private Builder(Rule rule, RuleFact fact, Instant deadline, boolean met) {
      this.rule = rule;
      this.fact = Objects.requireNonNull(fact, "fact");
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      this.met = met;
      this.subject = fact.subject();
    }

    /** Makes the obligation about another subject than the fact's, such as a person. */
    public Builder about(Subject other) {
      this.subject = Objects.requireNonNull(other, "subject");
      return this;
    }

    /** Evidence of the DUE finding and the violation alike, in this order. */
    public Builder with(String name, Object value) {
      evidence.add(new Object[] {Objects.requireNonNull(name, "name"), value});
      return this;
    }

    /** Evidence of the violation only (what is known only once the deadline passed). */
    public Builder withWhenMissed(String name, Object value) {
      missingEvidence.add(new Object[] {Objects.requireNonNull(name, "name"), value});
      return this;
    }

    /** The obligation, ready to insert. */
    public Obligation build() {
      return new Obligation(this);
    }
  }
}
