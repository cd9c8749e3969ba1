package org.meetingpolicy.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.validation.InvalidRecordException;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.rules.facts.Applies;
import org.meetingpolicy.rules.facts.FindingFact;
import org.meetingpolicy.rules.facts.Findings;
import org.meetingpolicy.rules.facts.Obligation;
import org.meetingpolicy.rules.internal.CalendarNotes;
import org.meetingpolicy.rules.internal.ClauseTexts;
import org.meetingpolicy.rules.internal.FactBuilder;
import org.meetingpolicy.rules.internal.PrecompiledRules;
import org.meetingpolicy.rules.internal.QuietSlf4j;

/**
 * Checks meeting records against the policy. Build one with {@link #createDefault()} or {@link
 * #builder()} and share it: the rule base is compiled once, the engine is immutable and
 * thread-safe, and each check runs in a session of its own (taken from a pool and reset after).
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.createDefault();
 * ComplianceReport report = engine.check(records, Instant.now());
 * report.violations().forEach(System.out::println);
 * }</pre>
 *
 * <p>Records are validated first: malformed records are refused with an {@link
 * InvalidRecordException} naming every problem ({@link #checkAll} returns them as rejected
 * instead). Well-formed records that break the policy are normal input: they yield findings.
 */
public final class ComplianceEngine {

  /** The built-in rule files, one per policy section, in section order. */
  public static final List<String> BUILT_IN_RULE_FILES =
      List.of(
          "organization",
          "schedule",
          "agenda",
          "discipline",
          "minutes",
          "resolutions",
          "evaluation",
          "special",
          "revision");

  static {
    // Before the first Drools class logs: a host without an SLF4J provider sees no notice.
    QuietSlf4j.install();
  }

  private static final String RULE_PATH = "org/meetingpolicy/rules/drl/";
  private static final int[] NO_FINDINGS = new int[Severity.values().length];
  private static final int MAX_COMPILE_ERRORS = 20;
  private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \"([^\"]+)\"");

  private final KieBase kieBase;
  private final boolean precompiled;
  private final KieSessionsPool sessions;
  private final MeetingPolicy policy;
  private final ClauseCatalogue catalogue;
  private final List<RuleInfo> rules;
  private final Set<String> checkedClauses;
  private final List<Clause> statusTable;
  private final Clock clock;
  private final RecordValidator validator;
  private final int chunkSize;

  private ComplianceEngine(Builder builder) {
    this.policy = builder.policy;
    this.catalogue = ClauseCatalogue.builtIn().with(builder.clauses);
    this.clock = builder.clock;
    this.chunkSize = builder.chunkSize;
    this.validator = RecordValidator.create();
    // The model precompiled at build time is ready in a fraction of the time compiling the DRL
    // takes; a host's own rules need the DRL compiled with them.
    Optional<KieBase> model =
        builder.hostRules.isEmpty() && !builder.fromDrl
            ? PrecompiledRules.load()
            : Optional.empty();
    this.precompiled = model.isPresent();
    this.kieBase = model.isPresent() ? model.get() : compile(builder);
    Map<String, RuleInfo> all = describeRules(kieBase, catalogue);
    for (String disabled : builder.disabledRules) {
      RuleInfo rule = all.remove(disabled);
      if (rule == null) {
        String obligation =
            all.values().stream()
                .filter(r -> r.obligation() && r.findingRuleIds().contains(disabled))
                .map(RuleInfo::ruleId)
                .findFirst()
                .map(id -> " (it is a finding of the obligation rule " + id + "; disable that)")
                .orElse("");
        throw new IllegalArgumentException(
            "cannot disable unknown rule id " + disabled + obligation);
      }
      kieBase.removeRule(rule.packageName(), rule.name());
    }
    // Sessions are reset and reused rather than made anew: a new session builds the memory of
    // every rule it touches again, which measured as a large share of a one-record check (see
    // docs/PERFORMANCE.md). The pool grows to the number of concurrent checks.
    this.sessions = kieBase.newKieSessionsPool(1);
    this.rules =
        all.values().stream()
            .sorted(
                Comparator.comparing(RuleInfo::clauseId, ClauseIds.ORDER)
                    .thenComparing(RuleInfo::ruleId))
            .toList();
    Set<String> clauses = new LinkedHashSet<>();
    rules.forEach(r -> clauses.addAll(r.clauseIds()));
    this.checkedClauses = Set.copyOf(clauses);
    Map<String, Clause> table = new TreeMap<>(ClauseIds.ORDER);
    catalogue.ofKind(ClauseKind.R).forEach(c -> table.put(c.id(), c));
    checkedClauses.forEach(id -> table.put(id, catalogue.get(id)));
    this.statusTable = table.values().stream().map(c -> ClauseTexts.inForce(c, policy)).toList();
  }

  /** A copy judging by another policy, sharing this engine's compiled rules (see withPolicy). */
  private ComplianceEngine(ComplianceEngine base, MeetingPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.catalogue = base.catalogue;
    this.clock = base.clock;
    this.chunkSize = base.chunkSize;
    this.validator = base.validator;
    this.kieBase = base.kieBase;
    this.precompiled = base.precompiled;
    this.sessions = base.sessions;
    this.rules = base.rules;
    this.checkedClauses = base.checkedClauses;
    this.statusTable =
        base.statusTable.stream()
            .map(c -> ClauseTexts.inForce(catalogue.get(c.id()), policy))
            .toList();
  }

  /**
   * The same rules judging by another policy's parameters, without compiling them again: the
   * parameters reach the rules as facts, so one compiled rule base serves every policy (several
   * dated versions of the policy cost one compilation). Thread-safe like this engine.
   */
  public ComplianceEngine withPolicy(MeetingPolicy other) {
    return other.equals(policy) ? this : new ComplianceEngine(this, other);
  }

  /**
   * Whether the rules run from the executable model precompiled at build time, rather than from DRL
   * compiled at run time (which a host's own rules require).
   */
  public boolean runsPrecompiledModel() {
    return precompiled;
  }

  /** An engine with the built-in rules and the default policy. */
  public static ComplianceEngine createDefault() {
    return builder().build();
  }

  /** A builder starting from the built-in rules and the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy the engine applies. */
  public MeetingPolicy policy() {
    return policy;
  }

  /** The clauses the engine knows: the built-in ones and any a host added. */
  public ClauseCatalogue catalogue() {
    return catalogue;
  }

  /** The active rules, by clause then rule id. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /**
   * Checks the records as of now, by the engine's clock.
   *
   * @throws InvalidRecordException if the records are malformed
   * @throws RuleExecutionException if a rule fails
   */
  public ComplianceReport check(DepartmentRecords records) {
    return check(records, clock.instant());
  }

  /**
   * Checks the records as of the instant: deadlines before it are judged, later ones are due.
   *
   * @throws InvalidRecordException if the records are malformed
   * @throws RuleExecutionException if a rule fails
   */
  public ComplianceReport check(DepartmentRecords records, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    validator.requireValid(Objects.requireNonNull(records, "records"));
    return run(List.of(records), asOf).get(0);
  }

  /** Checks one meeting in its department as of the instant; see {@link #check}. */
  public ComplianceReport check(Department department, Meeting meeting, Instant asOf) {
    return check(DepartmentRecords.of(department, meeting), asOf);
  }

  /**
   * Checks many record sets as of the instant. Every input comes back, in order: {@link
   * CheckOutcome.Checked checked} with its report; {@link CheckOutcome.Rejected rejected} with its
   * problems when it is malformed, or null (problem {@code NotNull} at the root); or {@link
   * CheckOutcome.Failed failed} when a rule throws while checking it, naming the rule. One input's
   * failure costs no other input its report. Several small sets share a session for speed.
   */
  public BatchResult checkAll(List<DepartmentRecords> batch, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    CheckOutcome[] outcomes = new CheckOutcome[batch.size()];
    List<Integer> chunk = new ArrayList<>();
    int meetingsInChunk = 0;
    for (int i = 0; i < batch.size(); i++) {
      DepartmentRecords records = batch.get(i);
      if (records == null) {
        outcomes[i] = new CheckOutcome.Rejected(i, null, ValidationResult.NULL_RECORDS);
        continue;
      }
      ValidationResult result = validator.validate(records);
      if (!result.isValid()) {
        outcomes[i] = new CheckOutcome.Rejected(i, records, result);
        continue;
      }
      int size = Math.max(1, records.meetings().size());
      if (!chunk.isEmpty() && meetingsInChunk + size > chunkSize) {
        runChunk(batch, chunk, asOf, outcomes);
        chunk.clear();
        meetingsInChunk = 0;
      }
      chunk.add(i);
      meetingsInChunk += size;
    }
    if (!chunk.isEmpty()) {
      runChunk(batch, chunk, asOf, outcomes);
    }
    return new BatchResult(List.of(outcomes));
  }

  private void runChunk(
      List<DepartmentRecords> batch, List<Integer> chunk, Instant asOf, CheckOutcome[] outcomes) {
    List<DepartmentRecords> sets = chunk.stream().map(batch::get).toList();
    try {
      List<ComplianceReport> reports = run(sets, asOf);
      for (int k = 0; k < chunk.size(); k++) {
        int index = chunk.get(k);
        outcomes[index] = new CheckOutcome.Checked(index, batch.get(index), reports.get(k));
      }
      return;
    } catch (RuleExecutionException e) {
      if (sets.size() == 1) {
        outcomes[chunk.get(0)] = new CheckOutcome.Failed(chunk.get(0), sets.get(0), e);
        return;
      }
    }
    // Re-run one at a time: the set that fails is named, and the others keep their reports.
    for (int index : chunk) {
      DepartmentRecords records = batch.get(index);
      try {
        outcomes[index] =
            new CheckOutcome.Checked(index, records, run(List.of(records), asOf).get(0));
      } catch (RuleExecutionException e) {
        outcomes[index] = new CheckOutcome.Failed(index, records, e);
      }
    }
  }

  /** Runs the rules over already validated record sets in one session. */
  private List<ComplianceReport> run(List<DepartmentRecords> sets, Instant asOf) {
    KieSession session = sessions.newKieSession();
    List<FindingFact> findings = new ArrayList<>();
    List<Applies> applies = new ArrayList<>();
    try {
      for (int scope = 0; scope < sets.size(); scope++) {
        // As of an instant means as known at it: later facts are cut before any rule sees them.
        DepartmentRecords known = sets.get(scope).knownAt(asOf);
        for (Object fact : FactBuilder.facts(scope, known, policy, asOf)) {
          session.insert(fact);
        }
      }
      session.fireAllRules();
      List<Object> out = new ArrayList<>();
      for (Object fact :
          session.getObjects(
              o -> o instanceof FindingFact || o instanceof Applies || o instanceof Obligation)) {
        if (fact instanceof Obligation obligation) {
          out.addAll(obligation.decide());
        } else {
          out.add(fact);
        }
      }
      for (Object fact : out) {
        if (fact instanceof FindingFact finding) {
          findings.add(finding);
        } else {
          applies.add((Applies) fact);
        }
      }
    } catch (RuntimeException e) {
      throw new RuleExecutionException(failingRule(e), describe(sets), e);
    } finally {
      session.dispose(); // resets it and returns it to the pool
    }
    // One pass to split the session's output by record set: filtering per set would be quadratic
    // in the chunk size.
    List<List<Finding>> findingsByScope = new ArrayList<>();
    List<Set<String>> appliesByScope = new ArrayList<>();
    for (int scope = 0; scope < sets.size(); scope++) {
      findingsByScope.add(new ArrayList<>());
      appliesByScope.add(new java.util.HashSet<>());
    }
    findings.forEach(f -> findingsByScope.get(f.scope()).add(f.finding()));
    applies.forEach(a -> appliesByScope.get(a.scope()).add(a.clauseId()));
    List<ComplianceReport> reports = new ArrayList<>();
    for (int scope = 0; scope < sets.size(); scope++) {
      reports.add(
          report(sets.get(scope), asOf, findingsByScope.get(scope), appliesByScope.get(scope)));
    }
    return reports;
  }

  private ComplianceReport report(
      DepartmentRecords records, Instant asOf, List<Finding> raw, Set<String> applicable) {
    // Count what the report lists: two rule matches can make the same finding (two plan changes at
    // the same instant, for example), and the report keeps it once.
    List<Finding> findings = ComplianceReport.sortedWithoutRepeats(raw);
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Instant> nextDue = new HashMap<>();
    for (Finding finding : findings) {
      counts
          .computeIfAbsent(finding.clauseId(), k -> new int[Severity.values().length])[
          finding.severity().ordinal()]++;
      if (finding.severity() == Severity.DUE && finding.at() != null) {
        nextDue.merge(finding.clauseId(), finding.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<ClauseResult> results = new ArrayList<>(statusTable.size());
    for (Clause clause : statusTable) {
      int[] count = counts.getOrDefault(clause.id(), NO_FINDINGS);
      int violations = count[Severity.VIOLATION.ordinal()];
      int warnings = count[Severity.WARNING.ordinal()];
      int due = count[Severity.DUE.ordinal()];
      ClauseStatus status;
      if (!checkedClauses.contains(clause.id())) {
        status = ClauseStatus.NOT_CHECKED;
      } else if (violations > 0) {
        status = ClauseStatus.VIOLATED;
      } else if (due > 0) {
        status = ClauseStatus.DUE;
      } else if (warnings > 0 || applicable.contains(clause.id())) {
        status = ClauseStatus.COMPLIANT;
      } else {
        status = ClauseStatus.NOT_APPLICABLE;
      }
      results.add(
          new ClauseResult(clause, status, violations, warnings, due, nextDue.get(clause.id())));
    }
    List<MeetingId> meetings = records.meetings().stream().map(Meeting::id).toList();
    return new ComplianceReport(
        RecordValidator.describe(records),
        RecordValidator.describeZh(records),
        asOf,
        policy.zone(),
        policy.name(),
        meetings,
        findings,
        results,
        CalendarNotes.of(records, policy, asOf));
  }

  private static String describe(List<DepartmentRecords> sets) {
    return sets.size() == 1
        ? RecordValidator.describe(sets.get(0))
        : sets.size() + " record sets (" + RecordValidator.describe(sets.get(0)) + ", ...)";
  }

  private static @Nullable String failingRule(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
        return consequence.getMatch().getRule().getName();
      }
      if (t.getMessage() != null) {
        Matcher matcher = RULE_IN_MESSAGE.matcher(t.getMessage());
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    }
    return null;
  }

  private static KieBase compile(Builder builder) {
    KieHelper helper = new KieHelper();
    for (String file : BUILT_IN_RULE_FILES) {
      helper.addResource(
          ResourceFactory.newClassPathResource(
              RULE_PATH + file + ".drl", ComplianceEngine.class.getClassLoader()),
          ResourceType.DRL);
    }
    builder.hostRules.forEach((name, resource) -> helper.addResource(resource, ResourceType.DRL));
    requireHostSyntax(builder.hostRules);
    try {
      return helper.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the rules do not compile: " + compileErrors(helper), e);
    }
  }

  /**
   * Parses each host file alone first: a syntax error there would otherwise surface only after the
   * whole rule base is compiled, among errors about the built-in rules and pages of the compiler's
   * log. Drools' parser is internal API; it comes with drools-mvel.
   */
  private static void requireHostSyntax(Map<String, Resource> hostRules) {
    List<String> errors = new ArrayList<>();
    hostRules.forEach(
        (name, resource) -> {
          DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
          try {
            parser.parse(resource);
          } catch (DroolsParserException | IOException e) {
            errors.add(name + ": " + e.getMessage());
            return;
          }
          for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
            String message = String.valueOf(error.getMessage()).strip();
            errors.add(name + line + ": " + message.lines().findFirst().orElse(""));
          }
        });
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "the rules do not compile: "
              + errors.size()
              + " error(s)\n"
              + String.join("\n", errors.subList(0, Math.min(errors.size(), MAX_COMPILE_ERRORS))));
    }
  }

  /**
   * The errors of a failed compilation, one line each as {@code file:line: problem}: those in a
   * host's files first and alone, since one syntax error there makes the compiler report thousands
   * of lines about the built-in rules; otherwise the first {@value #MAX_COMPILE_ERRORS}. Compiles
   * again, which only a failed build pays for.
   */
  private static String compileErrors(KieHelper helper) {
    List<Message> errors = helper.verify().getMessages(Message.Level.ERROR);
    List<Message> host =
        errors.stream()
            .filter(m -> m.getPath() != null && m.getPath().startsWith("host/"))
            .toList();
    List<Message> shown = host.isEmpty() ? errors : host;
    StringBuilder text = new StringBuilder();
    shown.stream()
        .limit(MAX_COMPILE_ERRORS)
        .forEach(m -> text.append('\n').append(compileError(m)));
    if (shown.size() > MAX_COMPILE_ERRORS) {
      text.append("\n... and ").append(shown.size() - MAX_COMPILE_ERRORS).append(" more");
    }
    return shown.size() + " error(s)" + text;
  }

  private static String compileError(Message message) {
    String path = message.getPath() == null ? "(rules)" : message.getPath();
    if (path.startsWith("host/")) {
      path = path.substring("host/".length());
    }
    String problem = message.getText() == null ? "" : message.getText().strip();
    int newline = problem.indexOf('\n');
    if (newline >= 0) {
      problem = problem.substring(0, newline).strip();
    }
    return path + (message.getLine() > 0 ? ":" + message.getLine() : "") + ": " + problem;
  }

  /** Reads and checks every rule's metadata: clause id in the catalogue, unique rule id. */
  private static Map<String, RuleInfo> describeRules(KieBase kieBase, ClauseCatalogue catalogue) {
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        Map<String, Object> meta = rule.getMetaData();
        String where = "rule \"" + rule.getName() + "\" in " + kiePackage.getName();
        Object clause = meta.get(Findings.CLAUSE);
        Object ruleId = meta.get(Findings.RULE_ID);
        boolean hasEn = meta.containsKey(Findings.EN);
        if (clause == null || ruleId == null) {
          problems.add(where + " lacks @clause or @ruleId");
          continue;
        }
        List<String> clauseIds = Findings.clauses(clause.toString());
        for (String clauseId : clauseIds) {
          if (catalogue.find(clauseId).isEmpty()) {
            problems.add(where + " cites clause " + clauseId + ", which is not in the catalogue");
          }
        }
        if (hasEn != meta.containsKey(Findings.ZH)) {
          problems.add(where + " has a message in one language only");
        }
        boolean obligation = meta.containsKey(Obligation.DUE_EN);
        if (obligation && !(hasEn && meta.containsKey(Obligation.DUE_ZH))) {
          problems.add(where + " states an obligation without @dueEn, @dueZh, @en and @zh");
        }
        RuleInfo info =
            new RuleInfo(
                ruleId.toString(),
                clauseIds,
                rule.getName(),
                kiePackage.getName(),
                hasEn,
                obligation);
        if (rules.putIfAbsent(info.ruleId(), info) != null) {
          problems.add(where + " repeats rule id " + ruleId);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid rule metadata:\n" + String.join("\n", problems));
    }
    return rules;
  }

  /** Configures an engine. Not thread-safe; the engine it builds is. */
  public static final class Builder {

    private MeetingPolicy policy = MeetingPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private final List<Clause> clauses = new ArrayList<>();
    private final Map<String, Resource> hostRules = new LinkedHashMap<>();
    private final Set<String> disabledRules = new LinkedHashSet<>();
    private int chunkSize = 64;
    // The built-in rules compiled from DRL even without host rules: to compare with the model.
    private boolean fromDrl;

    private Builder() {}

    /** Compiles the built-in rules from their DRL rather than loading the precompiled model. */
    Builder fromDrl() {
      this.fromDrl = true;
      return this;
    }

    /** The policy parameters; the default is {@link MeetingPolicy#defaults()}. */
    public Builder policy(MeetingPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The clock for {@link ComplianceEngine#check(DepartmentRecords)}; the default is UTC now. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds a host's own clauses, which its rules cite and the report's status table lists. */
    public Builder addClauses(Collection<Clause> more) {
      clauses.addAll(more);
      return this;
    }

    /**
     * Adds a host's DRL rules. Each rule needs {@code @clause} (a clause of the catalogue, the
     * built-in one or one added with {@link #addClauses}) and a unique {@code @ruleId}; rules that
     * make findings need {@code @en} and {@code @zh} messages.
     *
     * @param name a name for error messages, such as {@code thursday-rules.drl}
     * @param drl the rules' source text
     */
    public Builder addRules(String name, String drl) {
      Resource resource =
          ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
      resource.setSourcePath("host/" + name);
      hostRules.put(name, resource);
      return this;
    }

    /** Adds a host's DRL rules from a file; see {@link #addRules(String, String)}. */
    public Builder addRules(Path file) {
      try {
        return addRules(file.getFileName().toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rules " + file, e);
      }
    }

    /** Switches off a rule by its id; {@link #build()} fails if no rule has the id. */
    public Builder disableRule(String ruleId) {
      disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * How many meetings {@link ComplianceEngine#checkAll} puts in one session at most; the default,
     * 64, is near the fastest measured. A record set larger than this runs alone.
     */
    public Builder chunkSize(int meetings) {
      if (meetings < 1) {
        throw new IllegalArgumentException("chunk size must be positive: " + meetings);
      }
      this.chunkSize = meetings;
      return this;
    }

    /**
     * Compiles the rules and builds the engine (about a second or two).
     *
     * @throws IllegalArgumentException if a rule does not compile, its metadata is wrong, or a
     *     disabled rule id is unknown
     */
    public ComplianceEngine build() {
      return new ComplianceEngine(this);
    }
  }
}
