package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.fixtures.SampleDepartment;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;

/**
 * The evidence the facts add to the findings of a family of rules that share it (5.6's catch-up
 * rules), in the order the reports list it, after whatever the rule added itself.
 */
class FindingEvidenceTest {

  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();
  private static final MeetingFact GOLDEN =
      new MeetingFact(
          0, GoldenMeeting.GOLDEN, SampleDepartment.department(), POLICY, GoldenMeeting.AS_OF);

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
