package org.meetingpolicy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Finding;
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
 * The engine overhead, measured in one run: the rules of clauses 3.4 and 3.7 as DRL in an engine
 * with every other rule disabled, against the same rules in plain Java ({@link
 * PlainJavaNoticeRules}), over the same 10,000 varied records. Scores are records per second;
 * {@code drools / plainJavaValidated} is the overhead of the rule engine for the same job
 * (validation included on both sides), {@code drools / plainJava} the overhead of everything the
 * engine adds. The setup refuses to run unless both give identical findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class NoticeRulesBenchmark {

  private static final int RECORDS = 10_000;

  private ComplianceEngine engine;
  private PlainJavaNoticeRules plain;
  private RecordValidator validator;
  private List<DepartmentRecords> batch;

  /** Builds both and checks that they agree on every record. */
  @Setup
  public void setUp() {
    engine = Engines.onlyClauses(PlainJavaNoticeRules.SUBSET_CLAUSES);
    plain = new PlainJavaNoticeRules(engine.policy());
    validator = RecordValidator.create();
    batch = Records.batch(RECORDS, Records.SEED);
    List<List<Finding>> byDrools = new ArrayList<>();
    engine.checkAll(batch, Records.AS_OF).reports().forEach(r -> byDrools.add(r.findings()));
    List<List<Finding>> byJava = plainJava();
    if (!byDrools.equals(byJava)) {
      throw new IllegalStateException("the plain-Java rules disagree with the DRL rules");
    }
  }

  /** The DRL subset through the engine: validation, facts, session, report. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public BatchResult drools() {
    return engine.checkAll(batch, Records.AS_OF);
  }

  /** The plain-Java rules, validating each record first like the engine. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public List<List<Finding>> plainJavaValidated() {
    List<List<Finding>> out = new ArrayList<>(batch.size());
    for (DepartmentRecords records : batch) {
      validator.requireValid(records);
      out.add(plain.findings(records, Records.AS_OF));
    }
    return out;
  }

  /** The plain-Java rules alone. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public List<List<Finding>> plainJava() {
    List<List<Finding>> out = new ArrayList<>(batch.size());
    for (DepartmentRecords records : batch) {
      out.add(plain.findings(records, Records.AS_OF));
    }
    return out;
  }
}
