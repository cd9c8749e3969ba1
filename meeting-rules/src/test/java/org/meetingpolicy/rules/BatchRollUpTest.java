package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.BatchRollUp.Incident.ABSENT_WITHOUT_NOTICE;
import static org.meetingpolicy.rules.BatchRollUp.Incident.ARRIVED_AFTER_LEAD;
import static org.meetingpolicy.rules.BatchRollUp.Incident.CATCH_UP_MISSED_OR_LATE;
import static org.meetingpolicy.rules.BatchRollUp.Incident.LATE_WITHOUT_NOTICE;
import static org.meetingpolicy.rules.BatchRollUp.Incident.LEFT_EARLY_WITHOUT_NOTICE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleDepartment;

class BatchRollUpTest {

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;
  private static final Instant AS_OF = GoldenMeeting.AS_OF;
  private static final PersonId SALES_1 = SampleDepartment.SALES_1;
  private static final PersonId SALES_2 = SampleDepartment.SALES_2;

  @Test
  void aBatchOfNoReportsRollsUpToNothing() {
    BatchRollUp rollUp = BatchRollUp.of(List.of());

    assertThat(rollUp.reports()).isZero();
    assertThat(rollUp.clauses()).isEmpty();
    assertThat(rollUp.people()).isEmpty();
  }

  @Test
  void countsRecordSetsMeetingsAndPeopleAcrossTheBatch() {
    Meeting lastWeek = GoldenMeeting.startingAt(GoldenMeeting.START.minusWeeks(1));
    Meeting golden = GoldenMeeting.GOLDEN;
    DepartmentRecords lateTwice = records(lateBy(lastWeek, SALES_1, 5), lateBy(golden, SALES_1, 5));
    DepartmentRecords lateAndAbsent = records(absent(lateBy(golden, SALES_2, 20), SALES_1));
    DepartmentRecords compliant = GoldenMeeting.records();

    BatchRollUp rollUp =
        BatchRollUp.of(
            ENGINE.checkAll(List.of(lateTwice, lateAndAbsent, compliant), AS_OF).reports());

    assertThat(rollUp.reports()).isEqualTo(3);
    assertThat(line(rollUp, "5.1")).isEqualTo(new BatchRollUp.ClauseLine("5.1", 2, 0, 3, 0, 3, 0));
    // 5.6: late without notice (three times), absent without notice (once), and last week's
    // catch-up missed; this week's catch-ups are still due.
    BatchRollUp.ClauseLine discipline = line(rollUp, "5.6");
    assertThat(discipline.recordSetsViolated()).isEqualTo(2);
    assertThat(discipline.meetingsViolated()).isEqualTo(3);
    assertThat(discipline.violations()).isEqualTo(5);
    assertThat(discipline.recordSetsDue()).isEqualTo(2);
    assertThat(discipline.due()).isEqualTo(3);
    assertThat(rollUp.clauses()).extracting(BatchRollUp.ClauseLine::clauseId).doesNotContain("6.1");

    assertThat(rollUp.people())
        .extracting(BatchRollUp.PersonLine::person)
        .containsExactly(SALES_1.value(), SALES_2.value());
    BatchRollUp.PersonLine first = rollUp.people().get(0);
    assertThat(first.meetings()).isEqualTo(3);
    assertThat(first.incidents())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ARRIVED_AFTER_LEAD, 2,
                LATE_WITHOUT_NOTICE, 2,
                LEFT_EARLY_WITHOUT_NOTICE, 0,
                ABSENT_WITHOUT_NOTICE, 1,
                CATCH_UP_MISSED_OR_LATE, 1));
    assertThat(first.total()).isEqualTo(6);
    BatchRollUp.PersonLine second = rollUp.people().get(1);
    assertThat(second.meetings()).isEqualTo(1);
    assertThat(second.count(ARRIVED_AFTER_LEAD)).isEqualTo(1);
    assertThat(second.count(LATE_WITHOUT_NOTICE)).isEqualTo(1);
    assertThat(second.total()).isEqualTo(2);
  }

  @Test
  void everyIncidentNamesBuiltInDisciplineRulesThatMakeFindings() {
    Map<String, RuleInfo> rules =
        ENGINE.rules().stream().collect(Collectors.toMap(RuleInfo::ruleId, r -> r));

    for (BatchRollUp.Incident incident : BatchRollUp.Incident.values()) {
      assertThat(incident.ruleIds()).isNotEmpty();
      for (String ruleId : incident.ruleIds()) {
        assertThat(rules).as(incident + " names " + ruleId).containsKey(ruleId);
        assertThat(rules.get(ruleId).clauseId()).startsWith("5.");
        assertThat(rules.get(ruleId).findsSomething()).isTrue();
      }
    }
  }

  /** The roll-up adds up to the reports it was built from, whatever the batch. */
  @Test
  void rollUpTotalsEqualTheReportsFindings() {
    for (long seed : RandomRecords.seeds(20).toArray()) {
      List<DepartmentRecords> batch = new ArrayList<>();
      List<Instant> instants = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        RandomRecords random = RandomRecords.withSeed(seed * 10 + i);
        batch.add(random.records());
        instants.add(random.asOf(batch.get(i)));
      }
      Instant asOf = instants.get(0);
      List<ComplianceReport> reports = ENGINE.checkAll(batch, asOf).reports();

      BatchRollUp rollUp = BatchRollUp.of(reports);

      List<Finding> all = reports.stream().flatMap(r -> r.findings().stream()).toList();
      assertThat(rollUp.clauses().stream().mapToInt(BatchRollUp.ClauseLine::violations).sum())
          .as("seed %d", seed)
          .isEqualTo(all.stream().filter(f -> f.severity() == Severity.VIOLATION).count());
      assertThat(rollUp.clauses().stream().mapToInt(BatchRollUp.ClauseLine::due).sum())
          .as("seed %d", seed)
          .isEqualTo(all.stream().filter(f -> f.severity() == Severity.DUE).count());
      for (BatchRollUp.ClauseLine line : rollUp.clauses()) {
        assertThat(line.recordSetsViolated() + line.recordSetsDue())
            .as("seed %d clause %s", seed, line.clauseId())
            .isPositive()
            .isLessThanOrEqualTo(2 * reports.size());
        assertThat(line.meetingsViolated()).isLessThanOrEqualTo(line.violations());
      }
      long incidents =
          all.stream()
              .filter(
                  f ->
                      Arrays.stream(BatchRollUp.Incident.values())
                          .anyMatch(k -> k.ruleIds().contains(f.ruleId())))
              .count();
      assertThat(rollUp.people().stream().mapToInt(BatchRollUp.PersonLine::total).sum())
          .as("seed %d", seed)
          .isEqualTo(incidents);
    }
  }

  private static BatchRollUp.ClauseLine line(BatchRollUp rollUp, String clause) {
    return rollUp.clauses().stream()
        .filter(l -> l.clauseId().equals(clause))
        .findFirst()
        .orElseThrow();
  }

  private static DepartmentRecords records(Meeting... meetings) {
    return GoldenMeeting.records().withMeetings(List.of(meetings));
  }

  private static Meeting lateBy(Meeting meeting, PersonId person, int minutes) {
    Instant arrival = meeting.start().plus(Duration.ofMinutes(minutes));
    return present(meeting, person, List.of(new Presence(arrival, meeting.end())));
  }

  private static Meeting absent(Meeting meeting, PersonId person) {
    return present(meeting, person, List.of());
  }

  private static Meeting present(Meeting meeting, PersonId person, List<Presence> presences) {
    return RuleTestSupport.withPresences(meeting, person, presences);
  }
}
