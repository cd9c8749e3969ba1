package org.meetingpolicy.json;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Severity;

/**
 * What became of every input of a checking run, in input order: checked with its report; rejected
 * with its problems, whether the input was unreadable or malformed; or failed, when a rule threw
 * while checking it. Nothing is dropped: {@code read() == checked() + rejected() + failed()}.
 * Immutable.
 *
 * <p>A run of any size need not be held whole: check its documents a chunk at a time with {@link
 * #check} and write each chunk's inputs with {@link ReportJson#batchWriter} as they come.
 *
 * @param asOf the instant the inputs were judged at
 * @param zone the zone in which the report's times are written
 * @param inputs one entry per input, in input order
 */
public record BatchReport(Instant asOf, ZoneId zone, List<Input> inputs) {

  /** Checks for nulls and copies the inputs. */
  public BatchReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    inputs = List.copyOf(inputs);
  }

  /**
   * The report of an engine's batch, naming each input by {@code sources} (same order and size as
   * the batch) and locating each problem with the input's {@link SourceMap}, when one is given.
   */
  public static BatchReport of(
      BatchResult result, List<String> sources, List<SourceMap> maps, Instant asOf, ZoneId zone) {
    if (sources.size() != result.read() || (!maps.isEmpty() && maps.size() != result.read())) {
      throw new IllegalArgumentException(
          "need one source (and one map, if any) per input: "
              + result.read()
              + " inputs, "
              + sources.size()
              + " sources, "
              + maps.size()
              + " maps");
    }
    List<Input> inputs = new ArrayList<>();
    for (CheckOutcome outcome : result.outcomes()) {
      int i = outcome.index();
      SourceMap map = maps.isEmpty() ? null : maps.get(i);
      inputs.add(Input.of(outcome, sources.get(i), map));
    }
    return new BatchReport(asOf, zone, inputs);
  }

  /**
   * Reads and checks documents in one batch: each is read with {@code reader}, the readable ones
   * are checked together with {@link ComplianceEngine#checkAll}, and every document comes back, in
   * the given order, checked or rejected with its problems located in its text.
   */
  public static BatchReport check(
      ComplianceEngine engine, RecordJson reader, List<Document> documents, Instant asOf) {
    return check(engine::checkAll, engine.policy().zone(), reader, documents, asOf);
  }

  /**
   * Reads and checks documents with another judge than one engine, such as a policy history's
   * ({@code HistoryChecker::checkAll}); otherwise as {@link #check(ComplianceEngine, RecordJson,
   * List, Instant)}.
   *
   * @param judge checks a batch of record sets at an instant
   * @param zone the zone the reports are written in
   */
  public static BatchReport check(
      java.util.function.BiFunction<List<DepartmentRecords>, Instant, BatchResult> judge,
      ZoneId zone,
      RecordJson reader,
      List<Document> documents,
      Instant asOf) {
    Input[] inputs = new Input[documents.size()];
    List<DepartmentRecords> readable = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<SourceMap> maps = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      try {
        readable.add(reader.read(document.json(), document.source()));
        names.add(document.source());
        maps.add(SourceMap.of(document.json()));
        positions.add(i);
      } catch (RecordReadException e) {
        inputs[i] = Input.unreadable(i, e);
      }
    }
    BatchReport checked = of(judge.apply(readable, asOf), names, maps, asOf, zone);
    for (int k = 0; k < positions.size(); k++) {
      inputs[positions.get(k)] = checked.inputs().get(k).at(positions.get(k));
    }
    return new BatchReport(asOf, zone, List.of(inputs));
  }

  /**
   * A document to check.
   *
   * @param source its name in reports, such as a file name or {@code <stdin>}
   * @param json its UTF-8 JSON text
   */
  public record Document(String source, byte[] json) {

    /** Rejects nulls. */
    public Document {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(json, "json");
    }
  }

  /** How many inputs there were. */
  public int read() {
    return inputs.size();
  }

  /** How many were checked. */
  public long checked() {
    return inputs.stream().filter(Checked.class::isInstance).count();
  }

  /** How many were rejected as unreadable or malformed. */
  public long rejected() {
    return inputs.stream().filter(Rejected.class::isInstance).count();
  }

  /** The reports of the checked inputs, in input order. */
  public List<ComplianceReport> reports() {
    return inputs.stream()
        .filter(Checked.class::isInstance)
        .map(i -> ((Checked) i).report())
        .toList();
  }

  /** How many failed because a rule threw while checking them. */
  public long failed() {
    return inputs.stream().filter(Failed.class::isInstance).count();
  }

  /** Whether some checked input has a finding at least as serious as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return reports().stream().anyMatch(r -> r.hasFindingsAtLeast(threshold));
  }

  /**
   * One line: {@code 3 record set(s) read, 2 checked, 1 rejected}, and {@code , 1 failed} when a
   * rule failed for some input.
   */
  public String reconciliation() {
    return reconciliation(read(), checked(), rejected(), failed());
  }

  /** The reconciliation line of {@link #reconciliation()} for these counts. */
  public static String reconciliation(long read, long checked, long rejected, long failed) {
    return read
        + " record set(s) read, "
        + checked
        + " checked, "
        + rejected
        + " rejected"
        + (failed > 0 ? ", " + failed + " failed" : "");
  }

  /** One input of the run. */
  public sealed interface Input permits Checked, Rejected, Failed {

    /** The input's position in the run, from 0. */
    int index();

    /** The input's name, such as its file name or {@code <stdin>}. */
    String source();

    /** This input at another position in the run. */
    Input at(int index);

    /** The entry for an engine outcome; {@code map}, if not null, locates its problems. */
    static Input of(CheckOutcome outcome, String source, @Nullable SourceMap map) {
      if (outcome instanceof CheckOutcome.Checked checked) {
        return new Checked(checked.index(), source, checked.report());
      }
      if (outcome instanceof CheckOutcome.Failed failed) {
        return new Failed(
            failed.index(),
            source,
            org.meetingpolicy.core.validation.RecordValidator.describe(failed.records()),
            failed.error().rule(),
            String.valueOf(failed.error().getMessage()).lines().findFirst().orElse(""));
      }
      CheckOutcome.Rejected rejected = (CheckOutcome.Rejected) outcome;
      List<LocatedProblem> problems =
          rejected.problems().problems().stream()
              .map(p -> new LocatedProblem(p, map == null ? null : map.find(p.path()).orElse(null)))
              .toList();
      return new Rejected(
          rejected.index(),
          source,
          rejected.records() == null
              ? "record set"
              : org.meetingpolicy.core.validation.RecordValidator.describe(rejected.records()),
          problems);
    }

    /** The entry for an input that could not be read at all. */
    static Input unreadable(int index, RecordReadException error) {
      Problem problem = new Problem("document", error.path(), READ_ERROR, error.problem());
      return new Rejected(
          index,
          error.source(),
          "document",
          List.of(new LocatedProblem(problem, error.position().orElse(null))));
    }
  }

  /** The constraint name of a problem that kept a document from being read. */
  public static final String READ_ERROR = "Readable";

  /**
   * An input that was read and checked.
   *
   * @param index the position in the run
   * @param source the input's name
   * @param report the compliance report
   */
  public record Checked(int index, String source, ComplianceReport report) implements Input {

    /** Rejects nulls. */
    public Checked {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(report, "report");
    }

    @Override
    public Checked at(int newIndex) {
      return new Checked(newIndex, source, report);
    }
  }

  /**
   * An input that was rejected: unreadable, or read but malformed. Nothing in it was judged.
   *
   * @param index the position in the run
   * @param source the input's name
   * @param records what the input held, such as {@code records of department 'sales'}, or {@code
   *     document} when it could not be read
   * @param problems every problem found, at least one
   */
  public record Rejected(int index, String source, String records, List<LocatedProblem> problems)
      implements Input {

    /** Rejects nulls and an empty problem list; copies the list. */
    public Rejected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(records, "records");
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejected input needs at least one problem");
      }
    }

    @Override
    public Rejected at(int newIndex) {
      return new Rejected(newIndex, source, records, problems);
    }
  }

  /**
   * An input that was read and well-formed, but a rule threw while checking it: a bug in a rule,
   * not in the input. Nothing of it was reported.
   *
   * @param index the position in the run
   * @param source the input's name
   * @param records what the input held, such as {@code records of department 'sales'}
   * @param rule the failing rule's name; null when the engine could not tell
   * @param message the failure, naming the rule and the records
   */
  public record Failed(
      int index, String source, String records, @Nullable String rule, String message)
      implements Input {

    /** Rejects nulls but the rule. */
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(records, "records");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public Failed at(int newIndex) {
      return new Failed(newIndex, source, records, rule, message);
    }

    /** One line: {@code a.json: rule "X" failed while checking ...}. */
    public String toLine() {
      return source + ": " + message;
    }
  }

  /**
   * A problem and where it is in the input.
   *
   * @param problem the problem, with its record, path, constraint and message
   * @param position where it is; null when unknown
   */
  public record LocatedProblem(Problem problem, @Nullable SourcePosition position) {

    /** Rejects a null problem. */
    public LocatedProblem {
      Objects.requireNonNull(problem, "problem");
    }

    /** The position, if known. */
    public Optional<SourcePosition> where() {
      return Optional.ofNullable(position);
    }

    /**
     * One line naming the input: {@code a.json:12:7: meetings[0].plannedEnd: must not be before
     * plannedStart}.
     */
    public String toLine(String source) {
      StringBuilder text = new StringBuilder(source);
      if (position != null) {
        text.append(':').append(position);
      }
      text.append(": ");
      if (!problem.path().isEmpty()) {
        text.append(problem.path()).append(": ");
      }
      return text.append(problem.message()).toString();
    }
  }
}
