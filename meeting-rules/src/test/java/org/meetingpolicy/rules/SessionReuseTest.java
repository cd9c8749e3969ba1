package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * The engine resets and reuses its sessions: nothing of one check may reach the next, not even
 * after a rule failed half-way through a session.
 */
class SessionReuseTest {

  private static final Clause HOST_CLAUSE =
      new Clause("X-1", ClauseKind.R, "Host rules", "无会议纪要时失败。", "Fail without minutes.");

  /** Fails on a meeting without minutes, after the other rules have inserted their findings. */
  private static final String FAILING_WITHOUT_MINUTES =
      """
      package com.example.failing
      import org.meetingpolicy.rules.facts.*
      rule "X-1 fails without minutes"
          @clause("X-1") @ruleId("host.fails-without-minutes") @en("never") @zh("从不")
          salience -1
      when
          $m : MeetingFact( meeting.minutes == null )
      then
          throw new IllegalStateException("no minutes");
      end
      """;

  @Test
  void reusedSessionsGiveTheReportsOfAFreshEngineAfterAFailedCheck() {
    ComplianceEngine engine =
        ComplianceEngine.builder()
            .addClauses(List.of(HOST_CLAUSE))
            .addRules("failing.drl", FAILING_WITHOUT_MINUTES)
            .build();
    List<DepartmentRecords> batch = varied();
    List<ComplianceReport> before = engine.checkAll(batch, GoldenMeeting.AS_OF).reports();
    DepartmentRecords failing =
        records(GoldenMeeting.GOLDEN.toBuilder().minutes(null).notices(List.of()).build());

    for (int round = 0; round < 3; round++) {
      assertThatThrownBy(() -> engine.check(failing, GoldenMeeting.AS_OF))
          .isInstanceOf(RuleExecutionException.class);
      assertThat(engine.checkAll(batch, GoldenMeeting.AS_OF).reports()).isEqualTo(before);
      assertThat(batch.stream().map(r -> engine.check(r, GoldenMeeting.AS_OF)).toList())
          .isEqualTo(before);
    }
  }

  private static List<DepartmentRecords> varied() {
    List<DepartmentRecords> batch = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Meeting meeting = GoldenMeeting.startingAt(GoldenMeeting.START.minusWeeks(i));
      if (i % 2 == 0) {
        meeting = meeting.toBuilder().secretary(null).build();
      }
      batch.add(records(meeting));
    }
    return batch;
  }

  private static DepartmentRecords records(Meeting meeting) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting);
  }
}
