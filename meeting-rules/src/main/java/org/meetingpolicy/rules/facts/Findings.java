package org.meetingpolicy.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/**
 * Makes findings in rule consequences. The clause, rule id and messages come from the firing rule's
 * metadata, so a rule states them once:
 *
 * <pre>
 * rule "notice sent later than the lead time"
 *     &#64;clause("3.4") &#64;ruleId("schedule.notice-too-late")
 *     &#64;en("The notice went out {lead} before the start; the policy requires {required}.")
 *     &#64;zh("通知在会议开始前 {lead} 才发出，制度要求至少提前 {required}。")
 * when ...
 * then
 *     insert(Findings.violation(kcontext, $m, $deadline)
 *         .with("lead", $lead).with("required", $m.getPolicy().noticeLeadTime()).build());
 * end
 * </pre>
 *
 * <p>{@code {name}} in a message is replaced by the evidence of that name; {@code {at}} by the
 * finding's instant and {@code {subject}} by its subject's id. A placeholder without a value is an
 * error, so a rule cannot silently print a template.
 */
public final class Findings {

  /** Metadata key of the clause id. */
  public static final String CLAUSE = "clause";

  /** Metadata key of the stable rule id. */
  public static final String RULE_ID = "ruleId";

  /** Metadata key of the English message template. */
  public static final String EN = "en";

  /** Metadata key of the Chinese message template. */
  public static final String ZH = "zh";

  private Findings() {}

  /** A violation about the fact's subject, concerning the instant {@code at} (may be null). */
  public static Builder violation(RuleContext kcontext, RuleFact fact, @Nullable Instant at) {
    return new Builder(kcontext.getRule(), Severity.VIOLATION, fact, at);
  }

  /** A warning about the fact's subject. */
  public static Builder warning(RuleContext kcontext, RuleFact fact, @Nullable Instant at) {
    return new Builder(kcontext.getRule(), Severity.WARNING, fact, at);
  }

  /** An obligation about the fact's subject, due by {@code due}. */
  public static Builder due(RuleContext kcontext, RuleFact fact, Instant due) {
    return new Builder(kcontext.getRule(), Severity.DUE, fact, Objects.requireNonNull(due, "due"));
  }

  /**
   * The clause id of the firing rule.
   *
   * @throws IllegalStateException if the rule judges a family of clauses: its consequence names the
   *     clause of each finding ({@link Builder#forClause}, {@link Applies#to(RuleContext, String,
   *     RuleFact)})
   */
  public static String clauseOf(RuleContext kcontext) {
    List<String> clauses = clausesOf(kcontext.getRule());
    if (clauses.size() > 1) {
      throw new IllegalStateException(
          "rule \""
              + kcontext.getRule().getName()
              + "\" judges clauses "
              + clauses
              + "; its consequence must name the clause");
    }
    return clauses.get(0);
  }

  /**
   * The clauses in a rule's {@code @clause} metadata: one id, or for a rule that judges a family of
   * clauses from data, several separated by commas ({@code @clause("4.1, 4.2, 4.3")}).
   */
  public static List<String> clauses(String metadata) {
    List<String> clauses = new ArrayList<>();
    for (String clause : metadata.split(",")) {
      if (!clause.isBlank()) {
        clauses.add(clause.strip());
      }
    }
    return List.copyOf(clauses);
  }

  static String clauseOf(Rule rule) {
    List<String> clauses = clausesOf(rule);
    if (clauses.size() > 1) {
      throw new IllegalStateException(
          "rule \"" + rule.getName() + "\" judges clauses " + clauses + "; call forClause");
    }
    return clauses.get(0);
  }

  static List<String> clausesOf(Rule rule) {
    return clauses(metadata(rule, CLAUSE));
  }

  /** The clause, checked to be one the firing rule declares. */
  static String declared(Rule rule, String clauseId) {
    if (!clausesOf(rule).contains(clauseId)) {
      throw new IllegalStateException(
          "rule \"" + rule.getName() + "\" does not declare clause " + clauseId);
    }
    return clauseId;
  }

  static String metadata(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key);
    }
    return value.toString();
  }

  /** Collects the evidence of one finding; {@link #build()} makes the fact to insert. */
  public static final class Builder {

    private final Rule rule;
    private final Severity severity;
    private final RuleFact fact;
    private final @Nullable Instant at;
    private Subject subject;
    private @Nullable String clauseId;
    // An obligation's findings: the rule's id with a suffix, and messages under other keys.
    private String ruleIdSuffix = "";
    private String enKey = EN;
    private String zhKey = ZH;
    private final Map<String, String[]> phrases = new HashMap<>();
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();

    Builder(Rule rule, Severity severity, RuleFact fact, @Nullable Instant at) {
      this.rule = rule;
      this.severity = severity;
      this.fact = Objects.requireNonNull(fact, "fact");
      this.at = at;
      this.subject = fact.subject();
    }

    /** The finding of an obligation: its rule id with a suffix, its messages under these keys. */
    Builder identified(String ruleIdSuffix, String enKey, String zhKey) {
      this.ruleIdSuffix = ruleIdSuffix;
      this.enKey = enKey;
      this.zhKey = zhKey;
      return this;
    }

    /** Makes the finding about another subject than the fact's, such as a person in a meeting. */
    public Builder about(Subject other) {
      this.subject = Objects.requireNonNull(other, "subject");
      return this;
    }

    /**
     * Names the clause of this finding, for a rule that judges a family of clauses; it must be one
     * the rule's {@code @clause} declares.
     */
    public Builder forClause(String clauseId) {
      this.clauseId = declared(rule, Objects.requireNonNull(clauseId, "clauseId"));
      return this;
    }

    /**
     * Words for the messages only, not evidence: what a family rule's template says where each
     * clause of the family would have said it in its own words ({@code {itemName}}).
     */
    public Builder phrase(String name, String en, String zh) {
      phrases.put(name, new String[] {en, zh});
      return this;
    }

    /** Adds a piece of evidence; the value is rendered in the policy's zone, in both languages. */
    public Builder with(String name, @Nullable Object value) {
      evidence.put(name, Evidence.of(name, value, fact.policy().zone()));
      return this;
    }

    /** The finding, wrapped with its record set, ready to insert. */
    public FindingFact build() {
      List<Evidence> list = new ArrayList<>(evidence.values());
      Finding finding =
          new Finding(
              clauseId != null ? clauseId : clauseOf(rule),
              metadata(rule, RULE_ID) + ruleIdSuffix,
              severity,
              subject,
              at,
              list,
              fill(metadata(rule, zhKey), Language.ZH),
              fill(metadata(rule, enKey), Language.EN));
      return new FindingFact(fact.scope(), finding);
    }

    private String fill(String template, Language language) {
      StringBuilder text = new StringBuilder();
      int from = 0;
      while (true) {
        int open = template.indexOf('{', from);
        if (open < 0) {
          return text.append(template, from, template.length()).toString();
        }
        int close = template.indexOf('}', open);
        if (close < 0) {
          throw new IllegalStateException(
              "rule \"" + rule.getName() + "\": unclosed '{' in message: " + template);
        }
        text.append(template, from, open)
            .append(placeholder(template.substring(open + 1, close), language));
        from = close + 1;
      }
    }

    private String placeholder(String name, Language language) {
      String[] phrase = phrases.get(name);
      if (phrase != null) {
        return phrase[language == Language.ZH ? 1 : 0];
      }
      Evidence piece = evidence.get(name);
      if (piece != null) {
        // A duration reads in a message as people write it; the evidence keeps it exact.
        return piece.data() instanceof Duration duration
            ? Format.prose(duration, language)
            : piece.value(language);
      }
      if (name.equals("at") && at != null) {
        return Format.value(at, fact.policy().zone(), language);
      }
      if (name.equals("subject")) {
        return subject.id();
      }
      throw new IllegalStateException(
          "rule \"" + rule.getName() + "\": message placeholder {" + name + "} has no evidence");
    }
  }
}
