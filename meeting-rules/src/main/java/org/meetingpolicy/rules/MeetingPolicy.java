package org.meetingpolicy.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.Equipment;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.rules.calendar.WorkingCalendar;

/**
 * The parameters of the meeting policy. {@link #defaults()} gives the values of the policy text
 * (docs/clause-model.md, "Parameters"), and the choices this library makes where the text says only
 * "timely" or "regularly"; {@link #toBuilder()} changes any of them. Rules read every threshold
 * from here, never from literals.
 *
 * <p>Every amount lies in the range {@link PolicyRanges} gives it, checked here.
 *
 * <p>Immutable and thread-safe. Durations are exact (a day is 24 hours); working days are those of
 * the {@link #calendar()} (by default the official calendar of the zone: in mainland China with its
 * make-up working days) less {@link #holidays()}, in {@link #zone()}.
 *
 * @param name the policy's name, shown in reports
 * @param zone the department's zone: day of week, afternoon, working days, weeks, months and
 *     periods are judged in it
 * @param regularMeetingDay the day of the regular weekly meeting (3.1)
 * @param afternoonStart the earliest local start of the regular meeting ("afternoon") (3.1)
 * @param afternoonEnd the latest local end of the regular meeting (3.1)
 * @param noticeLeadTime how long before the start the notice must go out (3.4)
 * @param noticeChannels the channels a notice may use (2.6, 3.4)
 * @param reconfirmationLeadTime how long before the start the attendee list must be reconfirmed, at
 *     the latest (3.7)
 * @param expectedArrivalLead how long before the start attendees are expected to arrive (5.1)
 * @param roomBookingLeadTime how long before the start the room booking must be confirmed (a
 *     choice: the notice states the place, so the booking is due with it) (3.5)
 * @param requiredRoomEquipment the equipment the room of an in-person or hybrid meeting must have
 *     (3.2)
 * @param equipmentCheckWindow how long before the start the in-person equipment check may be done,
 *     at the earliest (a choice) (3.6)
 * @param agendaLeadTime how long before the start the agenda must be ready (a choice: the notice
 *     states it) (2.5)
 * @param materialsLeadTime how long before the start the materials must be ready (a choice) (2.7)
 * @param requiredAgendaCategories the agenda items every regular meeting must carry (4.1–4.8)
 * @param monthlyAgendaCategories the agenda items some regular meeting of every calendar month must
 *     carry (4.2, 4.6, 4.7)
 * @param rescheduleNoticePeriod how soon after a change of time the new notice must go out (a
 *     choice: "as soon as possible") (3.8)
 * @param nextMeetingSchedulingWorkingDays within how many working days after a meeting ends the
 *     next one must be scheduled (a choice) (3.9)
 * @param feedbackRequestWorkingDays within how many working days after a meeting ends attendees
 *     must be invited to give feedback (a choice) (2.10)
 * @param catchUpPeriod how long after the minutes are distributed (or the meeting ends, without
 *     minutes) someone who missed part of it has to catch up (a choice) (5.6)
 * @param minutesDistributionWorkingDays within how many working days after the meeting ends the
 *     approved minutes must be distributed (the text says "timely") (6.5)
 * @param minutesUpdatePeriod how soon after a resolution or plan changes the minutes must be
 *     updated and redistributed (a choice) (6.6)
 * @param minutesArchiveWorkingDays within how many working days after the meeting ends the minutes
 *     must be archived (a choice) (6.7)
 * @param progressReportInterval how often an open resolution's progress must be reported (the text
 *     says "regularly") (7.3)
 * @param resolutionReviewInterval how often an open resolution's execution must be reviewed (a
 *     choice) (7.5)
 * @param resultEvaluationPeriod how soon after its deadline or completion a resolution's result
 *     must be evaluated (a choice) (7.8)
 * @param attendeeChangeNoticePeriod how soon after a change of attendees those concerned must be
 *     notified (the text says "immediately") (9.4)
 * @param evaluationCycle how often the meeting system is evaluated (8.1)
 * @param evaluationGracePeriod how long after a period ends its evaluation must be done (a choice)
 *     (8.1)
 * @param evaluationSources the sources every evaluation must draw on (8.2)
 * @param evaluationIndicators the indicators every evaluation must measure (8.3)
 * @param holidays further days off in the zone, such as company holidays: not working days (6.5)
 * @param workingCalendar the working calendar; null for the official one of the zone ({@link
 *     WorkingCalendar#forZone})
 * @param skipNonWorkingMeetingDays whether a week whose regular meeting day is not a working day
 *     needs no regular meeting (3.1)
 */
public record MeetingPolicy(
    String name,
    ZoneId zone,
    DayOfWeek regularMeetingDay,
    LocalTime afternoonStart,
    LocalTime afternoonEnd,
    Duration noticeLeadTime,
    Set<NoticeChannel> noticeChannels,
    Duration reconfirmationLeadTime,
    Duration expectedArrivalLead,
    Duration roomBookingLeadTime,
    Set<Equipment> requiredRoomEquipment,
    Duration equipmentCheckWindow,
    Duration agendaLeadTime,
    Duration materialsLeadTime,
    Set<AgendaCategory> requiredAgendaCategories,
    Set<AgendaCategory> monthlyAgendaCategories,
    Duration rescheduleNoticePeriod,
    int nextMeetingSchedulingWorkingDays,
    int feedbackRequestWorkingDays,
    Duration catchUpPeriod,
    int minutesDistributionWorkingDays,
    Duration minutesUpdatePeriod,
    int minutesArchiveWorkingDays,
    Duration progressReportInterval,
    Duration resolutionReviewInterval,
    Duration resultEvaluationPeriod,
    Duration attendeeChangeNoticePeriod,
    EvaluationCycle evaluationCycle,
    Duration evaluationGracePeriod,
    Set<FeedbackSource> evaluationSources,
    Set<IndicatorKind> evaluationIndicators,
    Set<LocalDate> holidays,
    @Nullable WorkingCalendar workingCalendar,
    boolean skipNonWorkingMeetingDays) {

  private static final MeetingPolicy DEFAULTS = new Builder().build();

  /** Checks every parameter and copies the sets. */
  public MeetingPolicy {
    PolicyRanges.checkName(name);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(regularMeetingDay, "regularMeetingDay");
    Objects.requireNonNull(afternoonStart, "afternoonStart");
    Objects.requireNonNull(afternoonEnd, "afternoonEnd");
    PolicyRanges.check("noticeLeadTime", noticeLeadTime);
    noticeChannels = sorted(noticeChannels, "noticeChannels");
    PolicyRanges.check("reconfirmationLeadTime", reconfirmationLeadTime);
    PolicyRanges.check("expectedArrivalLead", expectedArrivalLead);
    PolicyRanges.check("roomBookingLeadTime", roomBookingLeadTime);
    requiredRoomEquipment = sorted(requiredRoomEquipment, "requiredRoomEquipment");
    PolicyRanges.check("equipmentCheckWindow", equipmentCheckWindow);
    PolicyRanges.check("agendaLeadTime", agendaLeadTime);
    PolicyRanges.check("materialsLeadTime", materialsLeadTime);
    requiredAgendaCategories = sorted(requiredAgendaCategories, "requiredAgendaCategories");
    monthlyAgendaCategories = sorted(monthlyAgendaCategories, "monthlyAgendaCategories");
    // Each required item is judged under the clause that asks for it; OTHER has none.
    if (requiredAgendaCategories.contains(AgendaCategory.OTHER)
        || monthlyAgendaCategories.contains(AgendaCategory.OTHER)) {
      throw new IllegalArgumentException(
          "agenda categories: OTHER cannot be required (no clause asks for it)");
    }
    PolicyRanges.check("rescheduleNoticePeriod", rescheduleNoticePeriod);
    PolicyRanges.check("nextMeetingSchedulingWorkingDays", nextMeetingSchedulingWorkingDays);
    PolicyRanges.check("feedbackRequestWorkingDays", feedbackRequestWorkingDays);
    PolicyRanges.check("catchUpPeriod", catchUpPeriod);
    PolicyRanges.check("minutesDistributionWorkingDays", minutesDistributionWorkingDays);
    PolicyRanges.check("minutesUpdatePeriod", minutesUpdatePeriod);
    PolicyRanges.check("minutesArchiveWorkingDays", minutesArchiveWorkingDays);
    PolicyRanges.check("progressReportInterval", progressReportInterval);
    PolicyRanges.check("resolutionReviewInterval", resolutionReviewInterval);
    PolicyRanges.check("resultEvaluationPeriod", resultEvaluationPeriod);
    PolicyRanges.check("attendeeChangeNoticePeriod", attendeeChangeNoticePeriod);
    Objects.requireNonNull(evaluationCycle, "evaluationCycle");
    PolicyRanges.check("evaluationGracePeriod", evaluationGracePeriod);
    evaluationSources = sorted(evaluationSources, "evaluationSources");
    evaluationIndicators = sorted(evaluationIndicators, "evaluationIndicators");
    holidays = sorted(holidays, "holidays");
    if (!afternoonEnd.isAfter(afternoonStart)) {
      throw new IllegalArgumentException(
          "afternoonEnd " + afternoonEnd + " must be after afternoonStart " + afternoonStart);
    }
  }

  /** The policy as written, with this library's documented choices. */
  public static MeetingPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.zone = zone;
    b.regularMeetingDay = regularMeetingDay;
    b.afternoonStart = afternoonStart;
    b.afternoonEnd = afternoonEnd;
    b.noticeLeadTime = noticeLeadTime;
    b.noticeChannels = noticeChannels;
    b.reconfirmationLeadTime = reconfirmationLeadTime;
    b.expectedArrivalLead = expectedArrivalLead;
    b.roomBookingLeadTime = roomBookingLeadTime;
    b.requiredRoomEquipment = requiredRoomEquipment;
    b.equipmentCheckWindow = equipmentCheckWindow;
    b.agendaLeadTime = agendaLeadTime;
    b.materialsLeadTime = materialsLeadTime;
    b.requiredAgendaCategories = requiredAgendaCategories;
    b.monthlyAgendaCategories = monthlyAgendaCategories;
    b.rescheduleNoticePeriod = rescheduleNoticePeriod;
    b.nextMeetingSchedulingWorkingDays = nextMeetingSchedulingWorkingDays;
    b.feedbackRequestWorkingDays = feedbackRequestWorkingDays;
    b.catchUpPeriod = catchUpPeriod;
    b.minutesDistributionWorkingDays = minutesDistributionWorkingDays;
    b.minutesUpdatePeriod = minutesUpdatePeriod;
    b.minutesArchiveWorkingDays = minutesArchiveWorkingDays;
    b.progressReportInterval = progressReportInterval;
    b.resolutionReviewInterval = resolutionReviewInterval;
    b.resultEvaluationPeriod = resultEvaluationPeriod;
    b.attendeeChangeNoticePeriod = attendeeChangeNoticePeriod;
    b.evaluationCycle = evaluationCycle;
    b.evaluationGracePeriod = evaluationGracePeriod;
    b.evaluationSources = evaluationSources;
    b.evaluationIndicators = evaluationIndicators;
    b.holidays = holidays;
    b.workingCalendar = workingCalendar;
    b.skipNonWorkingMeetingDays = skipNonWorkingMeetingDays;
    return b;
  }

  /** The local date and time of an instant in the policy's zone. */
  public ZonedDateTime local(Instant instant) {
    return instant.atZone(zone);
  }

  /**
   * The working calendar in force: the one set, or the official one of the zone (mainland China's
   * for Asia/Shanghai, Monday to Friday elsewhere).
   */
  public WorkingCalendar calendar() {
    return workingCalendar != null ? workingCalendar : WorkingCalendar.forZone(zone);
  }

  /** Whether the date is a working day of the calendar and not one of {@link #holidays()}. */
  public boolean isWorkingDay(LocalDate date) {
    return !holidays.contains(date) && calendar().isWorkingDay(date);
  }

  /** The date of a week's regular meeting day, in the policy's zone. */
  public LocalDate regularMeetingDate(CalendarPeriod week) {
    return local(week.start()).toLocalDate().with(TemporalAdjusters.nextOrSame(regularMeetingDay));
  }

  /**
   * Whether the week needs a regular meeting (3.1): always, unless {@link
   * #skipNonWorkingMeetingDays()} and its regular meeting day is not a working day.
   */
  public boolean requiresRegularMeeting(CalendarPeriod week) {
    return !skipNonWorkingMeetingDays || isWorkingDay(regularMeetingDate(week));
  }

  /**
   * The instant {@code workingDays} working days after {@code from}, at the same local time: a
   * Friday 16:00 plus two working days is the Tuesday 16:00 after it.
   */
  public Instant workingDaysAfter(Instant from, int workingDays) {
    ZonedDateTime local = local(from);
    LocalDate date = local.toLocalDate();
    // Bounded whatever a host's calendar says: a calendar with no working day in a year is broken.
    LocalDate giveUp = date.plusDays(7L * workingDays + 366);
    for (int counted = 0; counted < workingDays; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      } else if (date.isAfter(giveUp)) {
        throw new IllegalStateException(
            "working calendar " + calendar().name() + " has no working day after " + date);
      }
    }
    return ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant();
  }

  /** The ISO week an instant falls in, in the policy's zone, such as {@code 2026-W46}. */
  public CalendarPeriod weekOf(Instant instant) {
    return CalendarPeriod.week(local(instant).toLocalDate(), zone);
  }

  /** The calendar month an instant falls in, in the policy's zone, such as {@code 2026-11}. */
  public CalendarPeriod monthOf(Instant instant) {
    return CalendarPeriod.month(local(instant).toLocalDate(), zone);
  }

  /** When the evaluation of a period is due (8.1): the period's end plus the grace period. */
  public Instant evaluationDeadline(CalendarPeriod period) {
    return period.end().plus(evaluationGracePeriod);
  }

  /**
   * The evaluation period an instant falls in (8.1), in the policy's zone: a quarter such as {@code
   * 2026-Q4}, or a half-year such as {@code 2026-H2}.
   */
  public CalendarPeriod evaluationPeriodOf(Instant instant) {
    return CalendarPeriod.evaluationPeriod(local(instant).toLocalDate(), evaluationCycle, zone);
  }

  // Sorted so that iteration, and everything printed from it, is the same in every run.
  private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values, String name) {
    Objects.requireNonNull(values, name);
    return Collections.unmodifiableSet(new TreeSet<>(values));
  }

  /** Builds {@link MeetingPolicy} values; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private String name = "销售部内部会议管理制度 / Sales Department Internal Meeting Policy";
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private DayOfWeek regularMeetingDay = DayOfWeek.FRIDAY;
    private LocalTime afternoonStart = LocalTime.NOON;
    private LocalTime afternoonEnd = LocalTime.of(18, 0);
    private Duration noticeLeadTime = Duration.ofDays(7);
    private Set<NoticeChannel> noticeChannels =
        Set.of(NoticeChannel.EMAIL, NoticeChannel.INSTANT_MESSAGE);
    private Duration reconfirmationLeadTime = Duration.ofDays(2);
    private Duration expectedArrivalLead = Duration.ofMinutes(10);
    private Duration roomBookingLeadTime = Duration.ofDays(7);
    private Set<Equipment> requiredRoomEquipment = Set.of(Equipment.PROJECTOR, Equipment.SOUND);
    private Duration equipmentCheckWindow = Duration.ofHours(24);
    private Duration agendaLeadTime = Duration.ofDays(7);
    private Duration materialsLeadTime = Duration.ofDays(1);
    private Set<AgendaCategory> requiredAgendaCategories =
        Set.of(
            AgendaCategory.POLICY_AND_PRIORITIES,
            AgendaCategory.MARKET_ANALYSIS,
            AgendaCategory.PRACTICAL_PROBLEMS,
            AgendaCategory.SALES_STRATEGY,
            AgendaCategory.SUMMARY_AND_FEEDBACK);
    private Set<AgendaCategory> monthlyAgendaCategories =
        Set.of(
            AgendaCategory.SUCCESS_STORIES,
            AgendaCategory.TEAM_BUILDING,
            AgendaCategory.PERSONAL_DEVELOPMENT);
    private Duration rescheduleNoticePeriod = Duration.ofDays(1);
    private int nextMeetingSchedulingWorkingDays = 2;
    private int feedbackRequestWorkingDays = 2;
    private Duration catchUpPeriod = Duration.ofDays(7);
    private int minutesDistributionWorkingDays = 2;
    private Duration minutesUpdatePeriod = Duration.ofDays(3);
    private int minutesArchiveWorkingDays = 5;
    private Duration progressReportInterval = Duration.ofDays(7);
    private Duration resolutionReviewInterval = Duration.ofDays(30);
    private Duration resultEvaluationPeriod = Duration.ofDays(14);
    private Duration attendeeChangeNoticePeriod = Duration.ofDays(1);
    private EvaluationCycle evaluationCycle = EvaluationCycle.QUARTERLY;
    private Duration evaluationGracePeriod = Duration.ofDays(30);
    private Set<FeedbackSource> evaluationSources =
        Set.of(
            FeedbackSource.MINUTES,
            FeedbackSource.ATTENDEE_FEEDBACK,
            FeedbackSource.LEADERSHIP_ASSESSMENT);
    private Set<IndicatorKind> evaluationIndicators =
        Set.of(
            IndicatorKind.MEETING_EFFICIENCY,
            IndicatorKind.INFORMATION_DELIVERY,
            IndicatorKind.DECISION_EXECUTION_RATE,
            IndicatorKind.TEAM_COHESION);
    private Set<LocalDate> holidays = Set.of();
    private @Nullable WorkingCalendar workingCalendar;
    private boolean skipNonWorkingMeetingDays = true;

    private Builder() {}

    /** Sets the policy's name, shown in reports. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the department's zone: day of week, afternoon, working days, weeks, months and periods
     * are judged in it.
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /** Sets the day of the regular weekly meeting. */
    public Builder regularMeetingDay(DayOfWeek regularMeetingDay) {
      this.regularMeetingDay = regularMeetingDay;
      return this;
    }

    /** Sets the earliest local start of the regular meeting ("afternoon"). */
    public Builder afternoonStart(LocalTime afternoonStart) {
      this.afternoonStart = afternoonStart;
      return this;
    }

    /** Sets the latest local end of the regular meeting. */
    public Builder afternoonEnd(LocalTime afternoonEnd) {
      this.afternoonEnd = afternoonEnd;
      return this;
    }

    /** Sets how long before the start the notice must go out. */
    public Builder noticeLeadTime(Duration noticeLeadTime) {
      this.noticeLeadTime = noticeLeadTime;
      return this;
    }

    /** Sets the channels a notice may use. */
    public Builder noticeChannels(Set<NoticeChannel> noticeChannels) {
      this.noticeChannels = noticeChannels;
      return this;
    }

    /** Sets how long before the start the attendee list must be reconfirmed, at the latest. */
    public Builder reconfirmationLeadTime(Duration reconfirmationLeadTime) {
      this.reconfirmationLeadTime = reconfirmationLeadTime;
      return this;
    }

    /** Sets how long before the start attendees are expected to arrive. */
    public Builder expectedArrivalLead(Duration expectedArrivalLead) {
      this.expectedArrivalLead = expectedArrivalLead;
      return this;
    }

    /**
     * Sets how long before the start the room booking must be confirmed (a choice: the notice
     * states the place, so the booking is due with it).
     */
    public Builder roomBookingLeadTime(Duration roomBookingLeadTime) {
      this.roomBookingLeadTime = roomBookingLeadTime;
      return this;
    }

    /** Sets the equipment the room of an in-person or hybrid meeting must have. */
    public Builder requiredRoomEquipment(Set<Equipment> requiredRoomEquipment) {
      this.requiredRoomEquipment = requiredRoomEquipment;
      return this;
    }

    /**
     * Sets how long before the start the in-person equipment check may be done, at the earliest (a
     * choice).
     */
    public Builder equipmentCheckWindow(Duration equipmentCheckWindow) {
      this.equipmentCheckWindow = equipmentCheckWindow;
      return this;
    }

    /** Sets how long before the start the agenda must be ready (a choice: the notice states it). */
    public Builder agendaLeadTime(Duration agendaLeadTime) {
      this.agendaLeadTime = agendaLeadTime;
      return this;
    }

    /** Sets how long before the start the materials must be ready (a choice). */
    public Builder materialsLeadTime(Duration materialsLeadTime) {
      this.materialsLeadTime = materialsLeadTime;
      return this;
    }

    /** Sets the agenda items every regular meeting must carry. */
    public Builder requiredAgendaCategories(Set<AgendaCategory> requiredAgendaCategories) {
      this.requiredAgendaCategories = requiredAgendaCategories;
      return this;
    }

    /** Sets the agenda items some regular meeting of every calendar month must carry. */
    public Builder monthlyAgendaCategories(Set<AgendaCategory> monthlyAgendaCategories) {
      this.monthlyAgendaCategories = monthlyAgendaCategories;
      return this;
    }

    /**
     * Sets how soon after a change of time the new notice must go out (a choice: "as soon as
     * possible").
     */
    public Builder rescheduleNoticePeriod(Duration rescheduleNoticePeriod) {
      this.rescheduleNoticePeriod = rescheduleNoticePeriod;
      return this;
    }

    /**
     * Sets within how many working days after a meeting ends the next one must be scheduled (a
     * choice).
     */
    public Builder nextMeetingSchedulingWorkingDays(int nextMeetingSchedulingWorkingDays) {
      this.nextMeetingSchedulingWorkingDays = nextMeetingSchedulingWorkingDays;
      return this;
    }

    /**
     * Sets within how many working days after a meeting ends attendees must be invited to give
     * feedback (a choice).
     */
    public Builder feedbackRequestWorkingDays(int feedbackRequestWorkingDays) {
      this.feedbackRequestWorkingDays = feedbackRequestWorkingDays;
      return this;
    }

    /**
     * Sets how long after the minutes are distributed (or the meeting ends, without minutes)
     * someone who missed part of it has to catch up (a choice).
     */
    public Builder catchUpPeriod(Duration catchUpPeriod) {
      this.catchUpPeriod = catchUpPeriod;
      return this;
    }

    /**
     * Sets within how many working days after the meeting ends the approved minutes must be
     * distributed (the text says "timely").
     */
    public Builder minutesDistributionWorkingDays(int minutesDistributionWorkingDays) {
      this.minutesDistributionWorkingDays = minutesDistributionWorkingDays;
      return this;
    }

    /**
     * Sets how soon after a resolution or plan changes the minutes must be updated and
     * redistributed (a choice).
     */
    public Builder minutesUpdatePeriod(Duration minutesUpdatePeriod) {
      this.minutesUpdatePeriod = minutesUpdatePeriod;
      return this;
    }

    /**
     * Sets within how many working days after the meeting ends the minutes must be archived (a
     * choice).
     */
    public Builder minutesArchiveWorkingDays(int minutesArchiveWorkingDays) {
      this.minutesArchiveWorkingDays = minutesArchiveWorkingDays;
      return this;
    }

    /**
     * Sets how often an open resolution's progress must be reported (the text says "regularly").
     */
    public Builder progressReportInterval(Duration progressReportInterval) {
      this.progressReportInterval = progressReportInterval;
      return this;
    }

    /** Sets how often an open resolution's execution must be reviewed (a choice). */
    public Builder resolutionReviewInterval(Duration resolutionReviewInterval) {
      this.resolutionReviewInterval = resolutionReviewInterval;
      return this;
    }

    /**
     * Sets how soon after its deadline or completion a resolution's result must be evaluated (a
     * choice).
     */
    public Builder resultEvaluationPeriod(Duration resultEvaluationPeriod) {
      this.resultEvaluationPeriod = resultEvaluationPeriod;
      return this;
    }

    /**
     * Sets how soon after a change of attendees those concerned must be notified (the text says
     * "immediately").
     */
    public Builder attendeeChangeNoticePeriod(Duration attendeeChangeNoticePeriod) {
      this.attendeeChangeNoticePeriod = attendeeChangeNoticePeriod;
      return this;
    }

    /** Sets how often the meeting system is evaluated. */
    public Builder evaluationCycle(EvaluationCycle evaluationCycle) {
      this.evaluationCycle = evaluationCycle;
      return this;
    }

    /** Sets how long after a period ends its evaluation must be done (a choice). */
    public Builder evaluationGracePeriod(Duration evaluationGracePeriod) {
      this.evaluationGracePeriod = evaluationGracePeriod;
      return this;
    }

    /** Sets the sources every evaluation must draw on. */
    public Builder evaluationSources(Set<FeedbackSource> evaluationSources) {
      this.evaluationSources = evaluationSources;
      return this;
    }

    /** Sets the indicators every evaluation must measure. */
    public Builder evaluationIndicators(Set<IndicatorKind> evaluationIndicators) {
      this.evaluationIndicators = evaluationIndicators;
      return this;
    }

    /**
     * Sets the working calendar; null (the default) for the official one of the zone: mainland
     * China's for Asia/Shanghai, Monday to Friday elsewhere.
     */
    public Builder workingCalendar(@Nullable WorkingCalendar workingCalendar) {
      this.workingCalendar = workingCalendar;
      return this;
    }

    /**
     * Sets whether a week whose regular meeting day is not a working day needs no regular meeting
     * (3.1); true by default.
     */
    public Builder skipNonWorkingMeetingDays(boolean skipNonWorkingMeetingDays) {
      this.skipNonWorkingMeetingDays = skipNonWorkingMeetingDays;
      return this;
    }

    /** Sets further days off in the zone, such as company holidays: not working days. */
    public Builder holidays(Set<LocalDate> holidays) {
      this.holidays = holidays;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException if a value lies outside its range ({@link PolicyRanges}), or
     *     the afternoon is empty
     * @throws NullPointerException if a value is null
     */
    public MeetingPolicy build() {
      return new MeetingPolicy(
          name,
          zone,
          regularMeetingDay,
          afternoonStart,
          afternoonEnd,
          noticeLeadTime,
          noticeChannels,
          reconfirmationLeadTime,
          expectedArrivalLead,
          roomBookingLeadTime,
          requiredRoomEquipment,
          equipmentCheckWindow,
          agendaLeadTime,
          materialsLeadTime,
          requiredAgendaCategories,
          monthlyAgendaCategories,
          rescheduleNoticePeriod,
          nextMeetingSchedulingWorkingDays,
          feedbackRequestWorkingDays,
          catchUpPeriod,
          minutesDistributionWorkingDays,
          minutesUpdatePeriod,
          minutesArchiveWorkingDays,
          progressReportInterval,
          resolutionReviewInterval,
          resultEvaluationPeriod,
          attendeeChangeNoticePeriod,
          evaluationCycle,
          evaluationGracePeriod,
          evaluationSources,
          evaluationIndicators,
          holidays,
          workingCalendar,
          skipNonWorkingMeetingDays);
    }
  }
}
