package org.meetingpolicy.benchmarks;

import java.util.concurrent.TimeUnit;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One record checked alone with {@link ComplianceEngine#check}: validation, one session, the
 * report. SampleTime gives the average and the percentiles (p50, p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CheckBenchmark {

  private ComplianceEngine engine;
  private DepartmentRecords golden;
  private DepartmentRecords manyFindings;

  /** Builds the engine and checks that the inputs give the findings they are meant to. */
  @Setup
  public void setUp() {
    engine = Engines.full();
    golden = Records.golden();
    manyFindings = Records.manyFindings();
    if (!engine.check(golden, Records.AS_OF).isCompliant()) {
      throw new IllegalStateException("the golden meeting must comply");
    }
    int findings = engine.check(manyFindings, Records.AS_OF).findings().size();
    if (findings < 20) {
      throw new IllegalStateException("expected many findings, got " + findings);
    }
  }

  /** The golden meeting: no findings. */
  @Benchmark
  public ComplianceReport golden() {
    return engine.check(golden, Records.AS_OF);
  }

  /** A meeting that breaks much of the policy. */
  @Benchmark
  public ComplianceReport manyFindings() {
    return engine.check(manyFindings, Records.AS_OF);
  }
}
