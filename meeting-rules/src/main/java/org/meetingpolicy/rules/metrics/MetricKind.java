package org.meetingpolicy.rules.metrics;

import static org.meetingpolicy.rules.metrics.Better.HIGHER;
import static org.meetingpolicy.rules.metrics.Better.LOWER;
import static org.meetingpolicy.rules.metrics.Better.NEITHER;
import static org.meetingpolicy.rules.metrics.MetricGroup.ATTENDANCE;
import static org.meetingpolicy.rules.metrics.MetricGroup.DECISIONS;
import static org.meetingpolicy.rules.metrics.MetricGroup.MEETINGS;
import static org.meetingpolicy.rules.metrics.MetricGroup.MINUTES;
import static org.meetingpolicy.rules.metrics.MetricGroup.PREPARATION;
import static org.meetingpolicy.rules.metrics.MetricGroup.SATISFACTION;
import static org.meetingpolicy.rules.metrics.MetricSource.RECORDS;
import static org.meetingpolicy.rules.metrics.MetricSource.RULES;
import static org.meetingpolicy.rules.metrics.MetricUnit.COUNT;
import static org.meetingpolicy.rules.metrics.MetricUnit.HOURS;
import static org.meetingpolicy.rules.metrics.MetricUnit.PER_MEETING;
import static org.meetingpolicy.rules.metrics.MetricUnit.RATE;
import static org.meetingpolicy.rules.metrics.MetricUnit.SCORE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.meetingpolicy.rules.Language;

/**
 * The metrics of an effectiveness evaluation (policy section 8), each with where its figure comes
 * from. {@link MetricSource#RULES} metrics count the compliance engine's verdicts on one clause;
 * {@link MetricSource#RECORDS} metrics are counted from the records, reading a rule's verdict where
 * one decides the case counted ("without notice", "completed after the deadline"). How each is
 * computed is written on its constant; "held meetings" are the meetings whose planned start falls
 * in the period and whose planned end is not after the instant of evaluation.
 */
public enum MetricKind {
  /** Held meetings of any kind. */
  MEETINGS_HELD(MEETINGS, RECORDS, COUNT, NEITHER, "3.1"),
  /** Held regular meetings (3.1). */
  REGULAR_MEETINGS_HELD(MEETINGS, RECORDS, COUNT, NEITHER, "3.1"),
  /**
   * Weeks whose regular meeting day falls in the period and whose regular slot (that day at the
   * policy's afternoon end) is over at the instant of evaluation, from the week of the first
   * recorded regular meeting on (3.1).
   */
  REGULAR_MEETINGS_EXPECTED(MEETINGS, RECORDS, COUNT, NEITHER, "3.1"),
  /** Expected weeks with a held regular meeting in that ISO week, of the expected weeks (3.1). */
  WEEKLY_CADENCE(MEETINGS, RECORDS, RATE, HIGHER, "3.1"),
  /** Held emergency meetings (9.1); their reasons are listed in the evaluation. */
  EMERGENCY_MEETINGS(MEETINGS, RECORDS, COUNT, NEITHER, "9.1"),
  /** Held online or hybrid meetings (9.2); their reasons are listed in the evaluation. */
  ONLINE_OR_HYBRID_MEETINGS(MEETINGS, RECORDS, COUNT, NEITHER, "9.2"),

  /** Held regular meetings without a 3.4 violation, of those judged. */
  NOTICE_ON_TIME(PREPARATION, RULES, RATE, HIGHER, "3.4"),
  /** Held regular meetings without a 3.7 violation, of those judged. */
  RECONFIRMATION_ON_TIME(PREPARATION, RULES, RATE, HIGHER, "3.7"),
  /** Held meetings in a room without a 3.5 violation, of those judged. */
  ROOM_BOOKED(PREPARATION, RULES, RATE, HIGHER, "3.5"),
  /** Held meetings in a room without a 3.6 violation, of those judged. */
  EQUIPMENT_CHECKED(PREPARATION, RULES, RATE, HIGHER, "3.6"),

  /** Invitees present at some time, of the invitees of held meetings (2.3, 5.6). */
  ATTENDANCE_RATE(ATTENDANCE, RECORDS, RATE, HIGHER, "5.6"),
  /**
   * Present invitees who arrived by the start less the policy's expected arrival lead (no 5.1
   * violation), of the present invitees (5.1).
   */
  PUNCTUALITY(ATTENDANCE, RECORDS, RATE, HIGHER, "5.1"),
  /** Invitees who arrived after the start and had told the organizer by the start (5.6). */
  LATE_ARRIVALS_WITH_NOTICE(ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6"),
  /**
   * Invitees who arrived after the start without telling the organizer by the start: 5.6's verdict.
   */
  LATE_ARRIVALS_WITHOUT_NOTICE(ATTENDANCE, RECORDS, COUNT, LOWER, "5.6"),
  /**
   * Invitees whose last departure was before the meeting ended (the actual end in minutes written
   * by the instant of evaluation, else the planned end) and who had told the organizer by the start
   * (5.6).
   */
  EARLY_LEAVES_WITH_NOTICE(ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6"),
  /** As {@link #EARLY_LEAVES_WITH_NOTICE}, without a notice by the start: 5.6's verdict. */
  EARLY_LEAVES_WITHOUT_NOTICE(ATTENDANCE, RECORDS, COUNT, LOWER, "5.6"),
  /**
   * Invitees never present who had told the organizer by the start: an absence notice, or a decline
   * as their last response by then (5.6).
   */
  ABSENCES_WITH_NOTICE(ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6"),
  /** Invitees never present without such a notice: 5.6's verdict. */
  ABSENCES_WITHOUT_NOTICE(ATTENDANCE, RECORDS, COUNT, LOWER, "5.6"),
  /**
   * Invitees who missed part of a meeting (absent, late or left early) and have a catch-up on
   * record by the instant of evaluation, in time or late (5.6 finds none due or missing), of those
   * who missed part (5.6).
   */
  CATCH_UP_COMPLETION(ATTENDANCE, RECORDS, RATE, HIGHER, "5.6"),

  /** Held meetings with minutes, of the held meetings (4.10). */
  MINUTES_RECORDED(MINUTES, RECORDS, RATE, HIGHER, "4.10"),
  /** Held meetings with minutes and without a 6.2 violation, of those judged. */
  MINUTES_COMPLETE(MINUTES, RULES, RATE, HIGHER, "6.2"),
  /** Held meetings with minutes and without a 6.4 violation, of those judged. */
  MINUTES_APPROVED_BEFORE_DISTRIBUTION(MINUTES, RULES, RATE, HIGHER, "6.4"),
  /** Held meetings with minutes and without a 6.5 violation, of those judged. */
  MINUTES_DISTRIBUTED_ON_TIME(MINUTES, RULES, RATE, HIGHER, "6.5"),
  /**
   * The median time from a held meeting's planned end to the first distribution of its minutes,
   * over the minutes distributed by the instant of evaluation (6.5).
   */
  MEDIAN_DISTRIBUTION_DELAY(MINUTES, RECORDS, HOURS, LOWER, "6.5"),

  /**
   * Resolutions, of any meeting, whose deadline falls in the period and has passed, and which were
   * done by it (done by the instant of evaluation, and not completed after the deadline by 7.3's
   * verdict); of those not cancelled (8.8).
   */
  DECISION_EXECUTION_RATE(DECISIONS, RECORDS, RATE, HIGHER, "8.8"),
  /**
   * Resolutions open at the period's end (or at the instant of evaluation, if earlier) whose
   * deadline had passed (7.3).
   */
  RESOLUTIONS_OVERDUE(DECISIONS, RECORDS, COUNT, LOWER, "7.3"),
  /** Resolutions open at the period's end (or at the instant of evaluation, if earlier) (7.3). */
  RESOLUTIONS_OPEN(DECISIONS, RECORDS, COUNT, NEITHER, "7.3"),
  /**
   * Resolutions open during the period whose progress was reported at least every policy progress
   * report interval over the part of their open time that reaches into the period, counting from
   * their meeting's end to their completion or the period's end; of those resolutions (7.3).
   */
  PROGRESS_REPORT_REGULARITY(DECISIONS, RECORDS, RATE, HIGHER, "7.3"),

  /** Responses of the period's satisfaction survey, of the people asked (8.5). */
  SURVEY_RESPONSE_RATE(SATISFACTION, RECORDS, RATE, HIGHER, "8.5"),
  /** The survey's mean score over its questions, weighted by each question's responses (8.5). */
  SURVEY_MEAN_SCORE(SATISFACTION, RECORDS, SCORE, HIGHER, "8.5"),
  /** Feedback given on held meetings by the instant of evaluation, per held meeting (2.10). */
  FEEDBACK_PER_MEETING(SATISFACTION, RECORDS, PER_MEETING, NEITHER, "2.10"),
  /** The mean rating of that feedback, over the rated pieces (2.10, 5.10, 6.8). */
  FEEDBACK_MEAN_RATING(SATISFACTION, RECORDS, SCORE, HIGHER, "2.10");

  private final MetricGroup group;
  private final MetricSource source;
  private final MetricUnit unit;
  private final Better better;
  private final String clauseId;

  MetricKind(
      MetricGroup group, MetricSource source, MetricUnit unit, Better better, String clauseId) {
    this.group = group;
    this.source = source;
    this.unit = unit;
    this.better = better;
    this.clauseId = clauseId;
  }

  /** The heading it is reported under. */
  public MetricGroup group() {
    return group;
  }

  /** Whether it comes from the engine's verdicts or from the records. */
  public MetricSource source() {
    return source;
  }

  /** What its value measures. */
  public MetricUnit unit() {
    return unit;
  }

  /** Which way it improves. */
  public Better better() {
    return better;
  }

  /**
   * The policy clause it measures: for a {@link MetricSource#RULES} metric, the clause whose
   * verdicts it counts.
   */
  public String clauseId() {
    return clauseId;
  }

  /**
   * A stable id such as {@code notice-on-time}: the name an evaluation's {@code Indicator} uses to
   * set a target for it (8.4).
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Its name in the language. */
  public String title(Language language) {
    return Texts.NAMES.get(language, "metric." + name());
  }

  /** The metric with this {@link #id()}, ignoring case. */
  public static Optional<MetricKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(id.trim())).findFirst();
  }
}
