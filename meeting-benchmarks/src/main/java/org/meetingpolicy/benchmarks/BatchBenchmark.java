package org.meetingpolicy.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.ComplianceEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput of {@link ComplianceEngine#checkAll} over varied one-meeting records ({@link
 * Records#batch}); the score is records per second, summed over threads ({@code -t 1} or {@code -t
 * 2}: each thread checks the whole batch with the one shared engine).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BatchBenchmark {

  /** The engine, shared by the threads like a host would share it. */
  @State(Scope.Benchmark)
  public static class Engine {
    ComplianceEngine engine;

    /** Builds the engine. */
    @Setup
    public void setUp() {
      engine = Engines.full();
    }
  }

  /** 10,000 records. */
  @State(Scope.Benchmark)
  public static class Batch10k {
    List<DepartmentRecords> batch;

    /** Generates the batch. */
    @Setup
    public void setUp() {
      batch = Records.batch(10_000, Records.SEED);
    }
  }

  /** 100,000 records. */
  @State(Scope.Benchmark)
  public static class Batch100k {
    List<DepartmentRecords> batch;

    /** Generates the batch. */
    @Setup
    public void setUp() {
      batch = Records.batch(100_000, Records.SEED);
    }
  }

  /** Checks 10,000 records. */
  @Benchmark
  @OperationsPerInvocation(10_000)
  public BatchResult records10k(Engine engine, Batch10k batch) {
    return check(engine.engine, batch.batch);
  }

  /** Checks 100,000 records. */
  @Benchmark
  @OperationsPerInvocation(100_000)
  public BatchResult records100k(Engine engine, Batch100k batch) {
    return check(engine.engine, batch.batch);
  }

  private static BatchResult check(ComplianceEngine engine, List<DepartmentRecords> batch) {
    BatchResult result = engine.checkAll(batch, Records.AS_OF);
    if (result.checked() != batch.size()) {
      throw new IllegalStateException("rejected records in the benchmark batch");
    }
    return result;
  }
}
