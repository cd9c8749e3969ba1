package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/** The one place where "past the deadline" is decided for every obligation a rule states. */
class ObligationTest {

  private static final Instant DEADLINE = Instant.parse("2026-12-04T06:00:00Z");
  private static final MeetingId MEETING = MeetingId.of("m-1");
  private static final Rule RULE =
      new TestRule(
          "test obligation",
          Map.of(
              "clause", "3.7",
              "ruleId", "schedule.reconfirmation",
              "dueEn", "Reconfirm by {deadline}.",
              "dueZh", "须在 {deadline} 前确认。",
              "en", "Not reconfirmed by {deadline}; first heard {heard}.",
              "zh", "截至 {deadline} 未确认；首次：{heard}。"));

  @Test
  void unmetBeforeItsDeadlineIsDue() {
    List<Object> decided = obligation(DEADLINE.minusSeconds(1), false).decide();

    assertThat(decided).hasSize(2);
    assertThat(decided.get(0)).isEqualTo(new Applies("3.7", Subject.meeting(MEETING), 4));
    Finding due = ((FindingFact) decided.get(1)).finding();
    assertThat(due.severity()).isEqualTo(Severity.DUE);
    assertThat(due.ruleId()).isEqualTo("schedule.reconfirmation-due");
    assertThat(due.at()).isEqualTo(DEADLINE);
    assertThat(due.evidence()).extracting(Evidence::name).containsExactly("deadline");
    assertThat(due.message(Language.EN)).startsWith("Reconfirm by 2026-12-04");
    assertThat(due.message(Language.ZH)).startsWith("须在 2026年12月4日");
  }

  @Test
  void unmetAtItsDeadlineIsAViolationWithTheEvidenceKnownOnlyThen() {
    List<Object> decided = obligation(DEADLINE, false).decide();

    Finding missing = ((FindingFact) decided.get(1)).finding();
    assertThat(missing.severity()).isEqualTo(Severity.VIOLATION);
    assertThat(missing.ruleId()).isEqualTo("schedule.reconfirmation-missing");
    assertThat(missing.at()).isEqualTo(DEADLINE);
    assertThat(missing.evidence()).extracting(Evidence::name).containsExactly("deadline", "heard");
    assertThat(missing.message(Language.EN)).contains("first heard 2 h");
  }

  @Test
  void metMakesNoFindingButTheClauseApplies() {
    for (Instant asOf : List.of(DEADLINE.minusSeconds(60), DEADLINE, DEADLINE.plusSeconds(60))) {
      assertThat(obligation(asOf, true).decide())
          .containsExactly(new Applies("3.7", Subject.meeting(MEETING), 4));
    }
  }

  @Test
  void aboutNamesAnotherSubjectForTheFindingAndTheApplicability() {
    Subject person = Subject.person(MEETING, PersonId.of("p-1"));
    List<Object> decided =
        Obligation.of(RULE, fact(DEADLINE), DEADLINE, false)
            .about(person)
            .with("deadline", DEADLINE)
            .withWhenMissed("heard", Duration.ofHours(2))
            .build()
            .decide();

    assertThat(((Applies) decided.get(0)).subject()).isEqualTo(person);
    assertThat(((FindingFact) decided.get(1)).finding().subject()).isEqualTo(person);
  }

  private static Obligation obligation(Instant asOf, boolean met) {
    return Obligation.of(RULE, fact(asOf), DEADLINE, met)
        .with("deadline", DEADLINE)
        .withWhenMissed("heard", Duration.ofHours(2))
        .build();
  }

  private static RuleFact fact(Instant asOf) {
    return new RuleFact() {
      @Override
      public int scope() {
        return 4;
      }

      @Override
      public Subject subject() {
        return Subject.meeting(MEETING);
      }

      @Override
      public MeetingPolicy policy() {
        return MeetingPolicy.defaults();
      }

      @Override
      public Instant asOf() {
        return asOf;
      }
    };
  }
}
