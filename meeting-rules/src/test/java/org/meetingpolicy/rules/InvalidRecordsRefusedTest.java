package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.InvalidRecordException;
import org.meetingpolicy.core.validation.Problem;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.RecordVariants;
import org.meetingpolicy.testkit.RecordVariants.Broken;
import org.meetingpolicy.testkit.RecordVariants.Fault;

/**
 * Random records broken in one place are never judged: {@code check} throws {@link
 * InvalidRecordException} naming the place, and {@code checkAll} returns them as rejected while it
 * checks the well-formed ones beside them exactly as alone.
 */
class InvalidRecordsRefusedTest {

  /** Seeds per fault. */
  static final int SEEDS = 30;

  /** Record sets per batch; about a third broken. */
  static final int BATCH = 10;

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void checkRefusesRecordsBrokenByEachFaultNamingThePlace(Fault fault) {
    int refused = 0;
    for (long seed : RandomRecords.seeds(SEEDS).toArray()) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      Instant asOf = random.asOf(records);
      Optional<Broken> broken = RecordVariants.broken(records, fault, random.random());
      if (broken.isEmpty()) {
        continue;
      }
      Broken b = broken.get();

      InvalidRecordException refusal =
          catchThrowableOfType(InvalidRecordException.class, () -> ENGINE.check(b.records(), asOf));

      assertThat(refusal).as("seed %d: %s is refused", seed, b).isNotNull();
      assertThat(refusal.result().problems())
          .as("seed %d: %s", seed, b)
          .anySatisfy(
              p -> {
                assertThat(p.path()).isEqualTo(b.path());
                assertThat(p.constraint()).isEqualTo(b.constraint());
              });
      assertThat(refusal.getMessage()).as("seed %d", seed).contains(b.path());
      refused++;
    }
    assertThat(refused).as("record sets broken by %s", fault).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("batchSeeds")
  void checkAllRejectsBrokenRecordSetsAndChecksTheOthersAsIfAlone(long seed) {
    Random random = new Random(seed);
    List<DepartmentRecords> batch = new ArrayList<>();
    List<Broken> faults = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      DepartmentRecords records = RandomRecords.withSeed(seed * 1_000 + i).records();
      Broken broken = random.nextInt(3) == 0 ? RecordVariants.broken(records, random) : null;
      batch.add(broken == null ? records : broken.records());
      faults.add(broken);
    }
    Instant asOf = RandomRecords.withSeed(seed).asOf(batch.get(0));

    BatchResult result = ENGINE.checkAll(batch, asOf);

    assertThat(result.read()).isEqualTo(BATCH);
    assertThat(result.rejected()).isEqualTo(faults.stream().filter(b -> b != null).count());
    for (int i = 0; i < BATCH; i++) {
      CheckOutcome outcome = result.outcomes().get(i);
      Broken broken = faults.get(i);
      String where = "batch seed " + seed + ", record set " + i;
      assertThat(outcome.index()).as(where).isEqualTo(i);
      assertThat(outcome.records()).as(where).isSameAs(batch.get(i));
      if (broken == null) {
        assertThat(outcome).as(where).isInstanceOf(CheckOutcome.Checked.class);
        EnginePropertiesTest.assertSameReport(
            ((CheckOutcome.Checked) outcome).report(), ENGINE.check(batch.get(i), asOf), where);
      } else {
        assertThat(outcome).as("%s: %s", where, broken).isInstanceOf(CheckOutcome.Rejected.class);
        ValidationResult problems = ((CheckOutcome.Rejected) outcome).problems();
        assertThat(problems.problems())
            .as("%s: %s", where, broken)
            .extracting(Problem::path, Problem::constraint)
            .contains(org.assertj.core.groups.Tuple.tuple(broken.path(), broken.constraint()));
      }
    }
  }

  static LongStream batchSeeds() {
    return RandomRecords.seeds(SEEDS / 3);
  }
}
