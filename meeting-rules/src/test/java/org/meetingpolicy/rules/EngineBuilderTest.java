package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine builder refuses wrong settings when they are made, before anything is compiled; the
 * shared engine describes its rules as their metadata says.
 */
class EngineBuilderTest {

  @Test
  void wrongSettingsAreRefusedAtOnce() {
    ComplianceEngine.Builder builder = ComplianceEngine.builder();

    assertThatThrownBy(() -> builder.chunkSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chunk size must be positive: 0");
    assertThatThrownBy(() -> builder.policy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.disableRule(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.addRules(Path.of("no", "such", "rules.drl")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("rules.drl");
    assertThat(builder.chunkSize(1)).isSameAs(builder);
  }

  @Test
  void sharedEngineListsItsRulesByClauseThenIdWithTheirMetadata() {
    ComplianceEngine engine = RuleTestSupport.ENGINE;
    List<RuleInfo> rules = engine.rules();

    assertThat(rules).isNotEmpty();
    assertThat(rules)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(RuleInfo::clauseId, ClauseIds.ORDER)
                .thenComparing(RuleInfo::ruleId));
    assertThat(rules).extracting(RuleInfo::ruleId).doesNotHaveDuplicates();
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(engine.catalogue().find(r.clauseId())).isPresent();
              assertThat(r.packageName()).isEqualTo("org.meetingpolicy.rules.drl");
              assertThat(r.name()).isNotBlank();
            });
    assertThat(rules).filteredOn(RuleInfo::findsSomething).isNotEmpty();
    assertThat(rules)
        .filteredOn(r -> r.ruleId().endsWith(".applies"))
        .allSatisfy(r -> assertThat(r.findsSomething()).isFalse());
    assertThat(engine.policy()).isEqualTo(MeetingPolicy.defaults());
    assertThat(engine.catalogue().all()).isEqualTo(ClauseCatalogue.builtIn().all());
  }
}
