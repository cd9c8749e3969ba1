package org.meetingpolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.Reconfirmation;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.RuleInfo;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** The baseline is only a baseline if it computes what the DRL subset computes. */
class PlainJavaNoticeRulesTest {

  private static final ComplianceEngine SUBSET =
      Engines.onlyClauses(PlainJavaNoticeRules.SUBSET_CLAUSES);

  @Test
  void subsetEngineRunsTheNoticeAndReconfirmationRulesOnly() {
    assertThat(SUBSET.rules())
        .extracting(RuleInfo::clauseId)
        .containsOnly("3.4", "3.7")
        .hasSize(10);
  }

  @Test
  void plainJavaGivesTheFindingsOfTheDrlRulesOnEveryGeneratedRecord() {
    List<DepartmentRecords> batch = new ArrayList<>(Records.batch(600, 7L));
    batch.addAll(edgeCases());
    PlainJavaNoticeRules plain = new PlainJavaNoticeRules(SUBSET.policy());

    List<ComplianceReport> reports = SUBSET.checkAll(batch, Records.AS_OF).reports();

    assertThat(reports).hasSize(batch.size());
    int findings = 0;
    for (int i = 0; i < batch.size(); i++) {
      List<Finding> expected = reports.get(i).findings();
      assertThat(plain.findings(batch.get(i), Records.AS_OF))
          .as("record %d", i)
          .isEqualTo(expected);
      findings += expected.size();
    }
    // Every finding rule of the subset fires somewhere, so none is compared only on empty lists.
    assertThat(reports.stream().flatMap(r -> r.findings().stream()).map(Finding::ruleId).distinct())
        .hasSize(14);
    assertThat(findings).isGreaterThan(400);
  }

  /**
   * Records the generator does not make: other channels and senders, declines, late
   * reconfirmations.
   */
  private static List<DepartmentRecords> edgeCases() {
    List<DepartmentRecords> cases = new ArrayList<>();
    for (int week = -3; week <= 2; week++) {
      Meeting golden = GoldenMeeting.startingAt(GoldenMeeting.START.plusWeeks(week));
      Instant start = golden.start();
      Notice first = golden.notices().get(0);
      Notice otherChannel =
          new Notice(
              SampleDepartment.MANAGER,
              start.minus(Duration.ofDays(10)),
              NoticeChannel.OTHER,
              first.recipients().subList(0, 4),
              true,
              true,
              false,
              null);
      List<Response> responses = new ArrayList<>(golden.responses());
      responses.add(
          new Response(
              SampleDepartment.SALES_2, ResponseKind.DECLINE, start.minus(Duration.ofDays(4))));
      cases.add(
          records(
              golden.toBuilder()
                  .notices(List.of(otherChannel, first))
                  .responses(responses)
                  .reconfirmation(
                      new Reconfirmation(
                          SampleDepartment.MANAGER,
                          start.minus(Duration.ofDays(1)),
                          first.recipients().subList(0, 5)))
                  .build()));
      cases.add(
          records(golden.toBuilder().notices(List.of(otherChannel)).responses(List.of()).build()));
      cases.add(
          records(
              golden.toBuilder()
                  .notices(
                      List.of(
                          late(first, start.minus(Duration.ofDays(3))),
                          late(first, start.minus(Duration.ofDays(3)))))
                  .responses(List.of())
                  .build()));
    }
    // Judged before its deadlines, with a notice and an early reconfirmation already on record,
    // each leaving invitees out: the DUE findings for single invitees. (Records only count what
    // had happened by the instant, so the cases above, sent later, cannot show them.)
    Meeting ahead = GoldenMeeting.startingAt(GoldenMeeting.START.plusWeeks(3));
    Notice template = ahead.notices().get(0);
    Instant before = Records.AS_OF.minus(Duration.ofHours(6));
    Notice partial =
        new Notice(
            template.sentBy(),
            before,
            template.channel(),
            template.recipients().subList(0, 4),
            true,
            true,
            true,
            template.announcedStart());
    cases.add(
        records(
            ahead.toBuilder()
                .notices(List.of(partial))
                .responses(List.of())
                .reconfirmation(
                    new Reconfirmation(
                        ahead.reconfirmation().by(), before, template.recipients().subList(0, 5)))
                .build()));
    return cases;
  }

  private static Notice late(Notice notice, Instant at) {
    return new Notice(
        notice.sentBy(),
        at,
        notice.channel(),
        notice.recipients().subList(1, 6),
        false,
        true,
        true,
        notice.announcedStart());
  }

  private static DepartmentRecords records(Meeting meeting) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting);
  }
}
