package org.meetingpolicy.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.testkit.RandomRecords;

/**
 * Record sets per second of the Flink job at parallelism 1 and 2 against {@link
 * ComplianceEngine#checkAll} on the same input, in one JVM: {@code java -cp
 * meeting-flink/target/meeting-flink-job.jar org.meetingpolicy.flink.GroupCheckBenchmark [count]
 * [rounds]} (default 2,000 generated record sets, 2 rounds; the last round is the one to quote, the
 * first warms the JIT). Each Flink run is a whole job on a fresh local mini cluster: start-up and
 * one rule-base compilation per task are included, as they would be in production; {@code checkAll}
 * is timed warm (engine built, JIT warmed by the previous round) and, separately, with the engine's
 * compilation.
 */
public final class GroupCheckBenchmark {

  private static final Instant AS_OF = RecordJson.parseInstant("2026-06-30T18:00+08:00");

  private GroupCheckBenchmark() {}

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("group-check-bench");
    List<String> lines = generate(count);
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    for (int f = 0; f < 4; f++) {
      List<String> part = new ArrayList<>();
      for (int i = f; i < lines.size(); i += 4) {
        part.add(lines.get(i));
      }
      Files.write(input.resolve("sets-" + f + ".jsonl"), part, StandardCharsets.UTF_8);
    }
    System.out.printf(
        "%d record sets, %d meetings, %d cores%n",
        count, meetings(lines), Runtime.getRuntime().availableProcessors());
    ComplianceEngine engine = null;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      ComplianceEngine fresh = ComplianceEngine.createDefault();
      long built = System.nanoTime();
      engine = engine == null ? fresh : engine;
      long t1 = System.nanoTime();
      int checked = checkAll(engine, lines);
      long t2 = System.nanoTime();
      report(round, "checkAll, warm engine (read + check)", checked, t2 - t1);
      report(round, "checkAll incl. engine build", checked, (built - t0) + (t2 - t1));
      for (int parallelism = 1; parallelism <= 2; parallelism++) {
        Path out = dir.resolve("out-" + round + "-" + parallelism);
        Configuration config = new Configuration();
        config.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
        StreamExecutionEnvironment env =
            StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        long s = System.nanoTime();
        GroupCheck.define(
                env,
                List.of(new org.apache.flink.core.fs.Path(input.toUri())),
                PolicySource.DEFAULTS,
                AS_OF)
            .writeTo(new org.apache.flink.core.fs.Path(out.toUri()));
        Reconciliation counts = Reconciliation.of(env.execute("benchmark p" + parallelism));
        long e = System.nanoTime();
        if (!counts.isComplete() || counts.checked() != checked) {
          throw new IllegalStateException("unexpected counts " + counts);
        }
        report(
            round,
            "Flink job, parallelism " + parallelism + " (whole job)",
            counts.checked(),
            e - s);
      }
    }
    delete(dir);
  }

  private static List<String> generate(int count) {
    RecordJson json = RecordJson.create();
    List<String> lines = new ArrayList<>();
    for (int seed = 0; seed < count; seed++) {
      DepartmentRecords records = RandomRecords.withSeed(seed).records();
      // One department per 20 record sets, so that keying by department spreads the work.
      lines.add(
          json.write(records)
              .replaceAll("\n\\s*", "")
              .replace("\"sales\"", "\"sales-" + seed % 100 + "\""));
    }
    return lines;
  }

  private static int meetings(List<String> lines) throws IOException {
    RecordJson json = RecordJson.create();
    int meetings = 0;
    for (String line : lines) {
      meetings += json.read(line, "bench").meetings().size();
    }
    return meetings;
  }

  private static int checkAll(ComplianceEngine engine, List<String> lines) throws IOException {
    RecordJson json = RecordJson.create();
    List<DepartmentRecords> sets = new ArrayList<>();
    for (String line : lines) {
      sets.add(json.read(line, "bench"));
    }
    return (int) engine.checkAll(sets, AS_OF).checked();
  }

  private static void report(int round, String what, long sets, long nanos) {
    System.out.printf(
        "round %d  %-45s %6d sets in %7.2f s = %8.1f record sets/s%n",
        round, what, sets, nanos / 1e9, sets / (nanos / 1e9));
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
