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
 * {@link MetricSource#RECORDS} metrics are computed from the records. How each is computed is
 * written on its constant; "held meetings" are the meetings whose planned start falls in the period
 * and whose planned end is not after the instant of evaluation.
 */
public enum MetricKind {
  /** Held meetings of any kind. */
  MEETINGS_HELD(MEETINGS, RECORDS, COUNT, NEITHER, "3.1", "Meetings held", "召开会议数"),
  /** Held regular meetings (3.1). */
  REGULAR_MEETINGS_HELD(MEETINGS, RECORDS, COUNT, NEITHER, "3.1", "Regular meetings held", "召开例会数"),
  /**
   * Weeks whose regular meeting day falls in the period and whose regular slot (that day at the
   * policy's afternoon end) is over at the instant of evaluation, from the week of the first
   * recorded regular meeting on (3.1).
   */
  REGULAR_MEETINGS_EXPECTED(
      MEETINGS, RECORDS, COUNT, NEITHER, "3.1", "Regular meetings expected", "应召开例会数"),
  /** Expected weeks with a held regular meeting in that ISO week, of the expected weeks (3.1). */
  WEEKLY_CADENCE(MEETINGS, RECORDS, RATE, HIGHER, "3.1", "Weekly cadence kept", "每周例会达成率"),
  /** Held emergency meetings (9.1); their reasons are listed in the evaluation. */
  EMERGENCY_MEETINGS(MEETINGS, RECORDS, COUNT, NEITHER, "9.1", "Emergency meetings", "紧急会议数"),
  /** Held online or hybrid meetings (9.2); their reasons are listed in the evaluation. */
  ONLINE_OR_HYBRID_MEETINGS(
      MEETINGS, RECORDS, COUNT, NEITHER, "9.2", "Online or hybrid meetings", "线上或混合会议数"),

  /** Held regular meetings without a 3.4 violation, of those judged. */
  NOTICE_ON_TIME(PREPARATION, RULES, RATE, HIGHER, "3.4", "Notice on time", "提前通知合规率"),
  /** Held regular meetings without a 3.7 violation, of those judged. */
  RECONFIRMATION_ON_TIME(
      PREPARATION, RULES, RATE, HIGHER, "3.7", "Attendees reconfirmed on time", "会前确认合规率"),
  /** Held meetings in a room without a 3.5 violation, of those judged. */
  ROOM_BOOKED(PREPARATION, RULES, RATE, HIGHER, "3.5", "Room booked and confirmed", "会议室预订合规率"),
  /** Held meetings in a room without a 3.6 violation, of those judged. */
  EQUIPMENT_CHECKED(PREPARATION, RULES, RATE, HIGHER, "3.6", "Equipment checked", "设备检查合规率"),

  /** Invitees present at some time, of the invitees of held meetings (2.3, 5.6). */
  ATTENDANCE_RATE(ATTENDANCE, RECORDS, RATE, HIGHER, "5.6", "Attendance", "出勤率"),
  /**
   * Present invitees who arrived by the start less the policy's expected arrival lead, of the
   * present invitees (5.1).
   */
  PUNCTUALITY(ATTENDANCE, RECORDS, RATE, HIGHER, "5.1", "Arrived on time", "准时到场率"),
  /** Invitees who arrived after the start and had told the organizer by the start (5.6). */
  LATE_ARRIVALS_WITH_NOTICE(
      ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6", "Late arrivals, with notice", "迟到（已提前告知）"),
  /** Invitees who arrived after the start without telling the organizer by the start (5.1, 5.6). */
  LATE_ARRIVALS_WITHOUT_NOTICE(
      ATTENDANCE, RECORDS, COUNT, LOWER, "5.6", "Late arrivals, without notice", "迟到（未告知）"),
  /**
   * Invitees whose last departure was before the meeting ended (actual end in the minutes, else the
   * planned end) and who had told the organizer by the start (5.6).
   */
  EARLY_LEAVES_WITH_NOTICE(
      ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6", "Early leaves, with notice", "早退（已提前告知）"),
  /** As {@link #EARLY_LEAVES_WITH_NOTICE}, without a notice by the start (5.6). */
  EARLY_LEAVES_WITHOUT_NOTICE(
      ATTENDANCE, RECORDS, COUNT, LOWER, "5.6", "Early leaves, without notice", "早退（未告知）"),
  /** Invitees never present who had told the organizer by the start (5.6). */
  ABSENCES_WITH_NOTICE(
      ATTENDANCE, RECORDS, COUNT, NEITHER, "5.6", "Absences, with notice", "缺席（已提前告知）"),
  /** Invitees never present without a notice by the start (5.6). */
  ABSENCES_WITHOUT_NOTICE(
      ATTENDANCE, RECORDS, COUNT, LOWER, "5.6", "Absences, without notice", "缺席（未告知）"),
  /**
   * Invitees who missed part of a meeting (absent, late or left early) and have a catch-up on
   * record by the instant of evaluation, of those who missed part (5.6).
   */
  CATCH_UP_COMPLETION(ATTENDANCE, RECORDS, RATE, HIGHER, "5.6", "Catch-ups done", "补听完成率"),

  /** Held meetings with minutes, of the held meetings (4.10). */
  MINUTES_RECORDED(MINUTES, RECORDS, RATE, HIGHER, "4.10", "Minutes written", "纪要撰写率"),
  /** Held meetings with minutes and without a 6.2 violation, of those judged. */
  MINUTES_COMPLETE(MINUTES, RULES, RATE, HIGHER, "6.2", "Minutes complete", "纪要格式完整率"),
  /** Held meetings with minutes and without a 6.4 violation, of those judged. */
  MINUTES_APPROVED_BEFORE_DISTRIBUTION(
      MINUTES, RULES, RATE, HIGHER, "6.4", "Minutes approved before distribution", "纪要先审后发率"),
  /** Held meetings with minutes and without a 6.5 violation, of those judged. */
  MINUTES_DISTRIBUTED_ON_TIME(
      MINUTES, RULES, RATE, HIGHER, "6.5", "Minutes distributed on time", "纪要及时分发率"),
  /**
   * The median time from a held meeting's planned end to the first distribution of its minutes,
   * over the minutes distributed by the instant of evaluation (6.5).
   */
  MEDIAN_DISTRIBUTION_DELAY(
      MINUTES, RECORDS, HOURS, LOWER, "6.5", "Median minutes distribution delay", "纪要分发延迟中位数"),

  /**
   * Resolutions, of any meeting, whose deadline falls in the period and has passed, and which were
   * done by it; of those not cancelled (8.8).
   */
  DECISION_EXECUTION_RATE(
      DECISIONS, RECORDS, RATE, HIGHER, "8.8", "Decisions executed by their deadline", "决议按期执行率"),
  /**
   * Resolutions open at the period's end (or at the instant of evaluation, if earlier) whose
   * deadline had passed (7.3).
   */
  RESOLUTIONS_OVERDUE(DECISIONS, RECORDS, COUNT, LOWER, "7.3", "Resolutions overdue", "逾期未完成决议数"),
  /** Resolutions open at the period's end (or at the instant of evaluation, if earlier) (7.3). */
  RESOLUTIONS_OPEN(DECISIONS, RECORDS, COUNT, NEITHER, "7.3", "Resolutions open", "在办决议数"),
  /**
   * Resolutions open during the period whose progress was reported at least every policy progress
   * report interval over the part of their open time that reaches into the period, counting from
   * their meeting's end to their completion or the period's end; of those resolutions (7.3).
   */
  PROGRESS_REPORT_REGULARITY(
      DECISIONS, RECORDS, RATE, HIGHER, "7.3", "Progress reported regularly", "进度定期汇报率"),

  /** Responses of the period's satisfaction survey, of the people asked (8.5). */
  SURVEY_RESPONSE_RATE(
      SATISFACTION, RECORDS, RATE, HIGHER, "8.5", "Survey response rate", "满意度调查回收率"),
  /** The survey's mean score over its questions, weighted by each question's responses (8.5). */
  SURVEY_MEAN_SCORE(SATISFACTION, RECORDS, SCORE, HIGHER, "8.5", "Survey mean score", "满意度平均分"),
  /** Feedback given on held meetings by the instant of evaluation, per held meeting (2.10). */
  FEEDBACK_PER_MEETING(
      SATISFACTION, RECORDS, PER_MEETING, NEITHER, "2.10", "Feedback per meeting", "每次会议反馈数"),
  /** The mean rating of that feedback, over the rated pieces (2.10, 5.10, 6.8). */
  FEEDBACK_MEAN_RATING(
      SATISFACTION, RECORDS, SCORE, HIGHER, "2.10", "Feedback mean rating", "反馈平均评分");

  private final MetricGroup group;
  private final MetricSource source;
  private final MetricUnit unit;
  private final Better better;
  private final String clauseId;
  private final String en;
  private final String zh;

  MetricKind(
      MetricGroup group,
      MetricSource source,
      MetricUnit unit,
      Better better,
      String clauseId,
      String en,
      String zh) {
    this.group = group;
    this.source = source;
    this.unit = unit;
    this.better = better;
    this.clauseId = clauseId;
    this.en = en;
    this.zh = zh;
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
    return language == Language.ZH ? zh : en;
  }

  /** The metric with this {@link #id()}, ignoring case. */
  public static Optional<MetricKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equalsIgnoreCase(id.trim())).findFirst();
  }
}
