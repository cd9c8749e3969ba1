package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.validation.InvalidRecordException;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

class ComplianceEngineTest {

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;

  /** A host rule in its own clause: every meeting names at least 12 invitees. */
  private static final String HOST_RULES =
      """
      package com.example.sales

      import org.meetingpolicy.rules.facts.*

      rule "X-1 applies to every meeting"
          @clause("X-1") @ruleId("host.big-meetings.applies")
      when
          $m : MeetingFact( )
      then
          insert(Applies.to(drools, $m));
      end

      rule "X-1 meeting invites fewer than twelve people"
          @clause("X-1") @ruleId("host.big-meetings")
          @en("Only {invited} people are invited; department rule X-1 asks for 12.")
          @zh("仅邀请了 {invited} 人；部门规定 X-1 要求 12 人。")
      when
          $m : MeetingFact( meeting.invitations.size() < 12, $n : meeting.invitations.size() )
      then
          insert(Findings.violation(drools, $m, $m.start()).with("invited", $n).build());
      end
      """;

  private static final Clause HOST_CLAUSE =
      new Clause("X-1", ClauseKind.R, "Host rules", "会议至少邀请 12 人。", "Invite at least 12 people.");

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void hostRulesCiteTheirOwnClausesAndAppearInTheStatusTable() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .addClauses(List.of(HOST_CLAUSE))
            .addRules("big.drl", HOST_RULES)
            .build();

    ComplianceReport report = engine.check(GoldenMeeting.records(), GoldenMeeting.AS_OF);

    assertThat(engine.catalogue().get("X-1")).isEqualTo(HOST_CLAUSE);
    assertThat(engine.rules()).extracting(RuleInfo::ruleId).contains("host.big-meetings");
    assertThat(report.status("X-1")).isEqualTo(ClauseStatus.VIOLATED);
    assertThat(report)
        .hasSingleFinding("X-1")
        .fromRule("host.big-meetings")
        .withMessage(Language.EN, "Only 9 people are invited; department rule X-1 asks for 12.")
        .withMessage(Language.ZH, "仅邀请了 9 人；部门规定 X-1 要求 12 人。");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void hostRuleCitingAnUnknownClauseIsRefusedNamingTheRule() {
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("big.drl", HOST_RULES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-1 meeting invites fewer than twelve people")
        .hasMessageContaining("not in the catalogue");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void hostRuleThatDoesNotCompileIsRefusedWithTheCompilerMessage() {
    String broken =
        "package x\nrule \"broken\" @clause(\"3.4\") @ruleId(\"x\") when NoSuchFact() then end\n";
    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("broken.drl", broken).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoSuchFact");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void disabledRuleStaysSilentAndAClauseWithoutRulesIsNotChecked() {
    List<String> noticeRules =
        ENGINE.rules().stream()
            .filter(r -> r.clauseId().equals("3.4"))
            .map(RuleInfo::ruleId)
            .toList();
    ComplianceEngine.Builder builder = ComplianceEngine.builder();
    noticeRules.forEach(builder::disableRule);
    ComplianceEngine engine = builder.build();
    Meeting noNotice =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();

    ComplianceReport report = engine.check(records(noNotice), GoldenMeeting.AS_OF);

    assertThat(report.findingsOf("3.4")).isEmpty();
    assertThat(report.status("3.4")).isEqualTo(ClauseStatus.NOT_CHECKED);
    assertThat(engine.rules())
        .extracting(RuleInfo::ruleId)
        .doesNotContainAnyElementsOf(noticeRules);
    assertThat(ENGINE.check(records(noNotice), GoldenMeeting.AS_OF).status("3.4"))
        .isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void anObligationIsSwitchedOffByItsRuleNotByTheIdOfItsFindings() {
    assertThatThrownBy(() -> ComplianceEngine.builder().disableRule("schedule.notice-due").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("obligation rule schedule.notice");
    ComplianceEngine engine = ComplianceEngine.builder().disableRule("schedule.notice").build();
    Meeting noNotice =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();

    assertThat(engine.check(records(noNotice), GoldenMeeting.AS_OF).findings())
        .extracting(Finding::ruleId)
        .doesNotContain("schedule.notice-missing", "schedule.notice-due");
    assertThat(ENGINE.check(records(noNotice), GoldenMeeting.AS_OF).findings())
        .extracting(Finding::ruleId)
        .contains("schedule.notice-missing");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void disablingAnUnknownRuleIdFails() {
    assertThatThrownBy(() -> ComplianceEngine.builder().disableRule("no.such-rule").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such-rule");
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void ruleFailingAtRunTimeYieldsAnExceptionNamingTheRuleAndTheRecords() {
    String failing =
        """
        package com.example.failing
        import org.meetingpolicy.rules.facts.*
        rule "X-1 divides by zero"
            @clause("X-1") @ruleId("host.failing") @en("never") @zh("从不")
        when
            $m : MeetingFact( )
        then
            int zero = 0;
            System.out.println(1 / zero);
        end
        """;
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .addClauses(List.of(HOST_CLAUSE))
            .addRules("failing.drl", failing)
            .build();

    assertThatThrownBy(() -> engine.check(GoldenMeeting.records(), GoldenMeeting.AS_OF))
        .isInstanceOf(RuleExecutionException.class)
        .hasMessageContaining("X-1 divides by zero")
        .hasMessageContaining("m-2026-11-13")
        .satisfies(
            e -> assertThat(((RuleExecutionException) e).rule()).isEqualTo("X-1 divides by zero"));
    assertThat(engine.checkAll(List.of(GoldenMeeting.records()), GoldenMeeting.AS_OF).outcomes())
        .singleElement()
        .isInstanceOfSatisfying(
            CheckOutcome.Failed.class,
            f -> assertThat(f.error()).hasMessageContaining("m-2026-11-13"));
  }

  @Test
  void malformedRecordsAreRefusedWithEveryProblemNamed() {
    Meeting bad =
        GoldenMeeting.GOLDEN.toBuilder()
            .id(MeetingId.of(" "))
            .plannedEnd(GoldenMeeting.START.minusHours(1))
            .build();
    assertThatThrownBy(() -> ENGINE.check(records(bad), GoldenMeeting.AS_OF))
        .isInstanceOf(InvalidRecordException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRecordException) e).result().problems())
                    .extracting(p -> p.path())
                    .containsExactly("meetings[0].id", "meetings[0].plannedEnd"));
  }

  @Test
  void batchReturnsEveryInputCheckedOrRejectedInInputOrder() {
    Meeting bad = GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("")).build();
    List<DepartmentRecords> batch =
        List.of(GoldenMeeting.records(), records(bad), GoldenMeeting.records());

    BatchResult result = ENGINE.checkAll(batch, GoldenMeeting.AS_OF);

    assertThat(result.read()).isEqualTo(3);
    assertThat(result.checked()).isEqualTo(2);
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.outcomes()).extracting(CheckOutcome::index).containsExactly(0, 1, 2);
    assertThat(result.outcomes().get(1)).isInstanceOf(CheckOutcome.Rejected.class);
  }

  @Test
  void batchWithANullElementRejectsThatEntryAndChecksTheOthers() {
    List<DepartmentRecords> batch =
        java.util.Arrays.asList(GoldenMeeting.records(), null, GoldenMeeting.records());

    BatchResult result = ENGINE.checkAll(batch, GoldenMeeting.AS_OF);

    assertThat(result.checked()).isEqualTo(2);
    assertThat(result.outcomes().get(1))
        .isInstanceOfSatisfying(
            CheckOutcome.Rejected.class,
            r -> {
              assertThat(r.records()).isNull();
              assertThat(r.problems().problems())
                  .extracting(p -> p.constraint() + " " + p.message())
                  .containsExactly("NotNull must not be null");
            });
  }

  /** A host rule with a bug: it throws for the meeting with id "m-boom", and only for it. */
  private static final String THROWING_HOST_RULE =
      """
      package com.example.sales

      import org.meetingpolicy.rules.facts.*

      rule "X-1 host rule that throws for one meeting"
          @clause("X-1") @ruleId("host.throws")
      when
          $m : MeetingFact( meeting.id.value == "m-boom" )
      then
          throw new IllegalStateException("host bug");
      end
      """;

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void hostRuleThrowingForOneRecordSetFailsThatEntryNamingTheRuleAndReportsTheOthers() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .addClauses(List.of(HOST_CLAUSE))
            .addRules("throws.drl", THROWING_HOST_RULE)
            .build();
    Meeting boom = GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-boom")).build();
    List<DepartmentRecords> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(i == 2 ? records(boom) : GoldenMeeting.records());
    }

    BatchResult result = engine.checkAll(batch, GoldenMeeting.AS_OF);

    assertThat(result.read()).isEqualTo(5);
    assertThat(result.checked()).isEqualTo(4);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.outcomes().get(2))
        .isInstanceOfSatisfying(
            CheckOutcome.Failed.class,
            f -> {
              assertThat(f.index()).isEqualTo(2);
              assertThat(f.error().rule()).isEqualTo("X-1 host rule that throws for one meeting");
              assertThat(f.error()).hasMessageContaining("host bug");
            });
    // The same failure alone, through check(), is still an exception, never a partial report.
    assertThatThrownBy(() -> engine.check(records(boom), GoldenMeeting.AS_OF))
        .isInstanceOf(RuleExecutionException.class);
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void hostDrlWithAOneLineSyntaxErrorIsReportedAloneWithItsFileAndLine() {
    String broken =
        "package com.example.sales\n\nrule \"broken\" @clause(\"3.4\") @ruleId(\"x\")\n"
            + "when\n  MeetingFact( \nthen\nend\n";

    assertThatThrownBy(() -> ComplianceEngine.builder().addRules("broken.drl", broken).build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> {
              List<String> lines = e.getMessage().lines().toList();
              assertThat(lines.get(0)).startsWith("the rules do not compile: ");
              assertThat(lines.subList(1, lines.size()))
                  .isNotEmpty()
                  .hasSizeLessThanOrEqualTo(21)
                  .allMatch(l -> l.startsWith("broken.drl:") || l.startsWith("... and "));
              assertThat(lines.get(1)).matches("broken\\.drl:\\d+: .+");
              assertThat(e.getMessage()).hasSizeLessThan(4_000);
            });
  }

  @Test
  void chunkedBatchGivesExactlyTheReportsOfOneByOneChecks() {
    // Many record sets share a session in a chunk: a rule missing a join on the record set would
    // match across them. Sets here differ so that such a leak changes some report.
    List<DepartmentRecords> batch = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Meeting meeting = GoldenMeeting.startingAt(GoldenMeeting.START.minusWeeks(i % 4));
      if (i % 3 == 0) {
        meeting = meeting.toBuilder().notices(List.of()).responses(List.of()).build();
      }
      if (i % 4 == 1) {
        meeting = meeting.toBuilder().secretary(null).build();
      }
      batch.add(records(meeting));
    }
    batch.add(
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.weeklySeries(GoldenMeeting.START.minusWeeks(5), 4)));

    List<ComplianceReport> chunked = ENGINE.checkAll(batch, GoldenMeeting.AS_OF).reports();
    List<ComplianceReport> alone =
        batch.stream().map(r -> ENGINE.check(r, GoldenMeeting.AS_OF)).toList();

    assertThat(chunked).isEqualTo(alone);
  }

  @Test
  void sameInputGivesTheSameReportTextWhateverTheMeetingOrder() {
    List<Meeting> series =
        new ArrayList<>(GoldenMeeting.weeklySeries(GoldenMeeting.START.minusWeeks(3), 4));
    series.set(1, series.get(1).toBuilder().notices(List.of()).responses(List.of()).build());
    Instant asOf = GoldenMeeting.AS_OF;
    ComplianceReport first =
        ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), series), asOf);
    long seed = 20261127L;
    Collections.shuffle(series, new Random(seed));
    ComplianceReport shuffled =
        ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), series), asOf);

    assertThat(shuffled).as("seed %d", seed).isEqualTo(first);
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void checkWithoutAnInstantJudgesAsOfTheInjectedClock() {
    Instant now = GoldenMeeting.START.toInstant().minus(Duration.ofDays(10));
    ComplianceEngine engine =
        ComplianceEngine.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    Meeting noNotice =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();

    ComplianceReport report = engine.check(records(noNotice));

    assertThat(report.asOf()).isEqualTo(now);
    assertThat(report.status("3.4")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void everyRClauseHasAStatusInClauseOrder() {
    ComplianceReport report = ENGINE.check(GoldenMeeting.records(), GoldenMeeting.AS_OF);

    assertThat(report.clauses())
        .extracting(c -> c.clause().id())
        .containsAll(ENGINE.catalogue().ofKind(ClauseKind.R).stream().map(Clause::id).toList())
        .isSortedAccordingTo(ClauseIds.ORDER);
  }

  private static DepartmentRecords records(Meeting meeting) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting);
  }
}
