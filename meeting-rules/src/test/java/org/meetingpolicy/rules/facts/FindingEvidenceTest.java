package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * The evidence the facts add to the findings of a family of rules that share it (4.1–4.8's items,
 * 4.1–4.8's presenters, 5.6's catch-up rules), in the order the reports list it, after whatever the
 * rule added itself.
 */
class FindingEvidenceTest {

  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();
  private static final MeetingFact GOLDEN =
      new MeetingFact(
          0, GoldenMeeting.GOLDEN, SampleDepartment.department(), POLICY, GoldenMeeting.AS_OF);

  /**
   * The metadata of a rule of the 4.1–4.8 family, whose consequence names each finding's clause.
   */
  private static final TestRule ITEM_RULE =
      new TestRule(
          "4.1–4.8 required item not on the agenda",
          Map.of(
              "clause", "4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8",
              "ruleId", "agenda.required-item.missing",
              "en", "No {itemName} item at {deadline} ({items} items).",
              "zh", "截至 {deadline} 仍没有“{itemName}”（共 {items} 项）。"));

  private static final TestRule MONTHLY_RULE =
      new TestRule(
          "4.1–4.8 monthly item on no regular meeting of the month yet, still due",
          Map.of(
              "clause", "4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8",
              "ruleId", "agenda.monthly-item.due",
              "en", "No meeting of {month} ({meetings}) has a {itemName} item yet.",
              "zh", "{month} 的例会（{meetings}）尚未安排“{itemName}”。"));

  @Test
  void aMissingItemFindingIsForTheItemsClauseAndNamesItInEachLanguage() {
    MeetingFact bare =
        new MeetingFact(
            0,
            GoldenMeeting.GOLDEN.toBuilder().agenda(null).build(),
            SampleDepartment.department(),
            POLICY,
            GoldenMeeting.AS_OF);
    AgendaRequirement marketAnalysis = new AgendaRequirement(bare, AgendaCategory.MARKET_ANALYSIS);

    Finding missing =
        marketAnalysis
            .finding(
                new Findings.Builder(
                    ITEM_RULE, Severity.VIOLATION, marketAnalysis, marketAnalysis.deadline()))
            .finding();

    assertThat(missing.clauseId()).isEqualTo("4.3");
    assertThat(missing.evidence())
        .extracting(Evidence::name)
        .containsExactly("category", "deadline", "lead", "items");
    assertThat(missing.evidence())
        .extracting(Evidence::data)
        .containsExactly(
            "MARKET_ANALYSIS",
            GoldenMeeting.START.toInstant().minus(POLICY.agendaLeadTime()),
            POLICY.agendaLeadTime(),
            0);
    assertThat(missing.message(Language.EN)).startsWith("No market analysis item at ");
    assertThat(missing.message(Language.ZH)).contains("“市场动态分析”（共 0 项）");
  }

  @Test
  void aMonthlyItemFindingNamesTheMonthAndItsRegularMeetings() {
    PeriodFact november =
        new PeriodFact(
            0, PeriodKind.MONTH, POLICY.monthOf(GoldenMeeting.AS_OF), POLICY, GoldenMeeting.AS_OF);
    MonthlyAgendaRequirement stories =
        new MonthlyAgendaRequirement(
            november, AgendaCategory.SUCCESS_STORIES, false, List.of("m-a", "m-b"));

    Finding due =
        stories
            .finding(new Findings.Builder(MONTHLY_RULE, Severity.DUE, stories, stories.deadline()))
            .finding();

    assertThat(due.clauseId()).isEqualTo("4.2");
    assertThat(due.evidence())
        .extracting(Evidence::name)
        .containsExactly("category", "month", "meetings", "deadline");
    assertThat(due.evidence())
        .extracting(Evidence::data)
        .containsExactly(
            "SUCCESS_STORIES", "2026-11", List.of("m-a", "m-b"), november.period().end());
    assertThat(due.message(Language.EN))
        .isEqualTo("No meeting of 2026-11 (m-a, m-b) has a success stories item yet.");
    assertThat(due.message(Language.ZH)).isEqualTo("2026-11 的例会（m-a、m-b）尚未安排“成功案例分享”。");
  }

  @Test
  void aPresenterFindingIsAboutTheItemAndReadsUnknownForAnUnrecordedPresenter() {
    TestRule rule =
        new TestRule(
            "4.4 practical problems raised by someone else",
            Map.of(
                "clause", "4.4",
                "ruleId", "agenda.practical-problems.presenter-not-sales-staff",
                "en", "Item {item} is raised by {presenter} ({position}); due by {deadline}.",
                "zh", "议程项 {item} 由 {presenter}（{position}）提出。"));
    AgendaItem problems = GoldenMeeting.GOLDEN.agenda().items().get(3);
    AgendaItem byStranger =
        new AgendaItem(
            problems.id(),
            problems.title(),
            problems.category(),
            PersonId.of("p-stranger"),
            problems.presenterRole(),
            false,
            List.of());
    Instant deadline = GOLDEN.beforeStart(POLICY.agendaLeadTime());

    Finding byManager =
        GOLDEN
            .presenterFinding(
                new Findings.Builder(rule, Severity.VIOLATION, GOLDEN, deadline),
                new AgendaItem(
                    problems.id(),
                    problems.title(),
                    problems.category(),
                    SampleDepartment.MANAGER,
                    null,
                    false,
                    List.of()))
            .finding();
    Finding byUnknown =
        GOLDEN
            .presenterFinding(
                new Findings.Builder(rule, Severity.VIOLATION, GOLDEN, deadline), byStranger)
            .finding();

    assertThat(byManager.subject()).isEqualTo(GOLDEN.agendaItemSubject(problems.id()));
    assertThat(byManager.evidence())
        .extracting(Evidence::name)
        .containsExactly("item", "presenter", "position", "deadline", "lead");
    assertThat(byManager.evidence())
        .extracting(Evidence::data)
        .containsExactly("a4", "p-wang-wei", "MANAGER", deadline, POLICY.agendaLeadTime());
    assertThat(byUnknown.message(Language.EN))
        .startsWith("Item a4 is raised by p-stranger (unknown); due by ");
  }

  @Test
  void aCatchUpFindingNamesWhoMissedWhatFromWhenAndByWhenAfterWhatTheRuleAdded() {
    Participant absent =
        new Participant(
            GOLDEN,
            SampleDepartment.SALES_1,
            null,
            true,
            null,
            null,
            false,
            false,
            false,
            false,
            null);
    // The catch-up period runs from the first distribution of the minutes.
    Instant distributed =
        GoldenMeeting.GOLDEN.minutes().distributions().stream()
            .map(Distribution::at)
            .min(Instant::compareTo)
            .orElseThrow();
    Instant deadline = distributed.plus(POLICY.catchUpPeriod());
    Instant caughtUp = deadline.plus(Duration.ofHours(5));
    TestRule rule =
        new TestRule(
            "5.6 caught up later than the deadline",
            Map.of(
                "clause", "5.6",
                "ruleId", "discipline.catch-up.late",
                "en", "{person} missed ({missed}) and caught up {late} after {deadline}.",
                "zh", "{person}（{missed}）晚了 {late}。"));

    Finding late =
        absent
            .catchUpFinding(
                new Findings.Builder(rule, Severity.VIOLATION, absent, caughtUp)
                    .with("caughtUpAt", caughtUp)
                    .with("late", Duration.ofHours(5)))
            .finding();

    assertThat(late.evidence())
        .extracting(Evidence::name)
        .containsExactly("caughtUpAt", "late", "person", "missed", "from", "period", "deadline");
    assertThat(late.evidence())
        .extracting(Evidence::data)
        .containsExactly(
            caughtUp,
            Duration.ofHours(5),
            "p-chen-jie",
            "absent",
            distributed,
            POLICY.catchUpPeriod(),
            deadline);
    assertThat(late.message(Language.EN))
        .startsWith("p-chen-jie missed (absent) and caught up 5 h");
    assertThat(late.subject()).isEqualTo(absent.subject());
  }
}
