package org.meetingpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.json.PolicyFile;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.testkit.GoldenMeeting;

class ThursdayPolicyExampleTest {

  /** Thursday 12 November 2026, 14:00 in Shanghai, with the notice sent 6 days ahead. */
  private static DepartmentRecords thursdayWithSixDaysNotice() {
    ZonedDateTime thursday = GoldenMeeting.START.minusDays(1);
    Meeting meeting = GoldenMeeting.startingAt(thursday);
    Notice notice = meeting.notices().get(0);
    Instant sent = meeting.start().minus(Duration.ofDays(6));
    Meeting sixDays =
        meeting.toBuilder()
            .notices(
                List.of(
                    new Notice(
                        notice.sentBy(),
                        sent,
                        notice.channel(),
                        notice.recipients(),
                        true,
                        true,
                        true,
                        thursday)))
            .responses(List.of())
            .build();
    return GoldenMeeting.records().withMeetings(List.of(sixDays));
  }

  @Test
  void acceptsSixDaysNoticeForAThursdayMeetingThatTheDefaultPolicyRefuses() {
    Instant asOf = GoldenMeeting.AS_OF.minus(Duration.ofDays(1));

    ComplianceReport thursday =
        new ThursdayPolicyExample().check(thursdayWithSixDaysNotice(), asOf);
    ComplianceReport defaults =
        ComplianceEngine.createDefault().check(thursdayWithSixDaysNotice(), asOf);

    assertThat(thursday.findingsOf("3.4")).isEmpty();
    assertThat(thursday.policyName()).isEqualTo("Sales meetings on Thursdays, 5 days' notice");
    assertThat(defaults.findingsOf("3.4"))
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("schedule.notice-too-late"));
  }

  @Test
  void isTheSamePolicyAsTheYamlFileSays() throws Exception {
    String yaml =
        """
        name: "Sales meetings on Thursdays, 5 days' notice"
        regularMeetingDay: THURSDAY
        noticeLeadTime: P5D
        """;

    assertThat(PolicyFile.fromYaml(yaml, "thursday.yaml", ThursdayPolicyExample.THURSDAY_POLICY))
        .isEqualTo(ThursdayPolicyExample.THURSDAY_POLICY);
    assertThat(ThursdayPolicyExample.THURSDAY_POLICY.regularMeetingDay())
        .isEqualTo(DayOfWeek.THURSDAY);
  }
}
