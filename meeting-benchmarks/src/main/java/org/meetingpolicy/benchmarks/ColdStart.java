package org.meetingpolicy.benchmarks;

import java.lang.management.ManagementFactory;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;

/**
 * JVM start to the first report on one record, in a fresh process: builds the default engine and
 * checks the golden meeting, then prints one line of milliseconds since the JVM started. {@code
 * run-cold-start.sh} runs it repeatedly; it stands in for the command-line checker until that is
 * measured directly.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Prints {@code jvm-to-main=… engine-built=… first-report=… (ms since JVM start), build=… check=…
   * (ms)}.
   */
  public static void main(String[] args) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long main = System.currentTimeMillis();
    long t0 = System.nanoTime();
    ComplianceEngine engine = ComplianceEngine.createDefault();
    long t1 = System.nanoTime();
    ComplianceReport report = engine.check(Records.golden(), Records.AS_OF);
    long t2 = System.nanoTime();
    long end = System.currentTimeMillis();
    if (!report.isCompliant()) {
      throw new IllegalStateException("the golden meeting should comply: " + report.summary());
    }
    System.out.printf(
        "jvm-to-main=%d first-report=%d build=%.0f check=%.0f%n",
        main - jvmStart, end - jvmStart, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  }
}
