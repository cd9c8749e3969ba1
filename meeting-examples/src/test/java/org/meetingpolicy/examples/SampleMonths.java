package org.meetingpolicy.examples;

import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.ROOM_A;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.Approval;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResultEvaluation;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.core.model.VideoConference;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * How the two samples in {@code meeting-examples/samples/} are built from the core fixtures. The
 * files are generated from here ({@code SamplesTest}) and committed, so a reader sees plain JSON
 * and the samples cannot drift from the code.
 */
final class SampleMonths {

  /** The instant both samples are judged at: Thursday 10 December 2026, noon in Shanghai. */
  static final Instant AS_OF = ZonedDateTime.of(2026, 12, 10, 12, 0, 0, 0, ZONE).toInstant();

  /** The same instant as the CLI takes it. */
  static final String AS_OF_TEXT = "2026-12-10T12:00+08:00";

  private static final ZonedDateTime NOV_6 = ZonedDateTime.of(2026, 11, 6, 14, 0, 0, 0, ZONE);

  private SampleMonths() {}

  /**
   * Every Friday from 6 November to 4 December 2026, each the golden meeting: as of {@link #AS_OF}
   * every week up to it has its meeting. The resolutions of the first two meetings are done and
   * evaluated; the later ones are in progress and reported on every week.
   */
  static DepartmentRecords compliantMonth() {
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : GoldenMeeting.weeklySeries(NOV_6, 5)) {
      Resolution resolution = meeting.resolutions().get(0);
      boolean early = meeting.start().isBefore(NOV_6.plusWeeks(2).toInstant());
      Resolution tracked = early ? done(meeting, resolution) : inProgress(meeting, resolution);
      meetings.add(meeting.toBuilder().resolutions(List.of(tracked)).build());
    }
    return DepartmentRecords.of(SampleDepartment.department(), meetings);
  }

  private static Resolution done(Meeting meeting, Resolution open) {
    Instant completed = meeting.start().plus(Duration.ofDays(20));
    return new Resolution(
        open.id(),
        open.text(),
        open.responsible(),
        open.plan(),
        open.deadline(),
        open.tracker(),
        weeklyReports(meeting, completed),
        List.of(new PlanReview(completed.minus(Duration.ofDays(1)), MANAGER, false, "On track.")),
        ResolutionStatus.DONE,
        completed,
        new ResultEvaluation(
            completed.plus(Duration.ofDays(3)), MANAGER, true, "16 of the top 20 renewed."),
        "Book account visits before the campaign starts.");
  }

  private static Resolution inProgress(Meeting meeting, Resolution open) {
    return new Resolution(
        open.id(),
        open.text(),
        open.responsible(),
        open.plan(),
        open.deadline(),
        open.tracker(),
        weeklyReports(meeting, AS_OF),
        List.of(),
        ResolutionStatus.IN_PROGRESS,
        null,
        null,
        null);
  }

  /** A progress report 3 days after the meeting, then one a week, up to {@code until}. */
  private static List<ProgressReport> weeklyReports(Meeting meeting, Instant until) {
    List<ProgressReport> reports = new ArrayList<>();
    Instant at = meeting.start().plus(Duration.ofDays(3)).minus(Duration.ofHours(2));
    for (int week = 1; !at.isAfter(until); week++, at = at.plus(Duration.ofDays(7))) {
      reports.add(new ProgressReport(at, SECRETARY, MANAGER, "Week " + week + ": on plan.", null));
    }
    return reports;
  }

  /**
   * A month that breaks many clauses, as of {@link #AS_OF}:
   *
   * <ul>
   *   <li>6 Nov: the notice went out 3 days ahead (3.4); its resolution is still open two weeks
   *       past its deadline (7.3);
   *   <li>13 Nov: no secretary (2.2), and minutes without a chair (6.2);
   *   <li>no meeting in the week of 16 November (3.1);
   *   <li>27 Nov: a salesman came 20 minutes late without telling anyone (5.1, 5.6); the minutes
   *       went out before they were approved (6.4); an emergency meeting booked the same room at
   *       the same time (3.5);
   *   <li>4 Dec: online, with no reason given (9.2).
   * </ul>
   */
  static DepartmentRecords noncompliantMonth() {
    Meeting nov6 = lateNotice(GoldenMeeting.startingAt(NOV_6));
    nov6 = nov6.toBuilder().resolutions(List.of(overdue(nov6))).build();
    Meeting nov13 = noSecretaryNoChair(GoldenMeeting.startingAt(NOV_6.plusWeeks(1)));
    Meeting nov27 = lateAndUnapproved(GoldenMeeting.startingAt(NOV_6.plusWeeks(3)));
    Meeting clash = clashing(nov27);
    Meeting dec4 = onlineWithoutReason(GoldenMeeting.startingAt(NOV_6.plusWeeks(4)));
    return DepartmentRecords.of(
        SampleDepartment.department(), List.of(nov6, nov13, nov27, clash, dec4));
  }

  private static Meeting lateNotice(Meeting golden) {
    Notice notice = golden.notices().get(0);
    Instant sent = golden.start().minus(Duration.ofDays(3));
    List<Response> responses = new ArrayList<>();
    for (Response response : golden.responses()) {
      // Answers cannot come before the notice they answer.
      responses.add(
          new Response(
              response.person(),
              response.kind(),
              sent.plus(Duration.between(notice.sentAt(), response.at()))));
    }
    return golden.toBuilder()
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
                    notice.announcedStart())))
        .responses(responses)
        .build();
  }

  private static Resolution overdue(Meeting meeting) {
    Resolution golden = meeting.resolutions().get(0);
    return new Resolution(
        golden.id(),
        golden.text(),
        golden.responsible(),
        golden.plan(),
        meeting.start().plus(Duration.ofDays(14)),
        golden.tracker(),
        golden.progressReports(),
        List.of(),
        ResolutionStatus.IN_PROGRESS,
        null,
        null,
        null);
  }

  private static Meeting noSecretaryNoChair(Meeting golden) {
    Minutes m = golden.minutes();
    Minutes noChair = m.toBuilder().chair(null).build();
    return golden.toBuilder().secretary(null).minutes(noChair).build();
  }

  private static Meeting lateAndUnapproved(Meeting golden) {
    List<Attendance> attendance = new ArrayList<>();
    for (Attendance entry : golden.attendance()) {
      attendance.add(
          entry.person().equals(SALES_1)
              ? new Attendance(
                  SALES_1,
                  List.of(new Presence(golden.start().plus(Duration.ofMinutes(20)), golden.end())))
              : entry);
    }
    Minutes m = golden.minutes();
    Distribution sent = m.distributions().get(0);
    Approval afterwards = new Approval(1, MANAGER, sent.at().plus(Duration.ofHours(4)));
    Minutes early = m.toBuilder().approvals(List.of(afterwards)).build();
    return golden.toBuilder().attendance(attendance).minutes(early).build();
  }

  /** An emergency meeting in the same room, overlapping the regular meeting's booking. */
  private static Meeting clashing(Meeting regular) {
    ZonedDateTime start = regular.plannedStart().minusMinutes(30);
    Instant s = start.toInstant();
    return Meeting.builder(MeetingId.of("m-2026-11-27-emergency"))
        .kind(MeetingKind.EMERGENCY)
        .emergencyReason("Large order at risk")
        .title("Emergency: order at risk")
        .plannedStart(start)
        .plannedEnd(start.plusHours(1))
        .room(ROOM_A)
        .organizer(MANAGER)
        .secretary(SECRETARY)
        .addBookings(
            new RoomBooking(
                ROOM_A,
                s,
                s.plus(Duration.ofHours(1)),
                SECRETARY,
                s.minus(Duration.ofHours(3)),
                s.minus(Duration.ofHours(2))))
        .build();
  }

  private static Meeting onlineWithoutReason(Meeting golden) {
    return golden.toBuilder()
        .mode(MeetingMode.ONLINE)
        .onlineReason(null)
        .room(null)
        .video(new VideoConference("https://meet.example.com/sales-weekly", "MeetTool", true))
        .bookings(List.of())
        .equipmentChecks(List.of())
        .build();
  }
}
