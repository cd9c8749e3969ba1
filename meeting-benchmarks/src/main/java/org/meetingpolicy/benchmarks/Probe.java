package org.meetingpolicy.benchmarks;

import java.util.List;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.BatchResult;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ComplianceEngine;

/**
 * Checks a generated batch again and again, for a profiler (JFR, see docs/PERFORMANCE.md): {@code
 * Probe <records> <rounds>}, or {@code Probe golden <rounds>} for single checks. Its timings are
 * one noisy run each, not measurements.
 */
public final class Probe {
  private Probe() {}

  /** Runs {@code args[1]} rounds over {@code args[0]} records. */
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.createDefault();
    System.out.printf("engine %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    if (args[0].equals("golden")) {
      // One record per check, as CheckBenchmark does.
      DepartmentRecords golden = Records.golden();
      for (int r = 0; r < Integer.parseInt(args[1]); r++) {
        long s = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
          engine.check(golden, Records.AS_OF);
        }
        System.out.printf("round %d: %.1f us/check%n", r, (System.nanoTime() - s) / 2e6);
      }
      return;
    }
    List<DepartmentRecords> batch = Records.batch(Integer.parseInt(args[0]), Records.SEED);
    int rounds = Integer.parseInt(args[1]);
    for (int r = 0; r < rounds; r++) {
      long s = System.nanoTime();
      BatchResult result = engine.checkAll(batch, Records.AS_OF);
      long ns = System.nanoTime() - s;
      long findings = result.reports().stream().mapToLong(x -> x.findings().size()).sum();
      if (r == 0) {
        result.outcomes().stream()
            .filter(o -> o instanceof CheckOutcome.Rejected)
            .limit(3)
            .forEach(System.out::println);
      }
      System.out.printf(
          "round %d: %.1f us/record, rejected %d, findings %d%n",
          r, ns / 1e3 / batch.size(), result.rejected(), findings);
    }
  }
}
