package org.meetingpolicy.benchmarks;

import java.util.Set;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One record set of {@code meetings} meetings ({@link Records#dailySeries}) checked in one session:
 * the series rules see every meeting. Divide the score by {@code meetings} for the cost per
 * meeting; it must stay flat as the set grows (no quadratic joins). {@code rules=series} runs only
 * the rules of the series clauses, 3.1 (weekly cadence) and 3.5 (room bookings and clashes); {@code
 * rules=full} runs all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class SeriesBenchmark {

  /** Meetings in the record set. */
  @Param({"1000", "10000", "100000"})
  public int meetings;

  /** {@code series} (clauses 3.1 and 3.5 only) or {@code full}. */
  @Param({"series", "full"})
  public String rules;

  private ComplianceEngine engine;
  private DepartmentRecords records;

  /** Builds the engine and the record set. */
  @Setup
  public void setUp() {
    engine = rules.equals("full") ? Engines.full() : Engines.onlyClauses(Set.of("3.1", "3.5"));
    records = Records.dailySeries(meetings);
    long clashes =
        engine.check(records, Records.AS_OF).findings().stream()
            .filter(f -> f.ruleId().equals("schedule.room-booking-clash"))
            .count();
    if (clashes != (meetings + 49) / 50) {
      throw new IllegalStateException("expected a clash every 50 meetings, got " + clashes);
    }
  }

  /** Checks the whole set. */
  @Benchmark
  public ComplianceReport check() {
    return engine.check(records, Records.AS_OF);
  }
}
