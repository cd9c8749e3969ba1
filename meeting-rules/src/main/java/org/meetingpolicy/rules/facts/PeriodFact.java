package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * A calendar period the records cover, for cross-meeting rules: one fact per week, month and
 * evaluation period from the first meeting's to the last meeting's, plus the period after the last
 * meeting's while the instant of judgement falls in it (what is due next). Meetings join it by
 * equality ({@code MeetingFact(week == $p.period)}), which keeps series rules linear.
 *
 * @param scope the record set it comes from
 * @param kind week, month or evaluation period
 * @param period the period
 * @param policy the policy
 * @param asOf the instant of judgement
 */
public record PeriodFact(
    int scope, PeriodKind kind, CalendarPeriod period, MeetingPolicy policy, Instant asOf)
    implements RuleFact {

  @Override
  public Subject subject() {
    return Subject.period(period.label());
  }

  /**
   * The end of a week's regular slot (3.1): its regular meeting day at the end of the afternoon, in
   * the policy's zone. Meaningful for weeks only.
   */
  public Instant regularSlotEnd() {
    LocalDate monday = policy.local(period.start()).toLocalDate();
    return monday
        .with(TemporalAdjusters.nextOrSame(policy.regularMeetingDay()))
        .atTime(policy.afternoonEnd())
        .atZone(policy.zone())
        .toInstant();
  }

  /**
   * By when an evaluation period's evaluation must be done (8.1): its end plus the policy's grace
   * period. Meaningful for evaluation periods only.
   */
  public Instant evaluationDeadline() {
    return policy.evaluationDeadline(period);
  }

  /** Whether the period is over at the instant of judgement. */
  public boolean isOver() {
    return period.isOverAt(asOf);
  }
}
