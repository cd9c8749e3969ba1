package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.testkit.RandomRecords;

/**
 * One engine shared by eight threads gives exactly the reports of one thread: the engine is
 * immutable and every check has its own session. The records are random, so that every rule family
 * runs concurrently with the others.
 */
class ConcurrentChecksTest {

  /**
   * Record sets checked; {@code -Dmeetingpolicy.concurrency.records=10000} runs the full
   * size (about a minute and a half on two cores, too slow for every build).
   */
  static final int RECORDS = Integer.getInteger("meetingpolicy.concurrency.records", 1_000);

  static final int THREADS = 8;

  /** Record sets judged at one instant: what a batch-checking thread passes to checkAll. */
  static final int BLOCK = 5;

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;

  @Test
  void eightThreadsCheckingTheSameRecordsGetExactlyTheReportsOfOneThread() throws Exception {
    List<DepartmentRecords> records = new ArrayList<>(RECORDS);
    List<Instant> instants = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      RandomRecords random = RandomRecords.withSeed(1_000_000L + i);
      DepartmentRecords set = random.records(2);
      records.add(set);
      instants.add(i % BLOCK == 0 ? random.asOf(set) : instants.get(i - i % BLOCK));
    }
    List<ComplianceReport> expected = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      expected.add(ENGINE.check(records.get(i), instants.get(i)));
    }

    // Each thread checks half the record sets from its own offset, so that every set is checked by
    // several threads at different moments; odd threads use the batch API, so that chunked
    // sessions run concurrently with single ones.
    AtomicReferenceArray<String> mismatches = new AtomicReferenceArray<>(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> run(thread, records, instants, expected, mismatches)));
      }
      int checked = 0;
      for (Future<Integer> future : done) {
        checked += future.get(10, TimeUnit.MINUTES);
      }
      assertThat(checked).isEqualTo(RECORDS / BLOCK / 2 * BLOCK * THREADS);
    } finally {
      pool.shutdownNow();
    }
    for (int t = 0; t < THREADS; t++) {
      assertThat(mismatches.get(t)).as("thread %d", t).isNull();
    }
  }

  /** Checks half the blocks from the thread's offset; returns how many record sets it checked. */
  private static int run(
      int thread,
      List<DepartmentRecords> records,
      List<Instant> instants,
      List<ComplianceReport> expected,
      AtomicReferenceArray<String> mismatches) {
    int blocks = records.size() / BLOCK;
    int checked = 0;
    for (int k = 0; k < blocks / 2; k++) {
      int first = (thread * blocks / THREADS + k) % blocks * BLOCK;
      List<DepartmentRecords> block = records.subList(first, first + BLOCK);
      Instant asOf = instants.get(first);
      List<ComplianceReport> actual =
          thread % 2 == 0
              ? block.stream().map(r -> ENGINE.check(r, asOf)).toList()
              : ENGINE.checkAll(block, asOf).reports();
      for (int j = 0; j < BLOCK; j++) {
        if (!actual.get(j).equals(expected.get(first + j))) {
          mismatches.compareAndSet(thread, null, "record set " + (first + j) + " differs");
        }
      }
      checked += BLOCK;
    }
    return checked;
  }
}
