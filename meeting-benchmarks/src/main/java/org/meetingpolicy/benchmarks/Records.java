package org.meetingpolicy.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Deterministic benchmark inputs made from the fixtures: the same seed gives the same records.
 * Every record is well-formed, so that a batch measures checking, not rejecting.
 */
public final class Records {

  /** The instant every benchmark judges at: the golden meeting's. */
  public static final Instant AS_OF = GoldenMeeting.AS_OF;

  /** The seed of every generated batch. */
  public static final long SEED = 20261127L;

  private static final Department DEPARTMENT = SampleDepartment.department();

  private Records() {}

  /** The golden meeting alone: complies with every clause. */
  public static DepartmentRecords golden() {
    return GoldenMeeting.records();
  }

  /**
   * One meeting that breaks much of the policy: a regular meeting on a Thursday morning without
   * secretary, notice, reconfirmation, booking, equipment check, minutes or next-meeting record.
   */
  public static DepartmentRecords manyFindings() {
    ZonedDateTime start = GoldenMeeting.START.minusDays(1).withHour(9);
    Meeting meeting =
        GoldenMeeting.startingAt(start).toBuilder()
            .secretary(null)
            .notices(List.of())
            .responses(List.of())
            .reconfirmation(null)
            .finalAttendeeList(null)
            .disciplineReminder(null)
            .bookings(List.of())
            .equipmentChecks(List.of())
            .minutes(null)
            .feedbackRequest(null)
            .feedback(List.of())
            .nextMeeting(null)
            .build();
    return DepartmentRecords.of(DEPARTMENT, meeting);
  }

  /**
   * {@code count} one-meeting record sets, varied: each is the golden meeting in one of 26 weeks
   * around {@link #AS_OF} (so some are past, some due), with none to three of ten defects picked by
   * a seeded random generator.
   */
  public static List<DepartmentRecords> batch(int count, long seed) {
    Random random = new Random(seed);
    List<DepartmentRecords> batch = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ZonedDateTime start = GoldenMeeting.START.plusWeeks(random.nextInt(26) - 21L);
      Meeting meeting = GoldenMeeting.startingAt(start);
      int defects = random.nextInt(4);
      for (int d = 0; d < defects; d++) {
        meeting = defect(meeting, random.nextInt(10));
      }
      batch.add(DepartmentRecords.of(DEPARTMENT, meeting));
    }
    return List.copyOf(batch);
  }

  private static Meeting defect(Meeting meeting, int which) {
    Instant start = meeting.start();
    Meeting.Builder b = meeting.toBuilder();
    switch (which) {
      case 0 -> b.notices(List.of()).responses(List.of());
      case 1 ->
          b.notices(
                  List.of(
                      new Notice(
                          DEPARTMENT.manager(),
                          start.minus(Duration.ofDays(2)),
                          NoticeChannel.EMAIL,
                          SampleDepartment.roster().subList(0, 3),
                          true,
                          false,
                          true,
                          meeting.plannedStart())))
              // Responses before the first notice would be malformed.
              .responses(List.of());
      case 2 -> b.secretary(null);
      case 3 -> b.reconfirmation(null);
      case 4 -> b.bookings(List.of());
      case 5 -> b.equipmentChecks(List.of());
      case 6 -> b.minutes(null);
      case 7 -> b.nextMeeting(null).feedbackRequest(null).feedback(List.of());
      case 8 -> b.kind(MeetingKind.EMERGENCY).emergencyReason("A key customer's deadline moved.");
      default ->
          b.plannedStart(meeting.plannedStart().minusDays(1))
              .plannedEnd(meeting.plannedEnd().minusDays(1));
    }
    return b.build();
  }

  /**
   * One record set of {@code count} meetings, one a day from about a year before {@link #AS_OF}:
   * the golden meeting on Fridays (a regular series, some weeks missing one) and emergency meetings
   * on the other days, all in the same room. Every 50th meeting also books the next day's slot, a
   * room clash. Series rules (weekly cadence 3.1, room clashes 3.5) see every meeting of the set.
   */
  public static DepartmentRecords dailySeries(int count) {
    ZonedDateTime first = GoldenMeeting.START.minusWeeks(52).minusDays(4);
    List<Meeting> meetings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ZonedDateTime start = first.plusDays(i);
      Meeting meeting = GoldenMeeting.startingAt(start);
      Meeting.Builder b = meeting.toBuilder().id(MeetingId.of("m-" + i));
      boolean friday = start.getDayOfWeek() == DayOfWeek.FRIDAY;
      if (!friday || i % 70 == 4) {
        b.kind(MeetingKind.EMERGENCY).emergencyReason("An urgent customer escalation.");
      }
      if (i % 50 == 0) {
        RoomBooking own = meeting.bookings().get(0);
        Duration day = Duration.ofDays(1);
        b.bookings(
            List.of(
                own,
                new RoomBooking(
                    own.room(),
                    own.from().plus(day),
                    own.to().plus(day),
                    own.requestedBy(),
                    own.requestedAt().plus(Duration.ofHours(1)),
                    own.confirmedAt())));
      }
      meetings.add(b.build());
    }
    return DepartmentRecords.of(DEPARTMENT, meetings);
  }
}
