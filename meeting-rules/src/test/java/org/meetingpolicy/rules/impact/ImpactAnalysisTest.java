package org.meetingpolicy.rules.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleDepartment;
import org.meetingpolicy.testkit.SampleQuarters;

@Tag(RuleTestSupport.BUILDS_ENGINE)
class ImpactAnalysisTest {

  private static final ComplianceEngine CURRENT = RuleTestSupport.ENGINE;
  private static final ComplianceEngine FIVE_DAYS_NOTICE =
      ComplianceEngine.builder()
          .policy(
              MeetingPolicy.defaults().toBuilder()
                  .name("Five days' notice")
                  .noticeLeadTime(Duration.ofDays(5))
                  .build())
          .build();

  /**
   * By hand: the golden meeting (Friday 13 November 2026, 14:00) with its one notice sent six days
   * ahead. With seven days' notice that is 3.4's one violation (schedule.notice-too-late); with
   * five it complies. Nothing else depends on the notice's lead time.
   */
  @Test
  void shorteningTheNoticeToFiveDaysClearsASixDayNotice() {
    Instant start = GoldenMeeting.START.toInstant();
    Meeting sixDays =
        GoldenMeeting.GOLDEN.toBuilder()
            .notices(
                List.of(
                    new Notice(
                        SampleDepartment.SECRETARY,
                        start.minus(Duration.ofDays(6)),
                        NoticeChannel.EMAIL,
                        SampleDepartment.roster(),
                        true,
                        true,
                        true,
                        GoldenMeeting.START)))
            .responses(List.of())
            .build();
    DepartmentRecords records = DepartmentRecords.of(SampleDepartment.department(), sixDays);

    Impact impact =
        new ImpactAnalysis(CURRENT, FIVE_DAYS_NOTICE)
            .compare(List.of(records), GoldenMeeting.AS_OF);

    assertThat(impact.findings())
        .extracting(c -> c.kind() + " " + c.finding().clauseId() + " " + c.finding().ruleId())
        .containsExactly("REMOVED 3.4 schedule.notice-too-late");
    assertThat(impact.clauses())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.clauseId()).isEqualTo("3.4");
              assertThat(c.newlyCompliant()).isEqualTo(1);
              assertThat(c.newlyViolated()).isZero();
              assertThat(c.before()).isEqualTo(Map.of(0, ClauseStatus.VIOLATED));
              assertThat(c.after()).isEqualTo(Map.of(0, ClauseStatus.COMPLIANT));
            });
    assertThat(impact.byMeeting()).containsOnlyKeys(GoldenMeeting.GOLDEN.id());
    assertThat(impact.current()).isEqualTo(MeetingPolicy.defaults().name());
    assertThat(impact.proposed()).isEqualTo("Five days' notice");
  }

  /** The other way round, the same finding is added and the clause newly violated. */
  @Test
  void lengtheningTheNoticeIsTheMirrorImage() {
    DepartmentRecords records = SampleQuarters.records();

    Impact shorter =
        new ImpactAnalysis(CURRENT, FIVE_DAYS_NOTICE)
            .compare(List.of(records), SampleQuarters.AS_OF);
    Impact longer =
        new ImpactAnalysis(FIVE_DAYS_NOTICE, CURRENT)
            .compare(List.of(records), SampleQuarters.AS_OF);

    assertThat(longer.findings()).hasSameSizeAs(shorter.findings());
    for (int i = 0; i < shorter.findings().size(); i++) {
      Impact.FindingChange a = shorter.findings().get(i);
      Impact.FindingChange b = longer.findings().get(i);
      assertThat(b.before()).isEqualTo(a.after());
      assertThat(b.after()).isEqualTo(a.before());
    }
    for (int i = 0; i < shorter.clauses().size(); i++) {
      assertThat(longer.clauses().get(i).newlyViolated())
          .isEqualTo(shorter.clauses().get(i).newlyCompliant());
    }
  }

  /** A Thursday policy over the sample quarters: every Friday meeting now breaks 3.1's day. */
  @Test
  void movingTheMeetingToThursdayFlagsTheFridayMeetings() {
    ComplianceEngine thursday =
        ComplianceEngine.builder()
            .policy(
                MeetingPolicy.defaults().toBuilder().regularMeetingDay(DayOfWeek.THURSDAY).build())
            .build();

    Impact impact =
        new ImpactAnalysis(CURRENT, thursday)
            .compare(List.of(SampleQuarters.records()), SampleQuarters.AS_OF);

    assertThat(impact.isEmpty()).isFalse();
    assertThat(impact.clauses())
        .filteredOn(c -> c.clauseId().equals("3.1"))
        .singleElement()
        .satisfies(c -> assertThat(c.newlyViolated()).isEqualTo(1));
    assertThat(impact.findings())
        .filteredOn(c -> c.kind() == Impact.Kind.ADDED && c.finding().clauseId().equals("3.1"))
        .isNotEmpty();
  }

  /** Property: a policy against itself changes nothing, whatever the records and the instant. */
  @Test
  void aPolicyAgainstItselfHasNoImpact() {
    List<DepartmentRecords> sets = new ArrayList<>();
    List<Instant> instants = new ArrayList<>();
    long[] seeds = RandomRecords.seeds(40).toArray();
    for (long seed : seeds) {
      RandomRecords random = RandomRecords.withSeed(seed);
      sets.add(random.records());
      instants.add(random.asOf(sets.get(sets.size() - 1)));
    }
    ImpactAnalysis same = new ImpactAnalysis(CURRENT, CURRENT);
    for (int i = 0; i < sets.size(); i++) {
      assertThat(same.compare(List.of(sets.get(i)), instants.get(i)).isEmpty())
          .as("seed %d (RandomRecords.withSeed)", seeds[i])
          .isTrue();
    }
  }
}
