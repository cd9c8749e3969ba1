package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.meetingpolicy.importer.DueCalendar;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
 * input (unreadable or malformed records, a bad option or policy file); 3 an internal error.
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
      "3:internal error"
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

  @Option(
      names = "--as-of",
      paramLabel = "TIME",
      converter = InstantConverter.class,
      description =
          "Judge as of this instant: ISO-8601 with offset, such as 2026-12-10T12:00+08:00 or"
              + " 2026-12-10T04:00:00Z. Default: now.")
  Instant asOf;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A YAML or .properties file overriding policy parameters.")
  Path policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      converter = LanguageConverter.class,
      description = "Language of the text: zh or en. Default: ${DEFAULT-VALUE}.")
  Language language;

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

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  private final InputStream stdin;
  private final Clock clock;

  /** A command reading standard input from {@code stdin} and taking "now" from {@code clock}. */
  public MeetingCheck(InputStream stdin, Clock clock) {
    this.stdin = stdin;
    this.clock = clock;
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and
    // print its INFO banner; SLF4J (slf4j-simple, at warn) keeps the output clean.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(commandLine(System.in, Clock.systemUTC()).execute(args));
  }

  /**
   * The command line with this tool's error handling: a one-line message and exit code 2 for bad
   * usage, exit code 3 and no stack trace (unless {@code --debug}) for internal errors.
   */
  public static CommandLine commandLine(InputStream stdin, Clock clock) {
    MeetingCheck command = new MeetingCheck(stdin, clock);
    Evaluate evaluate = new Evaluate(stdin, clock);
    Import importer = new Import();
    CommandLine line = new CommandLine(command);
    // Before the settings below, which reach only the subcommands added by then.
    line.addSubcommand("evaluate", evaluate);
    line.addSubcommand("import", importer);
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
          boolean debug =
              commandLine.getCommand() == evaluate
                  ? evaluate.debug
                  : commandLine.getCommand() == importer ? importer.debug : command.debug;
          if (debug) {
            error.printStackTrace(err);
          } else {
            err.println(
                commandLine.getCommandSpec().qualifiedName()
                    + ": internal error: "
                    + error
                    + " (run with --debug for the stack trace)");
          }
          err.flush();
          return INTERNAL_ERROR;
        });
    return line;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MeetingPolicy policy;
    try {
      policy = Inputs.policy(policyFile);
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
        err.println("meeting-check: " + input + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    ComplianceEngine engine = ComplianceEngine.builder().policy(policy).build();
    if (listRules) {
      out.print(RuleList.render(engine, language));
      out.flush();
      if (sources.isEmpty()) {
        return COMPLIANT;
      }
    }
    List<BatchReport.Document> documents = new ArrayList<>();
    RecordJson reader = RecordJson.create();
    for (Inputs.Source source : sources) {
      try {
        documents.add(
            new BatchReport.Document(
                source.name(), source.read(stdin, reader.limits().maxDocumentLength())));
      } catch (IOException e) {
        err.println("meeting-check: " + source.name() + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    BatchReport batch =
        BatchReport.check(engine, reader, documents, asOf == null ? clock.instant() : asOf);
    for (BatchReport.Input input : batch.inputs()) {
      if (input instanceof BatchReport.Rejected rejected) {
        rejected.problems().forEach(p -> err.println(p.toLine(rejected.source())));
      }
    }
    err.flush();
    if (format == Format.JSON) {
      out.print(ReportJson.toJson(batch));
    } else {
      out.print(TextReport.render(batch, language));
    }
    out.flush();
    if (exportDue != null) {
      try {
        Files.writeString(
            exportDue,
            DueCalendar.of(language, DueCalendar.DEFAULT_ALARM).write(batch.reports()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("meeting-check: cannot write " + exportDue + ": " + Inputs.describe(e));
        return INVALID_INPUT;
      }
    }
    if (batch.rejected() > 0) {
      return INVALID_INPUT;
    }
    return batch.hasFindingsAtLeast(failOn.severity) ? FINDINGS : COMPLIANT;
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
