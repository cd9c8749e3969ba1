package org.meetingpolicy.execmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meetingpolicy.benchmarks.Records;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.fixtures.RandomRecords;
import org.meetingpolicy.core.fixtures.SampleDepartment;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.rules.Severity;

/**
 * The precompiled executable model makes the same findings and applicable clauses as the same DRL
 * compiled at run time (ComplianceEngine's way): for the golden meeting, meeting-benchmarks'
 * non-compliant records, a six-week series and random records of every shape.
 */
class ExecModelEquivalenceTest {

  private static final RecordValidator VALIDATOR = RecordValidator.create();

  private static KieBase drl;
  private static KieBase exec;

  @BeforeAll
  static void buildBoth() {
    drl = PolicyKieBases.fromDrl();
    exec = PolicyKieBases.precompiled();
  }

  @Test
  void bothHaveTheSameRules() {
    assertThat(ruleNames(exec))
        .hasSize(drl.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
        .isEqualTo(ruleNames(drl));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void sameFindingsAndApplicableClauses(String name, DepartmentRecords records, Instant asOf) {
    VALIDATOR.requireValid(records);
    PolicyKieBases.Fired expected = PolicyKieBases.fire(drl, records, asOf);
    PolicyKieBases.Fired actual = PolicyKieBases.fire(exec, records, asOf);
    assertThat(actual.findings()).as(name).containsExactlyInAnyOrderElementsOf(expected.findings());
    assertThat(actual.applies()).as(name).containsExactlyInAnyOrderElementsOf(expected.applies());
  }

  @Test
  void theComparisonIsNotVacuous() {
    PolicyKieBases.Fired many = PolicyKieBases.fire(exec, Records.manyFindings(), Records.AS_OF);
    assertThat(many.findings()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(many.findings())
        .anyMatch(f -> f.finding().severity() == Severity.VIOLATION)
        .extracting(f -> f.finding().ruleId())
        .doesNotContainNull();
    PolicyKieBases.Fired golden = PolicyKieBases.fire(exec, Records.golden(), Records.AS_OF);
    assertThat(golden.findings()).noneMatch(f -> f.finding().severity() == Severity.VIOLATION);
    assertThat(golden.applies()).isNotEmpty();
  }

  static Stream<Arguments> records() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("golden", Records.golden(), Records.AS_OF));
    all.add(Arguments.of("manyFindings", Records.manyFindings(), Records.AS_OF));
    List<DepartmentRecords> batch = Records.batch(40, Records.SEED);
    for (int i = 0; i < batch.size(); i++) {
      all.add(Arguments.of("batch(40)[" + i + "]", batch.get(i), Records.AS_OF));
    }
    all.add(
        Arguments.of(
            "six-week series",
            DepartmentRecords.of(
                SampleDepartment.department(),
                GoldenMeeting.weeklySeries(GoldenMeeting.START.minusWeeks(5), 6)),
            Records.AS_OF));
    for (long seed = 0; seed < 40; seed++) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      all.add(Arguments.of("random seed " + seed, records, random.asOf(records)));
    }
    return all.stream();
  }

  private static TreeSet<String> ruleNames(KieBase kieBase) {
    TreeSet<String> names = new TreeSet<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        names.add(kiePackage.getName() + "/" + rule.getName());
      }
    }
    return names;
  }
}
