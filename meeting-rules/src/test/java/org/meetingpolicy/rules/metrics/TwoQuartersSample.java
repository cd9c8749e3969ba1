package org.meetingpolicy.rules.metrics;

import static org.meetingpolicy.core.fixtures.SampleDepartment.DEPUTY;
import static org.meetingpolicy.core.fixtures.SampleDepartment.MANAGER;
import static org.meetingpolicy.core.fixtures.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.core.fixtures.SampleDepartment.SALES_1;
import static org.meetingpolicy.core.fixtures.SampleDepartment.SALES_2;
import static org.meetingpolicy.core.fixtures.SampleDepartment.SALES_3;
import static org.meetingpolicy.core.fixtures.SampleDepartment.SECRETARY;
import static org.meetingpolicy.core.fixtures.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.core.fixtures.SampleDepartment.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.fixtures.SampleDepartment;
import org.meetingpolicy.core.model.ActionPlan;
import org.meetingpolicy.core.model.Approval;
import org.meetingpolicy.core.model.Archive;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.CatchUp;
import org.meetingpolicy.core.model.CatchUpMethod;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.meetingpolicy.core.model.Feedback;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.FinalAttendeeList;
import org.meetingpolicy.core.model.ImprovementFollowUp;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.MeasureId;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PlanStep;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Reconfirmation;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.core.model.ResultEvaluation;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.core.model.VideoConference;

/**
 * Two quarters of the sample department, 2026-Q3 and 2026-Q4, judged as of {@link #AS_OF}: one
 * regular meeting every Friday at 14:00 (13 a quarter), built from {@link GoldenMeeting} and so
 * compliant with every clause except for the deliberate differences below, plus an emergency
 * meeting, an online meeting and one evaluation per quarter with a satisfaction survey.
 *
 * <p>The JSON form of this sample waits for the JSON reader being written in parallel; this class
 * is the sample until then.
 *
 * <p>Every meeting differs from the golden one in its resolution: done 6 days after the start,
 * before its deadline 10 days after, with one progress report 3 days after the start (see {@link
 * #resolution}). Minutes of a Friday meeting are approved on Monday at 10:00 and distributed at
 * 11:00, 67 hours after the 16:00 end. The deliberate differences:
 *
 * <ul>
 *   <li>Q3 {@link #JUL_17}: the room booking is never confirmed (3.5).
 *   <li>Q3 {@link #JUL_24}: {@code SALES_3} is absent after telling the organizer, and catches up.
 *   <li>Q3 {@link #AUG_7}: the attendee list is reconfirmed only 1 day ahead (3.7).
 *   <li>Q3 {@link #AUG_14}: the resolution is done 12 days after the start, after its deadline.
 *   <li>Q3 {@link #AUG_28}: the minutes do not name the chair (6.2).
 *   <li>Q3 {@link #SEP_11}: the minutes go out at 09:00, before their approval at 10:00 (6.4).
 *   <li>Q3 {@link #SEP_18}: {@code SALES_1} leaves 30 minutes early without notice and does not
 *       catch up (5.6).
 *   <li>Q4 {@link #OCT_9}: the notice goes out 5 days ahead (3.4).
 *   <li>Q4 {@link #OCT_16}: the resolution's only progress report comes 8 days after the start
 *       (7.3).
 *   <li>Q4 {@link #OCT_23}: held online, with a stated reason (9.2).
 *   <li>Q4 {@link #OCT_30}: nobody checks the equipment (3.6).
 *   <li>Q4 {@link #NOV_6}: {@code DEPUTY} is absent without notice, and catches up (5.6).
 *   <li>Q4 {@link #NOV_13}: the minutes go out on Thursday, after the 2-working-day deadline (6.5);
 *       the marketing head complains in a feedback rated 2.
 *   <li>Q4 {@link #EMERGENCY}: an emergency meeting on Tuesday 17 November, with its reason (9.1).
 *   <li>Q4 {@link #NOV_20}: {@code SALES_3} arrives 5 minutes late without notice and does not
 *       catch up (5.1, 5.6); {@code SALES_2} arrives 5 minutes before the start, on time but not
 *       the expected 10 minutes early.
 *   <li>Q4 {@link #DEC_11}: the resolution is still in progress at {@link #AS_OF}, 11 days past its
 *       deadline (7.3).
 *   <li>Q4 {@link #ONLINE} has an unrated feedback on the video quality.
 * </ul>
 */
final class TwoQuartersSample {

  /** The instant the sample is judged at: Friday 1 January 2027, 12:00 in Shanghai. */
  static final Instant AS_OF = ZonedDateTime.of(2027, 1, 1, 12, 0, 0, 0, ZONE).toInstant();

  static final ZonedDateTime JUL_3 = friday(2026, 7, 3);
  static final ZonedDateTime JUL_17 = friday(2026, 7, 17);
  static final ZonedDateTime JUL_24 = friday(2026, 7, 24);
  static final ZonedDateTime AUG_7 = friday(2026, 8, 7);
  static final ZonedDateTime AUG_14 = friday(2026, 8, 14);
  static final ZonedDateTime AUG_28 = friday(2026, 8, 28);
  static final ZonedDateTime SEP_11 = friday(2026, 9, 11);
  static final ZonedDateTime SEP_18 = friday(2026, 9, 18);
  static final ZonedDateTime OCT_2 = friday(2026, 10, 2);
  static final ZonedDateTime OCT_9 = friday(2026, 10, 9);
  static final ZonedDateTime OCT_16 = friday(2026, 10, 16);
  static final ZonedDateTime OCT_23 = friday(2026, 10, 23);
  static final ZonedDateTime OCT_30 = friday(2026, 10, 30);
  static final ZonedDateTime NOV_6 = friday(2026, 11, 6);
  static final ZonedDateTime NOV_13 = friday(2026, 11, 13);
  static final ZonedDateTime NOV_20 = friday(2026, 11, 20);
  static final ZonedDateTime DEC_11 = friday(2026, 12, 11);

  /** The emergency meeting's start: Tuesday 17 November 2026, 10:00. */
  static final ZonedDateTime EMERGENCY = ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, ZONE);

  /** The online meeting's start. */
  static final ZonedDateTime ONLINE = OCT_23;

  static final String EMERGENCY_REASON =
      "Key customer <Acme & Co> threatens to cancel its contract";
  static final String ONLINE_REASON = "Office building closed for a fire-safety inspection";

  static final EvaluationId Q3_EVALUATION = EvaluationId.of("ev-2026-q3");
  static final EvaluationId Q4_EVALUATION = EvaluationId.of("ev-2026-q4");

  private static final Duration LENGTH = GoldenMeeting.LENGTH;

  private TwoQuartersSample() {}

  /** The sample's records: 27 meetings and the two evaluations. */
  static DepartmentRecords records() {
    return new DepartmentRecords(
        SampleDepartment.department(),
        meetings(),
        List.of(q3Evaluation(), q4Evaluation()),
        List.of());
  }

  /** The meetings, by start. */
  static List<Meeting> meetings() {
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : GoldenMeeting.weeklySeries(friday(2026, 7, 3), 26)) {
      meetings.add(vary(m.toBuilder().resolutions(List.of(resolution(m.plannedStart()))).build()));
      if (m.plannedStart().equals(NOV_13)) {
        meetings.add(emergency());
      }
    }
    return List.copyOf(meetings);
  }

  private static Meeting vary(Meeting m) {
    ZonedDateTime start = m.plannedStart();
    Instant s = start.toInstant();
    Instant end = s.plus(LENGTH);
    if (start.equals(JUL_17)) {
      RoomBooking golden = m.bookings().get(0);
      return m.toBuilder()
          .bookings(
              List.of(
                  new RoomBooking(
                      golden.room(),
                      golden.from(),
                      golden.to(),
                      golden.requestedBy(),
                      golden.requestedAt(),
                      null)))
          .build();
    }
    if (start.equals(JUL_24)) {
      return m.toBuilder()
          .attendance(without(m.attendance(), SALES_3))
          .attendanceNotices(
              List.of(
                  new AttendanceNotice(
                      SALES_3,
                      AttendanceNoticeKind.ABSENCE,
                      s.minus(Duration.ofDays(2)),
                      MANAGER,
                      "Customer visit in Hangzhou")))
          .catchUps(
              List.of(
                  new CatchUp(SALES_3, mondayAt(start, 12), CatchUpMethod.MINUTES_ACKNOWLEDGED)))
          .minutes(withMinutes(m.minutes(), mn -> attendeesWithout(mn, SALES_3)))
          .build();
    }
    if (start.equals(AUG_7)) {
      List<PersonId> roster = SampleDepartment.roster();
      return m.toBuilder()
          .reconfirmation(new Reconfirmation(SECRETARY, s.minus(Duration.ofDays(1)), roster))
          .build();
    }
    if (start.equals(AUG_14)) {
      Resolution r = m.resolutions().get(0);
      Instant done = s.plus(Duration.ofDays(12));
      return m.toBuilder()
          .resolutions(
              List.of(
                  new Resolution(
                      r.id(),
                      r.text(),
                      r.responsible(),
                      r.plan(),
                      r.deadline(),
                      r.tracker(),
                      List.of(
                          report(s.plus(Duration.ofDays(3))), report(s.plus(Duration.ofDays(9)))),
                      List.of(),
                      ResolutionStatus.DONE,
                      done,
                      new ResultEvaluation(done.plus(Duration.ofHours(2)), MANAGER, true, "Done."),
                      r.lessons())))
          .build();
    }
    if (start.equals(AUG_28)) {
      return m.toBuilder().minutes(withMinutes(m.minutes(), mn -> chair(mn, null))).build();
    }
    if (start.equals(SEP_11)) {
      Instant distributed = mondayAt(start, 9);
      return m.toBuilder()
          .minutes(
              withMinutes(
                  m.minutes(),
                  mn -> distributed(mn, distributed, distributed.plus(Duration.ofHours(1)))))
          .build();
    }
    if (start.equals(SEP_18)) {
      List<Attendance> attendance = new ArrayList<>(without(m.attendance(), SALES_1));
      attendance.add(
          new Attendance(
              SALES_1,
              List.of(
                  new Presence(
                      s.minus(Duration.ofMinutes(15)), end.minus(Duration.ofMinutes(30))))));
      return m.toBuilder().attendance(attendance).build();
    }
    if (start.equals(OCT_9)) {
      Notice golden = m.notices().get(0);
      Instant sent = s.minus(Duration.ofDays(5));
      return m.toBuilder()
          .notices(
              List.of(
                  new Notice(
                      golden.sentBy(),
                      sent,
                      golden.channel(),
                      golden.recipients(),
                      true,
                      true,
                      true,
                      start)))
          .responses(responses(sent.plus(Duration.ofHours(2))))
          .build();
    }
    if (start.equals(OCT_16)) {
      Resolution r = m.resolutions().get(0);
      Instant done = s.plus(Duration.ofDays(9));
      return m.toBuilder()
          .resolutions(
              List.of(
                  new Resolution(
                      r.id(),
                      r.text(),
                      r.responsible(),
                      r.plan(),
                      r.deadline(),
                      r.tracker(),
                      List.of(report(s.plus(Duration.ofDays(8)))),
                      List.of(),
                      ResolutionStatus.DONE,
                      done,
                      new ResultEvaluation(done.plus(Duration.ofHours(2)), MANAGER, true, "Done."),
                      r.lessons())))
          .build();
    }
    if (start.equals(OCT_23)) {
      List<Feedback> feedback = new ArrayList<>(m.feedback());
      feedback.add(
          new Feedback(
              SALES_3,
              end.plus(Duration.ofHours(4)),
              FeedbackTopic.OTHER,
              null,
              "Video quality was poor."));
      return m.toBuilder()
          .mode(MeetingMode.ONLINE)
          .onlineReason(ONLINE_REASON)
          .room(null)
          .video(new VideoConference("meeting://sales-weekly", "Tencent Meeting", true))
          .bookings(List.of())
          .equipmentChecks(List.of())
          .feedback(feedback)
          .minutes(withMinutes(m.minutes(), mn -> place(mn, "Online: Tencent Meeting")))
          .build();
    }
    if (start.equals(OCT_30)) {
      return m.toBuilder().equipmentChecks(List.of()).build();
    }
    if (start.equals(NOV_6)) {
      return m.toBuilder()
          .attendance(without(m.attendance(), DEPUTY))
          .catchUps(
              List.of(new CatchUp(DEPUTY, mondayAt(start, 12), CatchUpMethod.MINUTES_ACKNOWLEDGED)))
          .minutes(withMinutes(m.minutes(), mn -> attendeesWithout(mn, DEPUTY)))
          .build();
    }
    if (start.equals(NOV_13)) {
      // Thursday 11:00, 6 days less 5 hours after the 16:00 end.
      Instant distributed = s.plus(Duration.ofDays(6)).minus(Duration.ofHours(3));
      List<Feedback> feedback = new ArrayList<>(m.feedback());
      feedback.add(
          new Feedback(
              MARKETING_HEAD,
              distributed.plus(Duration.ofHours(1)),
              FeedbackTopic.MINUTES,
              2,
              "The minutes came too late to act on."));
      return m.toBuilder()
          .feedback(feedback)
          .minutes(
              withMinutes(
                  m.minutes(),
                  mn -> distributed(mn, distributed, distributed.plus(Duration.ofHours(1)))))
          .build();
    }
    if (start.equals(NOV_20)) {
      List<Attendance> attendance =
          new ArrayList<>(without(without(m.attendance(), SALES_3), SALES_2));
      attendance.add(
          new Attendance(SALES_3, List.of(new Presence(s.plus(Duration.ofMinutes(5)), end))));
      attendance.add(
          new Attendance(SALES_2, List.of(new Presence(s.minus(Duration.ofMinutes(5)), end))));
      return m.toBuilder().attendance(attendance).build();
    }
    if (start.equals(DEC_11)) {
      Resolution r = m.resolutions().get(0);
      return m.toBuilder()
          .resolutions(
              List.of(
                  new Resolution(
                      r.id(),
                      r.text(),
                      r.responsible(),
                      r.plan(),
                      r.deadline(),
                      r.tracker(),
                      List.of(
                          report(s.plus(Duration.ofDays(3))),
                          report(s.plus(Duration.ofDays(10))),
                          report(s.plus(Duration.ofDays(17)))),
                      List.of(),
                      ResolutionStatus.IN_PROGRESS,
                      null,
                      null,
                      null)))
          .build();
    }
    return m;
  }

  /** The emergency meeting: golden in substance, called a day ahead, minutes out the next day. */
  private static Meeting emergency() {
    Meeting golden = GoldenMeeting.startingAt(EMERGENCY);
    Instant s = EMERGENCY.toInstant();
    Instant end = s.plus(LENGTH);
    Instant called = s.minus(Duration.ofDays(1));
    List<PersonId> roster = SampleDepartment.roster();
    Notice notice = golden.notices().get(0);
    RoomBooking booking = golden.bookings().get(0);
    Instant approved = end.plus(Duration.ofHours(19));
    Instant distributed = end.plus(Duration.ofHours(20));
    return golden.toBuilder()
        .kind(MeetingKind.EMERGENCY)
        .emergencyReason(EMERGENCY_REASON)
        .title("Emergency meeting: key customer")
        .notices(
            List.of(
                new Notice(
                    notice.sentBy(),
                    called,
                    NoticeChannel.INSTANT_MESSAGE,
                    roster,
                    true,
                    true,
                    true,
                    EMERGENCY)))
        .responses(responses(called.plus(Duration.ofHours(1))))
        .reconfirmation(new Reconfirmation(SECRETARY, called.plus(Duration.ofHours(3)), roster))
        .finalAttendeeList(new FinalAttendeeList(MANAGER, called.plus(Duration.ofHours(4)), roster))
        .bookings(
            List.of(
                new RoomBooking(
                    booking.room(),
                    booking.from(),
                    booking.to(),
                    SECRETARY,
                    called,
                    called.plus(Duration.ofHours(1)))))
        .minutes(
            withMinutes(
                golden.minutes(),
                mn ->
                    new Minutes(
                        mn.recorder(),
                        mn.actualStart(),
                        mn.actualEnd(),
                        mn.place(),
                        mn.attendees(),
                        mn.chair(),
                        mn.agenda(),
                        mn.resolutions(),
                        mn.actionPlansRecorded(),
                        mn.speakerNotes(),
                        mn.keyContent(),
                        mn.versions(),
                        List.of(new Approval(1, MANAGER, approved)),
                        List.of(
                            new Distribution(
                                1,
                                distributed,
                                SECRETARY,
                                mn.distributions().get(0).recipients(),
                                mn.distributions().get(0).departments())),
                        new Archive(distributed.plus(Duration.ofHours(1)), mn.archive().location()),
                        mn.classification())))
        .resolutions(List.of(resolution(EMERGENCY)))
        .nextMeeting(null)
        .build();
  }

  /**
   * The standard resolution of the meeting starting at {@code start}: deadline 10 days after the
   * start, reported on 3 days after, done 6 days after, its result evaluated 2 hours later.
   */
  static Resolution resolution(ZonedDateTime start) {
    Instant s = start.toInstant();
    Instant done = s.plus(Duration.ofDays(6));
    return new Resolution(
        GoldenMeeting.resolutionIdFor(start),
        "Call back every customer with an open complaint",
        Responsible.person(SUPERVISOR),
        new ActionPlan(
            List.of(
                new PlanStep("List the open complaints", s.plus(Duration.ofDays(3))),
                new PlanStep("Call each customer back", s.plus(Duration.ofDays(6)))),
            "Every open complaint answered"),
        s.plus(Duration.ofDays(10)),
        SECRETARY,
        List.of(report(s.plus(Duration.ofDays(3)))),
        List.of(),
        ResolutionStatus.DONE,
        done,
        new ResultEvaluation(done.plus(Duration.ofHours(2)), MANAGER, true, "All answered."),
        "Keep a shared complaint list.");
  }

  private static Evaluation q3Evaluation() {
    return new Evaluation(
        Q3_EVALUATION,
        new EvaluationPeriod("2026-Q3", at(2026, 7, 1, 0), at(2026, 10, 1, 0)),
        at(2026, 10, 12, 10),
        MANAGER,
        Set.of(FeedbackSource.values()),
        List.of(
            new Indicator(IndicatorKind.MEETING_EFFICIENCY, "Meetings end on time", 92, 90.0, "%"),
            new Indicator(
                IndicatorKind.INFORMATION_DELIVERY, "minutes-distributed-on-time", 100, 95.0, "%"),
            new Indicator(
                IndicatorKind.DECISION_EXECUTION_RATE, "Decision execution rate", 91.7, 90.0, "%"),
            new Indicator(IndicatorKind.TEAM_COHESION, "attendance-rate", 99.1, 98.0, "%"),
            new Indicator(IndicatorKind.OTHER, "notice-on-time", 100, 100.0, "%")),
        new SatisfactionSurvey(
            at(2026, 10, 9, 18),
            9,
            7,
            List.of(
                new SurveyQuestion("The meetings are worth the time", 7, 4.0),
                new SurveyQuestion("Decisions are followed up", 6, 3.5))),
        true,
        null,
        null,
        List.of(
            new ImprovementMeasure(
                MeasureId.of("q3-m1"),
                "Reconfirm attendees three days ahead",
                SECRETARY,
                at(2026, 11, 30, 18),
                List.of(
                    new ImprovementFollowUp(at(2026, 11, 20, 10), MANAGER, true, "In place.")))));
  }

  private static Evaluation q4Evaluation() {
    return new Evaluation(
        Q4_EVALUATION,
        new EvaluationPeriod("2026-Q4", at(2026, 10, 1, 0), at(2027, 1, 1, 0)),
        at(2027, 1, 1, 10),
        MANAGER,
        Set.of(FeedbackSource.values()),
        List.of(
            new Indicator(IndicatorKind.MEETING_EFFICIENCY, "Meetings end on time", 93, 90.0, "%"),
            new Indicator(
                IndicatorKind.INFORMATION_DELIVERY, "minutes-distributed-on-time", 92.9, 97.0, "%"),
            new Indicator(
                IndicatorKind.DECISION_EXECUTION_RATE, "Decision execution rate", 92.9, 95.0, "%"),
            new Indicator(IndicatorKind.TEAM_COHESION, "attendance-rate", 99.2, 98.0, "%"),
            new Indicator(IndicatorKind.OTHER, "notice-on-time", 91.7, 100.0, "%")),
        new SatisfactionSurvey(
            at(2026, 12, 31, 18),
            9,
            8,
            List.of(
                new SurveyQuestion("The meetings are worth the time", 8, 4.25),
                new SurveyQuestion("Decisions are followed up", 8, 3.75))),
        true,
        Q3_EVALUATION,
        "Notice and distribution slipped once each; attendance held; satisfaction up.",
        List.of(
            new ImprovementMeasure(
                MeasureId.of("q4-m1"),
                "Distribute the minutes on Monday morning at the latest",
                SECRETARY,
                at(2027, 2, 26, 18),
                List.of())));
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static ZonedDateTime friday(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 14, 0, 0, 0, ZONE);
  }

  private static Instant at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZONE).toInstant();
  }

  /** The Monday after a Friday meeting, at the hour. */
  private static Instant mondayAt(ZonedDateTime friday, int hour) {
    return friday.plusDays(3).withHour(hour).toInstant();
  }

  private static ProgressReport report(Instant at) {
    return new ProgressReport(at, SECRETARY, MANAGER, "On track.", null);
  }

  private static List<Response> responses(Instant first) {
    List<PersonId> roster = SampleDepartment.roster();
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < roster.size(); i++) {
      responses.add(
          new Response(
              roster.get(i), ResponseKind.ACCEPT, first.plus(Duration.ofMinutes(10L * i))));
    }
    return responses;
  }

  private static List<Attendance> without(List<Attendance> attendance, PersonId person) {
    return attendance.stream().filter(a -> !a.person().equals(person)).toList();
  }

  private static Minutes withMinutes(Minutes minutes, UnaryOperator<Minutes> change) {
    return change.apply(minutes);
  }

  private static Minutes attendeesWithout(Minutes m, PersonId person) {
    return new Minutes(
        m.recorder(),
        m.actualStart(),
        m.actualEnd(),
        m.place(),
        m.attendees().stream().filter(p -> !p.equals(person)).toList(),
        m.chair(),
        m.agenda(),
        m.resolutions(),
        m.actionPlansRecorded(),
        m.speakerNotes(),
        m.keyContent(),
        m.versions(),
        m.approvals(),
        m.distributions(),
        m.archive(),
        m.classification());
  }

  private static Minutes chair(Minutes m, PersonId chair) {
    return new Minutes(
        m.recorder(),
        m.actualStart(),
        m.actualEnd(),
        m.place(),
        m.attendees(),
        chair,
        m.agenda(),
        m.resolutions(),
        m.actionPlansRecorded(),
        m.speakerNotes(),
        m.keyContent(),
        m.versions(),
        m.approvals(),
        m.distributions(),
        m.archive(),
        m.classification());
  }

  private static Minutes place(Minutes m, String place) {
    return new Minutes(
        m.recorder(),
        m.actualStart(),
        m.actualEnd(),
        place,
        m.attendees(),
        m.chair(),
        m.agenda(),
        m.resolutions(),
        m.actionPlansRecorded(),
        m.speakerNotes(),
        m.keyContent(),
        m.versions(),
        m.approvals(),
        m.distributions(),
        m.archive(),
        m.classification());
  }

  /**
   * The same minutes, first and only distributed at {@code at} and archived at {@code archived}.
   */
  private static Minutes distributed(Minutes m, Instant at, Instant archived) {
    Distribution golden = m.distributions().get(0);
    return new Minutes(
        m.recorder(),
        m.actualStart(),
        m.actualEnd(),
        m.place(),
        m.attendees(),
        m.chair(),
        m.agenda(),
        m.resolutions(),
        m.actionPlansRecorded(),
        m.speakerNotes(),
        m.keyContent(),
        m.versions(),
        m.approvals(),
        List.of(
            new Distribution(
                golden.version(), at, golden.by(), golden.recipients(), golden.departments())),
        new Archive(archived, m.archive().location()),
        m.classification());
  }
}
