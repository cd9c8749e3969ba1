package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * The engine runs the executable model precompiled at build time; the DRL it comes from is the
 * source of the policy and still compiles at run time when a host adds rules. Both must judge
 * alike, rule for rule.
 */
@Tag(RuleTestSupport.BUILDS_ENGINE)
class ExecutableModelTest {

  private static final ComplianceEngine FROM_DRL = ComplianceEngine.builder().fromDrl().build();

  @Test
  void theDefaultEngineRunsThePrecompiledModelWithEveryRuleOfTheDrl() {
    assertThat(RuleTestSupport.ENGINE.runsPrecompiledModel()).isTrue();
    assertThat(FROM_DRL.runsPrecompiledModel()).isFalse();
    assertThat(RuleTestSupport.ENGINE.rules()).isEqualTo(FROM_DRL.rules());
  }

  /** Property: the model and the DRL make the same report, whatever the records and instant. */
  @Test
  void theModelAndTheDrlMakeTheSameReports() {
    ComplianceEngine model = RuleTestSupport.ENGINE;
    assertThat(model.check(GoldenMeeting.records(), GoldenMeeting.AS_OF))
        .isEqualTo(FROM_DRL.check(GoldenMeeting.records(), GoldenMeeting.AS_OF));
    assertThat(model.check(SampleQuarters.records(), SampleQuarters.AS_OF))
        .isEqualTo(FROM_DRL.check(SampleQuarters.records(), SampleQuarters.AS_OF));
    for (long seed : RandomRecords.seeds(200).toArray()) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      Instant asOf = random.asOf(records);
      assertThat(model.check(records, asOf))
          .as("seed %d (RandomRecords.withSeed)", seed)
          .isEqualTo(FROM_DRL.check(records, asOf));
    }
  }

  @Test
  void aHostsRulesAreCompiledWithTheBuiltInDrl() {
    ComplianceEngine withHostRules =
        ComplianceEngine.builder()
            .addRules(
                "empty.drl", "package com.example.sales\nimport org.meetingpolicy.rules.facts.*\n")
            .build();

    assertThat(withHostRules.runsPrecompiledModel()).isFalse();
    assertThat(withHostRules.rules()).isEqualTo(FROM_DRL.rules());
  }
}
