package org.meetingpolicy.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * A department that meets on Thursdays and gives 5 days' notice: the same policy with two
 * parameters changed. In code with {@link MeetingPolicy#toBuilder()}, or from a file with {@code
 * PolicyFile.read(Path.of("thursday.yaml"))} holding {@code regularMeetingDay: THURSDAY} and {@code
 * noticeLeadTime: P5D}.
 */
public final class ThursdayPolicyExample {

  /** The Thursday policy. */
  public static final MeetingPolicy THURSDAY_POLICY =
      MeetingPolicy.defaults().toBuilder()
          .name("Sales meetings on Thursdays, 5 days' notice")
          .regularMeetingDay(DayOfWeek.THURSDAY)
          .noticeLeadTime(Duration.ofDays(5))
          .build();

  private final ComplianceEngine engine =
      ComplianceEngine.builder().policy(THURSDAY_POLICY).build();

  /** Checks records under the Thursday policy. */
  public ComplianceReport check(DepartmentRecords records, Instant asOf) {
    return engine.check(records, asOf);
  }
}
