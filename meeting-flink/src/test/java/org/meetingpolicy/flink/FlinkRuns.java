package org.meetingpolicy.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;

/** The mini cluster the tests run on, and what a run of the job wrote. */
final class FlinkRuns {

  static final int PARALLELISM = 2;

  private FlinkRuns() {}

  /** One task manager with two slots: parallelism 2, as on this machine's two cores. */
  static MiniClusterExtension cluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());
  }

  /**
   * A batch environment on the mini cluster at parallelism 2, restarting a failed task up to three
   * times, with Kryo off so that every type crossing a task boundary has a real serializer.
   */
  static StreamExecutionEnvironment environment() {
    Configuration config = new Configuration();
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ZERO);
    config.set(PipelineOptions.GENERIC_TYPES, false);
    // As the job's main does: every stage at parallelism 2, not sized by bytes.
    config.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.configure(config);
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    env.setParallelism(PARALLELISM);
    return env;
  }

  /** What a run wrote under its output directory, line by line, and its counts. */
  record Output(
      Reconciliation counts,
      List<String> findings,
      List<String> checked,
      List<String> rejected,
      List<String> clauses,
      long checkedParts) {

    static Output read(Reconciliation counts, Path dir) {
      return new Output(
          counts,
          lines(dir.resolve(GroupCheck.FINDINGS)),
          lines(dir.resolve(GroupCheck.CHECKED)),
          lines(dir.resolve(GroupCheck.REJECTED)),
          lines(dir.resolve(GroupCheck.CLAUSES)),
          files(dir.resolve(GroupCheck.CHECKED)).size());
    }

    /** The committed part files; in-progress files of failed attempts are hidden. */
    private static List<Path> files(Path dir) {
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        return files
            .filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().startsWith("."))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The lines of the committed part files. */
    private static List<String> lines(Path dir) {
      List<String> lines = new ArrayList<>();
      try {
        for (Path file : files(dir)) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return lines;
    }
  }

  /**
   * The finding lines {@link ComplianceEngine#checkAll} gives on one machine for the record sets,
   * named by {@code sources}, written as the job writes them.
   */
  static List<String> expectedFindings(
      ComplianceEngine engine, List<DepartmentRecords> sets, List<String> sources, Instant asOf) {
    List<String> lines = new ArrayList<>();
    for (CheckOutcome outcome : engine.checkAll(sets, asOf).outcomes()) {
      if (BatchReport.Input.of(outcome, sources.get(outcome.index()), null)
          instanceof BatchReport.Checked checked) {
        ComplianceReport report = checked.report();
        String department = outcome.records().department().id().value();
        report
            .findings()
            .forEach(
                f ->
                    lines.add(
                        ReportJson.findingLine(department, checked.source(), f, report.zone())));
      }
    }
    return lines;
  }
}
