package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clause catalogue against the rules' metadata: every R clause is enforced. */
class CatalogueCoverageTest {

  private static final ClauseCatalogue CATALOGUE = ClauseCatalogue.builtIn();

  @Test
  void catalogueHoldsThePolicyClausesInClauseOrder() {
    assertThat(CATALOGUE.all()).hasSize(83);
    assertThat(CATALOGUE.ofKind(ClauseKind.R)).hasSize(56);
    assertThat(CATALOGUE.all()).extracting(Clause::id).isSortedAccordingTo(ClauseIds.ORDER);
    assertThat(CATALOGUE.get("3.4").textEn()).contains("at least one week");
    assertThat(CATALOGUE.get("3.4").textZh()).contains("至少提前一周");
    assertThat(CATALOGUE.get("3.10").section()).startsWith("3 ");
  }

  @Test
  void everyRClauseHasAtLeastOneRuleThatMakesFindings() {
    Set<String> enforced =
        RuleTestSupport.ENGINE.rules().stream()
            .filter(RuleInfo::findsSomething)
            .flatMap(r -> r.clauseIds().stream())
            .collect(Collectors.toSet());
    List<String> unenforced =
        CATALOGUE.ofKind(ClauseKind.R).stream()
            .map(Clause::id)
            .filter(id -> !enforced.contains(id))
            .toList();

    assertThat(unenforced).as("R clauses without a rule").isEmpty();
  }

  @Test
  void everyRClauseThatCanBeCompliedWithStatesWhereItApplies() {
    Set<String> withApplies =
        RuleTestSupport.ENGINE.rules().stream()
            .filter(RuleInfo::statesApplicability)
            .flatMap(r -> r.clauseIds().stream())
            .collect(Collectors.toSet());
    List<String> missing =
        CATALOGUE.ofKind(ClauseKind.R).stream()
            .map(Clause::id)
            .filter(id -> !withApplies.contains(id))
            .toList();

    assertThat(missing).as("R clauses without an 'applies' rule").isEmpty();
  }

  @Test
  void ruleIdsAreUniqueAndFollowTheFileNaming() {
    List<RuleInfo> rules = RuleTestSupport.ENGINE.rules();
    assertThat(rules).extracting(RuleInfo::ruleId).doesNotHaveDuplicates();
    // An obligation's findings (<id>-due, <id>-missing) name no other rule.
    assertThat(
            rules.stream()
                .flatMap(
                    r ->
                        r.obligation()
                            ? java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(r.ruleId()), r.findingRuleIds().stream())
                            : java.util.stream.Stream.of(r.ruleId())))
        .doesNotHaveDuplicates();
    assertThat(rules)
        .allSatisfy(
            r ->
                assertThat(r.ruleId())
                    .matches(
                        "(organization|schedule|agenda|discipline|minutes|resolutions|evaluation|special|revision)\\.[a-z0-9.-]+"));
  }

  @Test
  void clauseIdsOrderNumerically() {
    List<String> ids =
        new java.util.ArrayList<>(List.of("3.10", "10.2", "3.9", "2.1", "X-1", "3.4"));
    ids.sort(ClauseIds.ORDER);
    assertThat(ids).containsExactly("2.1", "3.4", "3.9", "3.10", "10.2", "X-1");
  }

  @Test
  void testsRunWithEveryConstraintJitCompiledAtFirstUse() {
    // The Temporal.compareTo pitfall of DROOLS-NOTES.md appears only once Drools JIT-compiles a
    // constraint; the build forces that at the first evaluation so every rule test covers it.
    assertThat(System.getProperty("drools.jittingThreshold")).isEqualTo("0");
  }
}
