package org.meetingpolicy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.RecordVariants;
import org.meetingpolicy.testkit.RecordVariants.Broken;
import org.meetingpolicy.testkit.RecordVariants.Fault;

/**
 * Random well-formed records broken in one random place are reported at that very place: whatever
 * the shape of the records, the index of the meeting or the depth of the value, validation names
 * the path and the constraint, in both languages. Each failure names the seed that replays it.
 */
class BrokenRecordsValidationTest {

  /** Seeds per fault; each breaks one random place of {@code RandomRecords.withSeed(seed)}. */
  static final int SEEDS = 80;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void eachFaultIsReportedAtItsPathWithItsConstraint(Fault fault) {
    List<String> failures = new ArrayList<>();
    int broken = 0;
    for (long seed : RandomRecords.seeds(SEEDS).toArray()) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      Optional<Broken> variant = RecordVariants.broken(records, fault, random.random());
      if (variant.isEmpty()) {
        continue;
      }
      broken++;
      Broken b = variant.get();
      ValidationResult result = Validators.ENGLISH.validate(b.records());
      boolean reported =
          result.problems().stream()
              .anyMatch(p -> p.path().equals(b.path()) && p.constraint().equals(b.constraint()));
      if (!reported) {
        failures.add("seed " + seed + ": " + b + "; reported instead:\n" + result);
      }
      Set<String> english = pathsAndConstraints(result);
      Set<String> chinese = pathsAndConstraints(Validators.CHINESE.validate(b.records()));
      if (!english.equals(chinese)) {
        failures.add("seed " + seed + ": " + b + ": Chinese problems differ: " + chinese);
      }
    }

    assertThat(failures).as("%s in %d seeds", fault, SEEDS).isEmpty();
    // Every fault but one needs only a meeting, which nearly every record set has.
    assertThat(broken)
        .as("record sets that offered a place for %s", fault)
        .isGreaterThan((int) RandomRecords.seeds(SEEDS).count() / 2);
  }

  private static Set<String> pathsAndConstraints(ValidationResult result) {
    return result.problems().stream()
        .map(p -> p.path() + " " + p.constraint())
        .collect(Collectors.toSet());
  }
}
