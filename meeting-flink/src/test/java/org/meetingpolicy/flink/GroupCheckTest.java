package org.meetingpolicy.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.RecordVariants;

/**
 * The job on a mini cluster at parallelism 2 finds what {@link ComplianceEngine#checkAll} finds on
 * one machine, rejects what it rejects, and loses or repeats nothing when a task fails.
 */
class GroupCheckTest {

  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  /** As the CLI's tests judge the samples: after the sample month. */
  private static final Instant SAMPLES_AS_OF = RecordJson.parseInstant("2026-12-10T12:00+08:00");

  /** Within the random records' three years, so that some obligations are due, some missed. */
  private static final Instant RANDOM_AS_OF = RecordJson.parseInstant("2026-06-30T18:00+08:00");

  /** How many generated record sets the equivalence test checks, twice (job and checkAll). */
  private static final int GENERATED = 2_000;

  /** How many departments the generated record sets are spread over. */
  private static final int DEPARTMENTS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RecordJson RECORDS = RecordJson.create();
  private static ComplianceEngine engine;

  @TempDir Path dir;

  @BeforeAll
  static void compileRules() {
    engine = ComplianceEngine.createDefault();
  }

  @Test
  void samplesGiveTheFindingsOfCheckAll() throws Exception {
    Path samples = Path.of("../meeting-examples/samples");
    List<Path> files =
        List.of(
            samples.resolve("compliant-month.json"), samples.resolve("noncompliant-month.json"));
    List<DepartmentRecords> sets = new ArrayList<>();
    for (Path file : files) {
      sets.add(RECORDS.read(file));
    }

    FlinkRuns.Output output = run(files, SAMPLES_AS_OF, env -> {});

    List<String> expected =
        FlinkRuns.expectedFindings(
            engine, sets, files.stream().map(Path::toString).toList(), SAMPLES_AS_OF);
    assertThat(expected).as("the non-compliant sample has findings").isNotEmpty();
    assertThat(byFileName(output.findings())).containsExactlyElementsOf(byFileName(expected));
    assertThat(output.counts()).isEqualTo(new Reconciliation(2, 2, 0, expected.size()));
    assertThat(output.checked()).hasSize(2);
    assertThat(output.rejected()).isEmpty();
  }

  @Test
  void generatedRecordSetsGiveTheFindingsOfCheckAll() throws Exception {
    Generated generated = generate(GENERATED, 4);

    FlinkRuns.Output output = run(generated.files(), RANDOM_AS_OF, env -> {});

    List<String> expected =
        FlinkRuns.expectedFindings(engine, generated.sets(), generated.sources(), RANDOM_AS_OF);
    assertThat(byFileName(output.findings())).containsExactlyElementsOf(byFileName(expected));
    assertThat(output.counts())
        .isEqualTo(new Reconciliation(GENERATED, GENERATED, 0, expected.size()));
    assertThat(sourcesOf(output.checked()))
        .containsExactlyInAnyOrderElementsOf(generated.sources());
    assertThat(output.checkedParts()).as("part files, one per checking task").isEqualTo(2);
    assertRollUpAddsUp(output, expected);
  }

  @Test
  void malformedRecordSetsAreRejectedAndTheRestChecked() throws Exception {
    DepartmentRecords golden = GoldenMeeting.records();
    RecordVariants.Broken broken =
        RecordVariants.broken(golden, RecordVariants.Fault.REVERSED_INTERVAL, new Random(7))
            .orElseThrow();
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n", line(golden), "{\"department\": ", line(broken.records()), "", line(golden)),
        StandardCharsets.UTF_8);

    FlinkRuns.Output output = run(List.of(file), GoldenMeeting.AS_OF, env -> {});

    assertThat(output.counts().read()).isEqualTo(5);
    assertThat(output.counts().checked()).isEqualTo(2);
    assertThat(output.counts().rejected()).isEqualTo(3);
    assertThat(sourcesOf(output.checked()))
        .containsExactlyInAnyOrder("mixed.jsonl:1", "mixed.jsonl:5");
    List<JsonNode> rejected = output.rejected().stream().map(GroupCheckTest::parse).toList();
    assertThat(rejected)
        .extracting(r -> fileName(r.get("source").asText()))
        .containsExactlyInAnyOrder("mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4");
    JsonNode malformed =
        rejected.stream()
            .filter(r -> r.get("source").asText().endsWith(":3"))
            .findFirst()
            .orElseThrow();
    assertThat(malformed.get("problems"))
        .anySatisfy(
            p -> {
              assertThat(p.get("path").asText()).isEqualTo(broken.path());
              assertThat(p.get("constraint").asText()).isEqualTo(broken.constraint());
            });
    JsonNode unreadable =
        rejected.stream()
            .filter(r -> r.get("source").asText().endsWith(":2"))
            .findFirst()
            .orElseThrow();
    assertThat(unreadable.get("records").asText()).isEqualTo("document");
  }

  /** Failures injected by {@link FailOnce}; the mini cluster runs in this JVM. */
  private static final AtomicInteger INJECTED = new AtomicInteger();

  @Test
  void aTaskThatFailsIsRestartedAndEveryRecordSetIsWrittenOnce() throws Exception {
    Generated generated = generate(300, 3);
    INJECTED.set(0);

    FlinkRuns.Output output =
        run(
            generated.files(),
            RANDOM_AS_OF,
            env -> {},
            streams ->
                new GroupCheck.Streams(
                    // Chained to the check: the failure restarts the checking task with it.
                    streams.findings().map(new FailOnce(50)).returns(Types.STRING),
                    streams.checked(),
                    streams.rejected(),
                    streams.clauses()));

    assertThat(INJECTED.get()).as("failures injected").isEqualTo(1);
    List<String> expected =
        FlinkRuns.expectedFindings(engine, generated.sets(), generated.sources(), RANDOM_AS_OF);
    assertThat(byFileName(output.findings())).containsExactlyElementsOf(byFileName(expected));
    assertThat(sourcesOf(output.checked()))
        .containsExactlyInAnyOrderElementsOf(generated.sources());
    assertThat(output.counts()).isEqualTo(new Reconciliation(300, 300, 0, expected.size()));
  }

  /**
   * Throws once, in the first subtask that passes {@code after} elements in its first attempt; the
   * other subtask may pass that count too, so the counter moves only when it throws.
   */
  static final class FailOnce extends RichMapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private final int after;
    private int seen;

    FailOnce(int after) {
      this.after = after;
    }

    @Override
    public String map(String value) {
      var task = getRuntimeContext().getTaskInfo();
      if (task.getAttemptNumber() == 0 && ++seen == after && INJECTED.compareAndSet(0, 1)) {
        throw new IllegalStateException("injected failure after " + after + " findings");
      }
      return value;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private interface Setup {
    void apply(StreamExecutionEnvironment env);
  }

  private interface Wiring {
    GroupCheck.Streams apply(GroupCheck.Streams streams);
  }

  private FlinkRuns.Output run(List<Path> inputs, Instant asOf, Setup setup) throws Exception {
    return run(inputs, asOf, setup, streams -> streams);
  }

  private FlinkRuns.Output run(List<Path> inputs, Instant asOf, Setup setup, Wiring wiring)
      throws Exception {
    StreamExecutionEnvironment env = FlinkRuns.environment();
    setup.apply(env);
    Path out = dir.resolve("out");
    GroupCheck.Streams streams =
        GroupCheck.define(
            env,
            inputs.stream().map(p -> new org.apache.flink.core.fs.Path(p.toUri())).toList(),
            PolicySource.DEFAULTS,
            asOf);
    wiring.apply(streams).writeTo(new org.apache.flink.core.fs.Path(out.toUri()));
    Reconciliation counts = Reconciliation.of(env.execute("test"));
    return FlinkRuns.Output.read(counts, out);
  }

  /** Generated record sets, one per seed, in {@code files} JSON Lines files. */
  private record Generated(List<DepartmentRecords> sets, List<String> sources, List<Path> files) {}

  private Generated generate(int count, int fileCount) throws IOException {
    // The generator's records all belong to department "sales"; spread them over a group so that
    // keying by department spreads them over the tasks.
    List<DepartmentRecords> sets = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int f = 0; f < fileCount; f++) {
      texts.add(new StringBuilder());
      lines.add(0);
    }
    for (int seed = 0; seed < count; seed++) {
      String text =
          line(RandomRecords.withSeed(seed).records())
              .replace("\"sales\"", "\"sales-" + seed % DEPARTMENTS + "\"");
      DepartmentRecords records = RECORDS.read(text, "seed " + seed);
      int f = seed % fileCount;
      texts.get(f).append(text).append('\n');
      lines.set(f, lines.get(f) + 1);
      sets.add(records);
      sources.add("sets-" + f + ".jsonl:" + lines.get(f));
    }
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < fileCount; f++) {
      Path file = dir.resolve("in").resolve("sets-" + f + ".jsonl");
      Files.createDirectories(file.getParent());
      Files.writeString(file, texts.get(f), StandardCharsets.UTF_8);
      files.add(file);
    }
    return new Generated(sets, sources, List.of(dir.resolve("in")));
  }

  /** The records as one line of JSON. */
  private static String line(DepartmentRecords records) {
    return parse(RECORDS.write(records)).toString();
  }

  private static void assertRollUpAddsUp(FlinkRuns.Output output, List<String> expected) {
    long violations =
        expected.stream()
            .filter(l -> parse(l).get("severity").asText().equals("VIOLATION"))
            .count();
    List<JsonNode> clauses = output.clauses().stream().map(GroupCheckTest::parse).toList();
    assertThat(clauses).extracting(c -> c.get("clause").asText()).doesNotHaveDuplicates();
    assertThat(clauses.stream().mapToLong(c -> c.get("violations").asLong()).sum())
        .isEqualTo(violations);
  }

  /**
   * The lines with each source cut to its file name (the job names files by URI), sorted: the job's
   * output is in no particular order, and comparing sorted lists stays linear for the generated
   * sets' tens of thousands of findings.
   */
  private static List<String> byFileName(List<String> lines) {
    return lines.stream()
        .map(
            l -> {
              ObjectNode node = (ObjectNode) parse(l);
              node.put("source", fileName(node.get("source").asText()));
              return node.toString();
            })
        .sorted()
        .toList();
  }

  private static List<String> sourcesOf(List<String> lines) {
    return lines.stream().map(l -> fileName(parse(l).get("source").asText())).toList();
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
