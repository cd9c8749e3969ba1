package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.importer.DueCalendar;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.DecisionLog;
import org.meetingpolicy.json.PolicyFileException;
import org.meetingpolicy.json.PolicyHistoryFile;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.BatchRollUp;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.versions.HistoryChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meeting-check}: checks meeting records in JSON against the policy and says, per meeting,
 * what is violated and what is due next. Its subcommand {@code evaluate} ({@link Evaluate})
 * evaluates a period's effectiveness; {@code import} ({@link Import}) makes records from calendars
 * and attendance reports.
 *
 * <p>Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings at or above it; 2 invalid
 * input (unreadable or malformed records, a bad option or policy file); 3 an internal error, or a
 * rule that failed for some input. Each input's report is written as soon as it is checked.
 */
@Command(
    name = "meeting-check",
    mixinStandardHelpOptions = true,
    version = MeetingCheck.VERSION,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks sales-department meeting records (JSON) against the meeting policy.",
      "Prints, per meeting, the violations, then what is due next with its deadline, then a"
          + " summary; and one line reconciling the record sets read, checked and rejected."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:invalid input: unreadable or malformed records, a bad option or policy file",
      "3:internal error, or a rule failed for some input (the others are reported)"
    })
public final class MeetingCheck implements Callable<Integer> {

  /** Exit code: nothing at or above the threshold. */
  public static final int COMPLIANT = 0;

  /** Exit code: findings at or above the threshold. */
  public static final int FINDINGS = 1;

  /** Exit code: invalid input or usage. */
  public static final int INVALID_INPUT = 2;

  /** Exit code: an internal error. */
  public static final int INTERNAL_ERROR = 3;

  static final String VERSION = "meeting-check 0.1.0";

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** Severities that fail the run. */
  enum FailOn {
    VIOLATION(Severity.VIOLATION),
    WARNING(Severity.WARNING),
    DUE(Severity.DUE);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description =
          "Records files, directories (every *.json in them, sorted by name) or - for standard"
              + " input.")
  List<String> inputs = new ArrayList<>();

  @Mixin CommonOptions.Judging judging;

  @Mixin CommonOptions.PolicyFile policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--list-rules", description = "List the clauses and the ids of their rules.")
  boolean listRules;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "violation",
      converter = FailOnConverter.class,
      description =
          "Exit with 1 when a finding is at least this serious: violation, warning or due."
              + " Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(
      names = "--export-due",
      paramLabel = "FILE.ics",
      description =
          "Also write every due obligation as a VTODO (due at its deadline, an alarm a day"
              + " ahead, the summary in --lang citing the clause) to this iCalendar file.")
  Path exportDue;

  @Option(
      names = "--policy-history",
      paramLabel = "FILE.yaml",
      description =
          "Judge by dated policy versions instead of one policy: each meeting by the version in"
              + " force at its planned start, each week, month or quarter by the version at its"
              + " start; every finding cites its version. Not with --policy.")
  Path policyHistory;

  @Option(
      names = "--decision-log",
      paramLabel = "FILE.jsonl",
      description =
          "Also write one line per record set to this JSON Lines file: the input's SHA-256, the"
              + " policy and a SHA-256 of its parameters and rules, the version, the instant and"
              + " the findings (meeting-check replay checks them again).")
  Path decisionLog;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Show no progress on standard error (a bar on a terminal, else a count line every 10"
              + " seconds).")
  boolean quiet;

  @Mixin CommonOptions.Debug debug;

  /** How many record sets are read and checked together at most. */
  static final int CHUNK_DOCUMENTS = 64;

  /** How many bytes of JSON are read and checked together at most, unless one document is more. */
  static final long CHUNK_BYTES = 4L << 20;

  private final InputStream stdin;
  private final Clock clock;
  private final Settings settings;

  /** A command reading standard input from {@code stdin} and taking "now" from {@code clock}. */
  public MeetingCheck(InputStream stdin, Clock clock) {
    this(stdin, clock, Settings.DEFAULT);
  }

  MeetingCheck(InputStream stdin, Clock clock, Settings settings) {
    this.stdin = stdin;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * What a run takes besides its arguments; tests replace parts.
   *
   * @param engines builds the engine for the policy
   * @param progressInterval how often a count line is written when standard error is no terminal
   * @param terminal whether standard error is a terminal (a progress bar then)
   */
  record Settings(
      Function<MeetingPolicy, ComplianceEngine> engines,
      Duration progressInterval,
      boolean terminal) {

    static final Settings DEFAULT = new Settings(Engines::forPolicy, Duration.ofSeconds(10), false);

    Settings withTerminal(boolean isTerminal) {
      return new Settings(engines, progressInterval, isTerminal);
    }
  }

  /**
   * An {@link Error} (out of memory, stack overflow) thrown by a command, carried to the command
   * line's handler of internal errors: picocli passes only exceptions there.
   */
  static final class FatalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FatalError(Error error) {
      super(error);
    }
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
    // print its INFO banner; SLF4J (slf4j-simple, at warn) keeps the output clean.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    int exit;
    try {
      exit =
          commandLine(
                  System.in, Clock.systemUTC(), Settings.DEFAULT.withTerminal(stderrIsTerminal()))
              .execute(args);
    } catch (Throwable e) {
      // Outside a command (while parsing, say): still one line and the documented code.
      System.err.println("meeting-check: internal error: " + e);
      exit = INTERNAL_ERROR;
    }
    System.exit(exit);
  }

  /** Whether standard error goes to a terminal: Linux names it; elsewhere, ask for a console. */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * The command line with this tool's error handling: a one-line message and exit code 2 for bad
   * usage, exit code 3 and no stack trace (unless {@code --debug}) for internal errors.
   */
  public static CommandLine commandLine(InputStream stdin, Clock clock) {
    return commandLine(stdin, clock, Settings.DEFAULT);
  }

  static CommandLine commandLine(InputStream stdin, Clock clock, Settings settings) {
    MeetingCheck command = new MeetingCheck(stdin, clock, settings);
    Evaluate evaluate = new Evaluate(stdin, clock);
    Import importer = new Import();
    CommandLine line = new CommandLine(command);
    // Before the settings below, which reach only the subcommands added by then.
    line.addSubcommand("evaluate", evaluate);
    line.addSubcommand("import", importer);
    line.addSubcommand("impact", new ImpactCommand(stdin, clock));
    line.addSubcommand("replay", new ReplayCommand(stdin));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(
        (error, args) -> {
          PrintWriter err = error.getCommandLine().getErr();
          String name = error.getCommandLine().getCommandSpec().qualifiedName();
          err.println(name + ": " + error.getMessage());
          err.println("Try '" + name + " --help' for more information.");
          return INVALID_INPUT;
        });
    line.setExecutionExceptionHandler(
        (error, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          Throwable cause = error instanceof FatalError ? error.getCause() : error;
          if (CommonOptions.Debug.requested(commandLine)) {
            cause.printStackTrace(err);
          } else {
            err.println(
                commandLine.getCommandSpec().qualifiedName()
                    + ": internal error: "
                    + cause
                    + " (run with --debug for the stack trace)");
          }
          err.flush();
          return INTERNAL_ERROR;
        });
    return line;
  }

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } catch (Error e) {
      throw new FatalError(e);
    }
  }

  private Integer run() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MeetingPolicy policy;
    try {
      policy = Inputs.policy(policyFile.file);
    } catch (Inputs.InvalidInputException e) {
      err.println("meeting-check: " + e.getMessage());
      return INVALID_INPUT;
    }
    if (!listRules && inputs.isEmpty()) {
      err.println("meeting-check: no input: name files, directories or - for standard input");
      err.println("Try 'meeting-check --help' for more information.");
      return INVALID_INPUT;
    }
    List<Inputs.Source> sources = new ArrayList<>();
    for (String input : inputs) {
      try {
        sources.addAll(Inputs.sourcesOf(input));
      } catch (IOException e) {
        err.println("meeting-check: " + Inputs.shown(input) + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    HistoryChecker history = null;
    ComplianceEngine engine;
    if (policyHistory != null) {
      if (policyFile.file != null) {
        err.println("meeting-check: --policy-history and --policy: give one of them");
        return INVALID_INPUT;
      }
      try {
        history = HistoryChecker.of(PolicyHistoryFile.read(policyHistory));
      } catch (IOException e) {
        err.println(
            "meeting-check: "
                + (e instanceof PolicyFileException
                    ? e.getMessage()
                    : "cannot read policy history " + policyHistory + ": " + Inputs.describe(e)));
        return INVALID_INPUT;
      } catch (IllegalArgumentException e) {
        err.println("meeting-check: " + policyHistory + ": " + e.getMessage());
        return INVALID_INPUT;
      }
      engine = history.engineInForceAt(judging.asOf(clock));
    } else {
      engine = settings.engines().apply(policy);
    }
    if (listRules) {
      out.print(RuleList.render(engine, judging.language));
      out.flush();
      if (sources.isEmpty()) {
        return COMPLIANT;
      }
    }
    Instant at = judging.asOf(clock);
    Progress progress =
        quiet
            ? Progress.none()
            : Progress.of(err, sources.size(), settings.terminal(), settings.progressInterval());
    Batch stream = new Batch(engine, at, out, err, progress);
    if (history != null) {
      stream.judge = history::checkAll;
    }
    if (decisionLog != null) {
      try {
        stream.log = DecisionLog.create(decisionLog);
      } catch (IOException e) {
        err.println("meeting-check: cannot write " + decisionLog + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    try {
      stream.checkAll(sources);
    } finally {
      if (stream.log != null) {
        stream.log.close();
      }
    }
    if (exportDue != null) {
      try {
        Files.writeString(
            exportDue,
            DueCalendar.of(judging.language, DueCalendar.DEFAULT_ALARM).write(stream.due),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("meeting-check: cannot write " + exportDue + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    if (stream.failed > 0) {
      return INTERNAL_ERROR;
    }
    if (stream.rejected > 0) {
      return INVALID_INPUT;
    }
    return stream.findings ? FINDINGS : COMPLIANT;
  }

  /**
   * Reads, checks and writes the inputs a chunk at a time ({@value #CHUNK_DOCUMENTS} record sets,
   * {@value #CHUNK_BYTES} bytes of JSON): each input's report is written as soon as its chunk is
   * checked, and only the chunk is held in memory, never the batch.
   */
  private final class Batch {
    private final ComplianceEngine engine;
    private final Instant at;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Progress progress;
    private final RecordJson reader = RecordJson.create();
    private final ReportJson.BatchWriter json;
    private final List<BatchReport.Document> chunk = new ArrayList<>();
    // --decision-log: each document's SHA-256, in chunk order; the log, or null.
    private final List<String> chunkHashes = new ArrayList<>();
    private DecisionLog log;
    // Who judges a chunk: the engine, or a policy history (--policy-history).
    private BiFunction<List<DepartmentRecords>, Instant, BatchResult> judge;
    private long chunkBytes;
    private int read;
    private long checked;
    private long rejected;
    private long failed;
    private boolean findings;
    // For --export-due: each report's due findings only, so the batch is still not held.
    private final List<ComplianceReport> due = new ArrayList<>();
    // Text only (the JSON writer keeps its own): counts, not reports, so memory stays bounded.
    private final BatchRollUp.Builder rollUp = BatchRollUp.builder();

    Batch(ComplianceEngine engine, Instant at, PrintWriter out, PrintWriter err, Progress progress)
        throws IOException {
      this.engine = engine;
      this.judge = engine::checkAll;
      this.at = at;
      this.out = out;
      this.err = err;
      this.progress = progress;
      this.json =
          format == Format.JSON ? ReportJson.batchWriter(out, at, engine.policy().zone()) : null;
    }

    void checkAll(List<Inputs.Source> sources) throws IOException {
      for (Inputs.Source source : sources) {
        byte[] bytes;
        try {
          bytes = source.read(stdin, reader.limits().maxDocumentLength());
        } catch (IOException e) {
          // Unreadable: reported in its place, after what came before it.
          flush();
          emit(unreadable(read + chunk.size(), source.name(), Inputs.describe(e)), null);
          continue;
        }
        chunk.add(new BatchReport.Document(source.name(), bytes));
        chunkHashes.add(log == null ? null : DecisionLog.sha256(bytes));
        chunkBytes += bytes.length;
        if (chunk.size() >= CHUNK_DOCUMENTS || chunkBytes >= CHUNK_BYTES) {
          flush();
        }
      }
      flush();
      progress.clear();
      if (json != null) {
        json.finish();
      } else {
        if (checked > 1) {
          // One record set's report already says it all; a batch ends with what adds up.
          out.print(RollUpText.render(rollUp.build(), judging.language));
          out.println();
        }
        out.print(TextReport.reconciliation(read, checked, rejected, failed, judging.language));
      }
      out.flush();
    }

    private void flush() throws IOException {
      if (chunk.isEmpty()) {
        return;
      }
      int base = read;
      BatchReport batch =
          BatchReport.check(judge, engine.policy().zone(), reader, List.copyOf(chunk), at);
      List<String> hashes = List.copyOf(chunkHashes.stream().map(h -> h == null ? "" : h).toList());
      chunk.clear();
      chunkHashes.clear();
      chunkBytes = 0;
      for (BatchReport.Input input : batch.inputs()) {
        String hash = hashes.get(input.index());
        emit(input.at(base + input.index()), hash.isEmpty() ? null : hash);
      }
    }

    private void emit(BatchReport.Input input, String inputSha256) throws IOException {
      progress.clear();
      read++;
      if (log != null) {
        log.record(
            input instanceof BatchReport.Checked done
                ? DecisionLog.of(input.source(), inputSha256, done.report(), engine, VERSION)
                : DecisionLog.notChecked(
                    input.source(),
                    inputSha256,
                    input instanceof BatchReport.Rejected ? "REJECTED" : "FAILED",
                    engine,
                    VERSION,
                    at));
      }
      if (input instanceof BatchReport.Checked done) {
        checked++;
        findings |= done.report().hasFindingsAtLeast(failOn.severity);
        ComplianceReport report = done.report();
        if (json == null) {
          rollUp.add(report);
        }
        if (exportDue != null && !report.due().isEmpty()) {
          due.add(
              new ComplianceReport(
                  report.records(),
                  report.records(Language.ZH),
                  report.asOf(),
                  report.zone(),
                  report.policyName(),
                  report.meetings(),
                  report.due(),
                  List.of(),
                  List.of()));
        }
      } else if (input instanceof BatchReport.Rejected refused) {
        rejected++;
        refused
            .problems()
            .forEach(p -> err.println(TerminalText.escape(p.toLine(refused.source()))));
      } else {
        failed++;
        err.println(TerminalText.escape(((BatchReport.Failed) input).toLine()));
      }
      err.flush();
      if (json != null) {
        json.write(input);
      } else {
        out.print(TextReport.input(input, judging.language));
        out.flush();
      }
      progress.update(read, checked, rejected + failed);
    }

    private BatchReport.Input unreadable(int index, String source, String problem) {
      Problem line = new Problem("document", "", BatchReport.READ_ERROR, problem);
      return new BatchReport.Rejected(
          index, source, "document", List.of(new BatchReport.LocatedProblem(line, null)));
    }
  }

  /** Parses {@code --as-of} as the records reader parses instants. */
  static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return RecordJson.parseInstant(value);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an instant: " + e.getMessage());
      }
    }
  }

  /** Parses {@code --format}, naming the choices on error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return choice(Format.class, value, "text, json");
    }
  }

  /** Parses {@code --lang}, naming the choices on error. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return choice(Language.class, value, "zh, en");
    }
  }

  /** Parses {@code --fail-on}, naming the choices on error. */
  static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return choice(FailOn.class, value, "violation, warning, due");
    }
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value, String choices) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + choices);
    }
  }
}
