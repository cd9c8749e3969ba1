package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;

class EnginesTest {

  @Test
  void equalPoliciesShareOneEngineAndOthersGetTheirOwn() {
    MeetingPolicy thursday =
        MeetingPolicy.defaults().toBuilder().regularMeetingDay(DayOfWeek.THURSDAY).build();

    ComplianceEngine first = Engines.forPolicy(MeetingPolicy.defaults());
    ComplianceEngine again = Engines.forPolicy(MeetingPolicy.defaults().toBuilder().build());
    ComplianceEngine other = Engines.forPolicy(thursday);

    assertThat(again).isSameAs(first);
    assertThat(other).isNotSameAs(first);
    assertThat(other.policy()).isEqualTo(thursday);
  }
}
