package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.EvaluationJson;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.json.SourceMap;
import org.meetingpolicy.report.EvaluationPage;
import org.meetingpolicy.report.EvaluationText;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.metrics.EffectivenessEvaluator;
import org.meetingpolicy.rules.metrics.EffectivenessReport;
import org.meetingpolicy.rules.metrics.EvaluationPeriods;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meeting-check evaluate}: the effectiveness evaluation of a period (policy section 8) as
 * text, JSON ({@code docs/evaluation-format.md}) or one self-contained HTML page.
 *
 * <p>The inputs are read together as one department's records, so that a quarter kept in monthly
 * files is evaluated as one. Exit codes as the main command's, without 1: 0 evaluated; 2 invalid
 * input, a bad option or a period that cannot be evaluated; 3 an internal error.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    version = MeetingCheck.VERSION,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Evaluates the effectiveness of a period's meetings (section 8).",
      "Prints each metric with its change against the previous period (8.9) and its target"
          + " (8.4), the emergency and online meetings with their reasons, the survey and"
          + " feedback, and the breaches per policy section. The inputs are read together as the"
          + " records of one department."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:evaluated",
      "2:invalid input: unreadable or malformed records, records of different departments, a"
          + " period that is unknown or has not begun by --as-of, a bad option, policy file or"
          + " output file",
      "3:internal error"
    })
final class Evaluate implements Callable<Integer> {

  /** Exit code: the evaluation was written. */
  static final int EVALUATED = 0;

  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Records files, directories (every *.json in them, sorted by name) or - for standard"
              + " input, read together as one department's records.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description =
          "The period to evaluate: a quarter such as 2026-Q4, a half-year (2026-H2), a month"
              + " (2026-11) or an ISO week (2026-W46).")
  String period;

  @Option(
      names = "--periods",
      paramLabel = "N",
      defaultValue = "2",
      converter = PeriodCountConverter.class,
      description =
          "How many periods to report, ending with --period; the trend runs over them: 1 to"
              + " 104. Default: ${DEFAULT-VALUE}, the period and the one before.")
  int periods;

  @Mixin CommonOptions.Judging judging;

  @Mixin CommonOptions.PolicyFile policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text, json or html. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the evaluation to this file (UTF-8) instead of standard output.")
  Path output;

  @Mixin CommonOptions.Debug debug;

  private final InputStream stdin;
  private final Clock clock;

  /** A command reading standard input from {@code stdin} and taking "now" from {@code clock}. */
  Evaluate(InputStream stdin, Clock clock) {
    this.stdin = stdin;
    this.clock = clock;
  }

  /** The most periods {@code --periods} takes: two years of weeks, 25 years of quarters. */
  static final int MAX_PERIODS = 104;

  @Override
  public Integer call() throws IOException {
    try {
      return run();
    } catch (Error e) {
      throw new MeetingCheck.FatalError(e);
    }
  }

  private Integer run() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      String evaluation = evaluate(err);
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(evaluation);
        out.flush();
      } else {
        write(evaluation);
      }
      return EVALUATED;
    } catch (Inputs.InvalidInputException e) {
      if (e.getMessage() != null) {
        err.println(spec.qualifiedName() + ": " + e.getMessage());
      }
      err.flush();
      return MeetingCheck.INVALID_INPUT;
    }
  }

  /** Reads, checks and evaluates; the evaluation in the format asked for. */
  private String evaluate(PrintWriter err) throws Inputs.InvalidInputException {
    MeetingPolicy policy = Inputs.policy(policyFile.file);
    Instant at = judging.asOf(clock);
    if (periods > MAX_PERIODS) {
      throw new Inputs.InvalidInputException(
          "--periods " + periods + ": at most " + MAX_PERIODS + " periods (two years of weeks)");
    }
    CalendarPeriod evaluated = EvaluationPeriods.parse(period, policy.zone());
    requireEarliestPeriod(evaluated, policy);
    refuseOutputAmongInputs();
    // Checked before anything is read: the evaluator refuses such a period too, but as an
    // IllegalArgumentException that this command could not tell from a bug.
    if (!evaluated.start().isBefore(at)) {
      throw new Inputs.InvalidInputException(
          "period "
              + evaluated.label()
              + " begins "
              + org.meetingpolicy.rules.facts.Format.instant(evaluated.start(), policy.zone())
              + " ("
              + policy.zone()
              + "), not before the instant of evaluation "
              + org.meetingpolicy.rules.facts.Format.instant(at, policy.zone())
              + ": nothing to evaluate yet");
    }
    DepartmentRecords records = read(err);
    ComplianceEngine engine = Engines.forPolicy(policy);
    EffectivenessReport report =
        new EffectivenessEvaluator(engine).report(records, evaluated, periods, at);
    return switch (format) {
      case TEXT -> EvaluationText.render(report, judging.language);
      case HTML -> EvaluationPage.render(report, judging.language);
      case JSON -> EvaluationJson.toJson(report);
    };
  }

  /**
   * Checks that the first of the {@code --periods} periods can be named: they run back from {@code
   * --period}, and none may begin before the year 0000 (the evaluator would fail on it).
   */
  private void requireEarliestPeriod(CalendarPeriod evaluated, MeetingPolicy policy)
      throws Inputs.InvalidInputException {
    CalendarPeriod first = evaluated;
    try {
      // Each period's comparison (8.9) needs the one before it too.
      for (int i = 0; i < periods; i++) {
        first = EvaluationPeriods.previous(first, policy.zone());
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new Inputs.InvalidInputException(
          "--period "
              + period
              + " with --periods "
              + periods
              + " reaches back before the year 0000: nothing to compare with");
    }
  }

  /** Refuses an {@code --output} that is one of the inputs or the policy file: it would be lost. */
  private void refuseOutputAmongInputs() throws Inputs.InvalidInputException {
    if (output == null) {
      return;
    }
    List<Path> read = new ArrayList<>();
    if (policyFile.file != null) {
      read.add(policyFile.file);
    }
    for (String input : inputs) {
      if (input.isEmpty() || input.equals("-")) {
        continue;
      }
      Path path = Path.of(input);
      read.add(path);
      if (Files.isDirectory(path)) {
        try {
          Inputs.sourcesOf(input).stream()
              .map(Inputs.Source::path)
              .filter(java.util.Objects::nonNull)
              .forEach(read::add);
        } catch (IOException e) {
          // Reported when the inputs are read.
        }
      }
    }
    for (Path file : read) {
      if (same(output, file)) {
        throw new Inputs.InvalidInputException(
            "--output "
                + output
                + " is one of the inputs ("
                + file
                + "): writing it would destroy what is read; name another file");
      }
    }
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall through to comparing the names.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Reads every input and joins them into one department's records, then validates the whole: a
   * part alone may refer to a meeting in another (the next meeting of a quarter's last one). Every
   * problem goes to {@code err}, one line each naming the file, line, column and path in it, before
   * giving up.
   */
  private DepartmentRecords read(PrintWriter err) throws Inputs.InvalidInputException {
    List<Inputs.Source> sources = Inputs.allSourcesOf(inputs);
    RecordJson reader = RecordJson.create();
    List<Part> parts = new ArrayList<>();
    boolean unreadable = false;
    for (int i = 0; i < sources.size(); i++) {
      Inputs.Source source = sources.get(i);
      byte[] json;
      try {
        json = source.read(stdin, reader.limits().maxDocumentLength());
      } catch (IOException e) {
        throw new Inputs.InvalidInputException(source.name() + ": " + Inputs.describe(e));
      }
      try {
        parts.add(new Part(source.name(), json, reader.read(json, source.name())));
      } catch (RecordReadException e) {
        // The same one line per problem as the main command, from the same entry of a batch.
        BatchReport.Rejected rejected = (BatchReport.Rejected) BatchReport.Input.unreadable(i, e);
        rejected.problems().forEach(p -> err.println(p.toLine(source.name())));
        unreadable = true;
      }
    }
    if (unreadable) {
      throw Inputs.InvalidInputException.reported();
    }
    DepartmentRecords joined = join(parts);
    ValidationResult result;
    try (RecordValidator validator = RecordValidator.create()) {
      result = validator.validate(joined);
    }
    if (!result.isValid()) {
      result.problems().forEach(p -> err.println(locate(p, parts)));
      throw Inputs.InvalidInputException.reported();
    }
    return joined;
  }

  /** One input read: its name, its text (to locate problems in) and its records. */
  private record Part(String name, byte[] json, DepartmentRecords records) {}

  /** The parts as one department's records, in input order. */
  private static DepartmentRecords join(List<Part> parts) throws Inputs.InvalidInputException {
    Department department = parts.get(0).records().department();
    if (parts.size() == 1) {
      return parts.get(0).records();
    }
    List<Meeting> meetings = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    List<PolicyRevision> revisions = new ArrayList<>();
    for (Part part : parts) {
      DepartmentRecords records = part.records();
      if (!records.department().equals(department)) {
        String id = records.department().id().value();
        String first = parts.get(0).name();
        throw new Inputs.InvalidInputException(
            part.name()
                + (id.equals(department.id().value())
                    ? ": department '" + id + "' is described otherwise than in " + first
                    : ": department '"
                        + id
                        + "', not '"
                        + department.id().value()
                        + "' as in "
                        + first)
                + ": the inputs of an evaluation are one department's records");
      }
      meetings.addAll(records.meetings());
      evaluations.addAll(records.evaluations());
      revisions.addAll(records.revisions());
    }
    return new DepartmentRecords(department, meetings, evaluations, revisions);
  }

  private static final Pattern ELEMENT =
      Pattern.compile("(meetings|evaluations|revisions)\\[(\\d+)\\](.*)");

  /**
   * A problem of the joined records as a line naming the input it comes from, with its path in that
   * input and the line and column there: {@code meetings[27]} of the whole may be {@code
   * meetings[14]} of the second file. Problems of the department, the same in every input, are
   * placed in the first.
   */
  private static String locate(Problem problem, List<Part> parts) {
    Part part = parts.get(0);
    String path = problem.path();
    Matcher element = ELEMENT.matcher(path);
    if (element.matches()) {
      int index = Integer.parseInt(element.group(2));
      for (Part each : parts) {
        int size = elements(each.records(), element.group(1));
        if (index < size) {
          part = each;
          path = element.group(1) + "[" + index + "]" + element.group(3);
          break;
        }
        index -= size;
      }
    }
    Problem local = new Problem(problem.record(), path, problem.constraint(), problem.message());
    return new BatchReport.LocatedProblem(local, SourceMap.of(part.json()).find(path).orElse(null))
        .toLine(part.name());
  }

  private static int elements(DepartmentRecords records, String list) {
    return switch (list) {
      case "meetings" -> records.meetings().size();
      case "evaluations" -> records.evaluations().size();
      default -> records.revisions().size();
    };
  }

  private void write(String evaluation) throws Inputs.InvalidInputException {
    try {
      Files.writeString(output, evaluation, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Inputs.InvalidInputException("cannot write " + output + ": " + Inputs.describe(e));
    }
  }

  /** Checks {@code --period} names a period, whatever the zone it is later read in. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        EvaluationPeriods.parse(value, ZoneOffset.UTC);
        return value;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not a period: a quarter such as 2026-Q4, a half-year (2026-H2),"
                + " a month (2026-11) or an ISO week (2026-W46)");
      }
    }
  }

  /** Parses {@code --periods}: a whole number from 1 (the command checks the maximum). */
  static final class PeriodCountConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int count;
      try {
        count = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
      }
      if (count < 1) {
        throw new CommandLine.TypeConversionException("'" + value + "' is below 1");
      }

      return count;
    }
  }

  /** Parses {@code --format}, naming the choices on error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return MeetingCheck.choice(Format.class, value, "text, json, html");
    }
  }
}
