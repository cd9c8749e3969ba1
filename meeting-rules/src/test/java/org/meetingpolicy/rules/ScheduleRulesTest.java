package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.ROOM_A;
import static org.meetingpolicy.testkit.SampleDepartment.ROOM_SMALL;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Equipment;
import org.meetingpolicy.core.model.EquipmentCheck;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.NextMeetingScheduling;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Reconfirmation;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.core.model.Room;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.core.model.RoomKind;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Policy section 3, Time and place: schedule.drl. */
class ScheduleRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final ZonedDateTime START = GoldenMeeting.START;
  private static final Instant S = START.toInstant();
  private static final Instant E = GOLDEN.end();
  private static final Instant AS_OF = GoldenMeeting.AS_OF;
  private static final List<PersonId> ROSTER = SampleDepartment.roster();
  private static final List<String> CLAUSES =
      List.of("3.1", "3.2", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10");

  /** Sunday after the golden meeting: the next week's meeting is not yet in view. */
  private static final Instant SUNDAY_AFTER = local("2026-11-15T12:00");

  private static final Duration SECOND = Duration.ofSeconds(1);

  // ---- golden ---------------------------------------------------------------------------------

  @Test
  void goldenMeetingHasNoViolationOrWarningOfSection3AndOnlyNextWeeksMeetingDue() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report)
        .hasSingleFindingAmong(CLAUSES)
        .withSeverity(Severity.DUE)
        .fromRule("schedule.weekly-meeting-due")
        .about(Subject.period("2026-W47"))
        .at(local("2026-11-20T18:00"));
    assertThat(report.status("3.1")).isEqualTo(ClauseStatus.DUE);
    for (String clause : List.of("3.2", "3.4", "3.5", "3.6", "3.7", "3.9", "3.10")) {
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.COMPLIANT);
    }
    assertThat(report.status("3.8")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void goldenMeetingComplies3_1BeforeTheNextWeekStarts() {
    assertCompliant(check(GOLDEN, SUNDAY_AFTER), "3.1");
  }

  // ---- 3.1 slot ------------------------------------------------------------------------------

  @Test
  void regularMeetingOnThursdayViolates3_1() {
    ComplianceReport report = check(GoldenMeeting.startingAt(START.minusDays(1)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.regular-slot-day")
        .withEvidence("day", "Thursday")
        .withEvidence("required", "Friday")
        .withEvidence("start", "2026-11-12 14:00");
  }

  @ParameterizedTest(name = "start {0} local: compliant = {1}")
  @CsvSource({"12:00:00, true", "11:59:59, false", "16:00:00, true", "16:00:01, false"})
  void regularMeetingMustRunWithinTheAfternoon3_1(String startTime, boolean compliant) {
    // The golden meeting lasts 2 h: a 16:00 start ends at 18:00 exactly.
    ZonedDateTime start = START.with(LocalTime.parse(startTime));
    ComplianceReport report = check(GoldenMeeting.startingAt(start), SUNDAY_AFTER);

    if (compliant) {
      assertCompliant(report, "3.1");
    } else {
      assertThat(report)
          .hasSingle(Severity.VIOLATION, "3.1")
          .fromRule("schedule.regular-slot-afternoon")
          .withEvidence("from", "12:00")
          .withEvidence("until", "18:00");
    }
  }

  @Test
  void fridayAfternoonGivenInUtcIsJudgedInShanghai3_1() {
    // 06:00Z on Friday is 14:00 in Shanghai.
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 13, 6, 0, 0, 0, ZoneOffset.UTC);
    assertCompliant(check(GoldenMeeting.startingAt(utc), SUNDAY_AFTER), "3.1");
  }

  @Test
  void thursdayInUtcButFridayMorningInShanghaiIsOnTheRightDayButNotInTheAfternoon3_1() {
    // Thursday 20:00Z is Friday 04:00 in Shanghai.
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 12, 20, 0, 0, 0, ZoneOffset.UTC);
    ComplianceReport report = check(GoldenMeeting.startingAt(utc), SUNDAY_AFTER);

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.regular-slot-afternoon")
        .withEvidence("start", "2026-11-13 04:00");
  }

  @Test
  void fridayInUtcButSaturdayInShanghaiIsOnTheWrongDay3_1() {
    // Friday 17:00Z is Saturday 01:00 in Shanghai.
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 13, 17, 0, 0, 0, ZoneOffset.UTC);
    ComplianceReport report = check(GoldenMeeting.startingAt(utc), SUNDAY_AFTER);

    assertThat(findings(report, "3.1", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("schedule.regular-slot-day", "schedule.regular-slot-afternoon");
    assertThat(report)
        .hasSingleFromRule("schedule.regular-slot-day")
        .withEvidence("day", "Saturday");
  }

  @Test
  void emergencyMeetingIsExemptFromTheSlotAndCadence3_1() {
    ComplianceReport report = check(emergency(GoldenMeeting.startingAt(START.minusDays(1))));

    assertThat(report.findingsOf("3.1")).isEmpty();
    assertThat(report.status("3.1")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 3.1 cadence ---------------------------------------------------------------------------

  @Test
  void weeklySeriesComplies3_1() {
    List<Meeting> series = GoldenMeeting.weeklySeries(START, 3);
    assertCompliant(check(series, local("2026-11-29T12:00")), "3.1");
  }

  @Test
  void weekWithoutRegularMeetingViolates3_1() {
    List<Meeting> series = new ArrayList<>(GoldenMeeting.weeklySeries(START, 3));
    series.remove(1);
    // The first meeting's next-meeting record named the removed one.
    series.set(0, series.get(0).toBuilder().nextMeeting(GOLDEN.nextMeeting()).build());
    ComplianceReport report = check(series, local("2026-11-30T18:00"));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.weekly-meeting-missing")
        .about(Subject.period("2026-W47"))
        .withEvidence("slotEnd", "2026-11-20 18:00");
    // The week of the instant of judgement is still open.
    assertThat(report)
        .hasSingle(Severity.DUE, "3.1")
        .fromRule("schedule.weekly-meeting-due")
        .about(Subject.period("2026-W49"));
  }

  @Test
  void weekWithoutRegularMeetingIsDueUntilItsSlotEndsThenViolates3_1() {
    Instant slotEnd = local("2026-11-20T18:00");

    assertThat(check(GOLDEN, slotEnd.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.1")
        .fromRule("schedule.weekly-meeting-due")
        .at(slotEnd);
    assertThat(findings(check(GOLDEN, slotEnd.minus(SECOND)), "3.1", Severity.VIOLATION)).isEmpty();
    assertThat(check(GOLDEN, slotEnd))
        .hasSingle(Severity.VIOLATION, "3.1")
        .fromRule("schedule.weekly-meeting-missing");
  }

  @Test
  void secondRegularMeetingInAWeekWarns3_1() {
    Meeting thursday = GoldenMeeting.startingAt(START.minusDays(1));
    ComplianceReport report = check(List.of(thursday, GOLDEN), SUNDAY_AFTER);

    assertThat(report)
        .hasSingle(Severity.WARNING, "3.1")
        .fromRule("schedule.weekly-extra-meeting")
        .about(Subject.meeting(GOLDEN.id()))
        .withEvidence("first", "m-2026-11-12")
        .withEvidence("week", "2026-W46");
  }

  // ---- 3.2 -----------------------------------------------------------------------------------

  @Test
  void meetingWithoutRoomViolates3_2() {
    ComplianceReport report = check(GOLDEN.toBuilder().room(null).build());

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.2")
        .fromRule("schedule.room-missing")
        .withEvidence("deadline", "2026-11-06 14:00");
    // 3.5 is not judged without a room: the one fact is reported once.
    assertThat(report.findingsOf("3.5")).isEmpty();
  }

  @Test
  void roomNotChosenIsDueUntilTheBookingDeadline3_2() {
    Meeting noRoom = GOLDEN.toBuilder().room(null).build();
    Instant deadline = S.minus(Duration.ofDays(7));

    assertThat(check(noRoom, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.2")
        .fromRule("schedule.room-due")
        .at(deadline);
    assertThat(check(noRoom, deadline))
        .hasSingle(Severity.VIOLATION, "3.2")
        .fromRule("schedule.room-missing");
  }

  @Test
  void smallRoomWithoutProjectorViolates3_2() {
    ComplianceReport report = check(GOLDEN.toBuilder().room(ROOM_SMALL).build());

    assertThat(findings(report, "3.2", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("schedule.room-capacity", "schedule.room-equipment");
    assertThat(report)
        .hasSingleFromRule("schedule.room-capacity")
        .withEvidence("capacity", "4")
        .withEvidence("invitees", String.valueOf(ROSTER.size()));
    assertThat(report)
        .hasSingleFromRule("schedule.room-equipment")
        .withEvidence("missing", "projector, sound")
        .withEvidence("required", "projector, sound");
  }

  @Test
  void rentedCafeViolates3_2() {
    RoomId cafe = RoomId.of("cafe");
    Department department =
        withRooms(
            new Room(
                cafe,
                "Cafe",
                RoomKind.OTHER,
                20,
                Set.of(Equipment.PROJECTOR, Equipment.SOUND),
                false));
    Meeting meeting = GOLDEN.toBuilder().room(cafe).bookings(List.of(booking(cafe))).build();
    ComplianceReport report = check(DepartmentRecords.of(department, meeting), AS_OF);

    assertThat(findings(report, "3.2", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("schedule.room-kind", "schedule.room-not-company-owned");
    assertThat(report).hasSingleFromRule("schedule.room-kind").withEvidence("kind", "other");
  }

  @Test
  void hybridMeetingInRoomWithoutVideoConferencingViolates3_2() {
    RoomId roomB = RoomId.of("room-b");
    Department department =
        withRooms(
            new Room(
                roomB,
                "Room B",
                RoomKind.MEETING_ROOM,
                5,
                Set.of(Equipment.PROJECTOR, Equipment.SOUND),
                true));
    Meeting meeting =
        GOLDEN.toBuilder()
            .mode(MeetingMode.HYBRID)
            .room(roomB)
            .bookings(List.of(booking(roomB)))
            .build();
    ComplianceReport report = check(DepartmentRecords.of(department, meeting), AS_OF);

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.2")
        .fromRule("schedule.room-no-video-conference");
    // Remote invitees need no seat: too few seats is only a warning for a hybrid meeting.
    assertThat(report)
        .hasSingle(Severity.WARNING, "3.2")
        .fromRule("schedule.room-capacity-hybrid")
        .withEvidence("capacity", "5");
  }

  @Test
  void onlineMeetingNeedsNoRoom3_2_3_5_3_6() {
    Meeting online =
        GOLDEN.toBuilder()
            .mode(MeetingMode.ONLINE)
            .room(null)
            .bookings(List.of())
            .equipmentChecks(List.of())
            .build();
    ComplianceReport report = check(online);

    for (String clause : List.of("3.2", "3.5", "3.6")) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  // ---- 3.4 -----------------------------------------------------------------------------------

  @Test
  void noticeExactlySevenDaysAheadComplies3_4() {
    assertCompliant(check(withNotices(notice(S.minus(Duration.ofDays(7))))), "3.4");
  }

  @Test
  void noticeOneSecondLessThanSevenDaysAheadViolates3_4() {
    ComplianceReport report = check(withNotices(notice(S.minus(Duration.ofDays(7)).plus(SECOND))));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-too-late")
        .withEvidence("lead", "6 d 23 h 59 min 59 s")
        .withEvidence("required", "7 d")
        .withEvidence("sentAt", "2026-11-06 14:00:01");
  }

  @Test
  void noticeGivenAsUtcInstantIsJudgedCorrectly3_4() {
    // The golden meeting starts at 2026-11-13 14:00 Shanghai = 06:00Z.
    assertCompliant(check(withNotices(notice(Instant.parse("2026-11-06T06:00:00Z")))), "3.4");

    ComplianceReport late = check(withNotices(notice(Instant.parse("2026-11-06T06:00:01Z"))));
    assertThat(late)
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-too-late")
        .withEvidence("sentAt", "2026-11-06 14:00:01");
  }

  @Test
  void meetingGivenInUtcWithNoticeExactlyAWeekAheadComplies3_4() {
    ZonedDateTime utc = ZonedDateTime.of(2026, 11, 13, 6, 0, 0, 0, ZoneOffset.UTC);
    Meeting meeting =
        GoldenMeeting.startingAt(utc).toBuilder()
            .notices(List.of(notice(Instant.parse("2026-11-06T06:00:00Z"))))
            .responses(List.of())
            .build();
    assertCompliant(check(meeting), "3.4");
  }

  @Test
  void noticeNotSentIsDueUntilTheLeadTimeThenViolates3_4() {
    Meeting none = withNotices();
    Instant deadline = S.minus(Duration.ofDays(7));

    assertThat(check(none, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.4")
        .fromRule("schedule.notice-due")
        .at(deadline);
    assertThat(check(none, deadline))
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-missing")
        .withEvidence("deadline", "2026-11-06 14:00");
  }

  @Test
  void noticeByPhoneViolates3_4() {
    Notice phone =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.OTHER,
            ROSTER,
            true,
            true,
            true,
            START);
    assertThat(check(withNotices(phone)))
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-channel")
        .withEvidence("channel", "other")
        .withEvidence("allowed", "email, instant message");
  }

  @Test
  void noticeSentByTheManagerViolates3_4() {
    Notice byManager =
        new Notice(
            MANAGER,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.EMAIL,
            ROSTER,
            true,
            true,
            true,
            START);
    assertThat(check(withNotices(byManager)))
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-sender")
        .withEvidence("sentBy", MANAGER.value())
        .withEvidence("secretary", SECRETARY.value());
  }

  @Test
  void noticeWithoutAgendaViolates3_4() {
    Notice noAgenda =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.EMAIL,
            ROSTER,
            true,
            true,
            false,
            START);
    assertThat(check(withNotices(noAgenda)))
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-incomplete")
        .withEvidence("missing", "AGENDA");
  }

  @Test
  void incompleteNoticeFollowedByCompleteTimelyNoticeComplies3_4() {
    Notice noAgenda =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(9)),
            NoticeChannel.EMAIL,
            ROSTER,
            true,
            true,
            false,
            START);
    assertCompliant(check(withNotices(noAgenda, notice(S.minus(Duration.ofDays(8))))), "3.4");
  }

  @Test
  void lateIncompleteNoticeIsReportedLateAndIncomplete3_4() {
    Notice lateNoPlace =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(3)),
            NoticeChannel.EMAIL,
            ROSTER,
            true,
            false,
            true,
            START);
    ComplianceReport report = check(withNotices(lateNoPlace));

    assertThat(findings(report, "3.4", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("schedule.notice-too-late", "schedule.notice-incomplete");
    assertThat(report)
        .hasSingleFromRule("schedule.notice-incomplete")
        .withEvidence("missing", "PLACE");
  }

  @Test
  void noticeNotSentToEveryInviteeViolatesPerPerson3_4() {
    List<PersonId> withoutSales3 = ROSTER.stream().filter(p -> !p.equals(SALES_3)).toList();
    Notice partial =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.EMAIL,
            withoutSales3,
            true,
            true,
            true,
            START);
    Notice lateToSales3 =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(2)),
            NoticeChannel.EMAIL,
            List.of(SALES_3),
            true,
            true,
            true,
            START);
    ComplianceReport report = check(withNotices(partial, lateToSales3));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-recipient-missing")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("firstNotified", "2026-11-11 14:00")
        .withEvidence("required", "7 d");
  }

  @Test
  void inviteeNotYetSentTheNoticeIsDueBeforeTheLeadTime3_4() {
    List<PersonId> withoutSales3 = ROSTER.stream().filter(p -> !p.equals(SALES_3)).toList();
    Notice partial =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.EMAIL,
            withoutSales3,
            true,
            true,
            true,
            START);
    Instant deadline = S.minus(Duration.ofDays(7));

    assertThat(check(withNotices(partial), deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.4")
        .fromRule("schedule.notice-recipient-due")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .at(deadline);
    assertThat(check(withNotices(partial), deadline))
        .hasSingle(Severity.VIOLATION, "3.4")
        .fromRule("schedule.notice-recipient-missing")
        .withEvidence("firstNotified", "none");
  }

  @Test
  void secretarySendingTheNoticeNeedNotBeItsRecipient3_4() {
    List<PersonId> others = ROSTER.stream().filter(p -> !p.equals(SECRETARY)).toList();
    Notice toOthers =
        new Notice(
            SECRETARY,
            S.minus(Duration.ofDays(8)),
            NoticeChannel.EMAIL,
            others,
            true,
            true,
            true,
            START);
    assertCompliant(check(withNotices(toOthers)), "3.4");
  }

  @Test
  void emergencyMeetingIsExemptFromTheNoticeRules3_4() {
    Meeting urgent =
        emergency(GOLDEN).toBuilder()
            .notices(List.of(notice(S.minus(Duration.ofHours(3)))))
            .responses(List.of())
            .build();
    ComplianceReport report = check(urgent);

    assertThat(report.findingsOf("3.4")).isEmpty();
    assertThat(report.status("3.4")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 3.5 -----------------------------------------------------------------------------------

  @Test
  void bookingConfirmedExactlyAtTheDeadlineComplies3_5() {
    Meeting meeting = withBooking(ROOM_A, SECRETARY, S.minus(Duration.ofDays(7)));
    assertCompliant(check(meeting), "3.5");
  }

  @Test
  void bookingConfirmedOneSecondLateViolates3_5() {
    Meeting meeting = withBooking(ROOM_A, SECRETARY, S.minus(Duration.ofDays(7)).plus(SECOND));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-late")
        .withEvidence("late", "1 s")
        .withEvidence("deadline", "2026-11-06 14:00")
        .withEvidence("required", "7 d");
  }

  @Test
  void noBookingIsDueUntilTheDeadlineThenViolates3_5() {
    Meeting none = GOLDEN.toBuilder().bookings(List.of()).build();
    Instant deadline = S.minus(Duration.ofDays(7));

    assertThat(check(none, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.5")
        .fromRule("schedule.room-booking-due")
        .at(deadline);
    assertThat(check(none, deadline))
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-missing")
        .withEvidence("room", ROOM_A.value());
  }

  @Test
  void unconfirmedBookingIsDueThenViolates3_5() {
    Meeting unconfirmed = withBooking(ROOM_A, SECRETARY, null);
    Instant deadline = S.minus(Duration.ofDays(7));

    assertThat(check(unconfirmed, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.5")
        .fromRule("schedule.room-booking-due");
    assertThat(check(unconfirmed, deadline))
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-unconfirmed")
        .withEvidence("requestedAt", "2026-11-04 14:00");
  }

  @Test
  void bookingNotCoveringTheMeetingViolates3_5() {
    RoomBooking tooShort =
        new RoomBooking(
            ROOM_A,
            S,
            E.minus(Duration.ofMinutes(1)),
            SECRETARY,
            S.minus(Duration.ofDays(9)),
            S.minus(Duration.ofDays(8)));
    Meeting meeting = GOLDEN.toBuilder().bookings(List.of(tooShort)).build();

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-missing");
  }

  @Test
  void roomBookedByTheManagerViolates3_5() {
    Meeting meeting = withBooking(ROOM_A, MANAGER, S.minus(Duration.ofDays(8)));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-requester")
        .withEvidence("requestedBy", MANAGER.value());
  }

  @Test
  void emergencyMeetingBookingConfirmedBeforeItsStartComplies3_5() {
    RoomBooking sameDay = new RoomBooking(ROOM_A, S, E, SECRETARY, S.minus(Duration.ofHours(3)), S);
    Meeting urgent = emergency(GOLDEN).toBuilder().bookings(List.of(sameDay)).build();

    assertCompliant(check(urgent), "3.5");
  }

  @Test
  void twoMeetingsBookingRoomAAtOverlappingTimesClash3_5() {
    ZonedDateTime at15 = START.plusHours(1);
    RoomBooking clashing =
        new RoomBooking(
            ROOM_A,
            at15.minusMinutes(15).toInstant(),
            at15.plusMinutes(75).toInstant(),
            SECRETARY,
            S.minus(Duration.ofDays(1)),
            S.minus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
    Meeting urgent = urgentMeeting("m-urgent", at15, at15.plusHours(1), clashing);
    ComplianceReport report = check(List.of(GOLDEN, urgent), AS_OF);

    // Reported once, about the booking requested later.
    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-clash")
        .about(Subject.meeting(urgent.id()))
        .withEvidence("otherMeeting", GOLDEN.id().value())
        .withEvidence("room", ROOM_A.value())
        .at(clashing.from());
  }

  @Test
  void bookingsThatOnlyTouchDoNotClash3_5() {
    // The golden booking ends 30 min after the meeting's end.
    Instant goldenBookingEnd = E.plus(Duration.ofMinutes(30));
    RoomBooking after =
        new RoomBooking(
            ROOM_A,
            goldenBookingEnd,
            goldenBookingEnd.plus(Duration.ofHours(1)),
            SECRETARY,
            S.minus(Duration.ofDays(1)),
            S.minus(Duration.ofDays(1)));
    ZonedDateTime from = START.plusHours(2).plusMinutes(30);
    Meeting urgent = urgentMeeting("m-urgent", from, from.plusMinutes(30), after);

    assertThat(check(List.of(GOLDEN, urgent), AS_OF).findingsOf("3.5")).isEmpty();
  }

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void overlapAcrossMidnightIsReportedOnce3_5() {
    ZonedDateTime friday20 = START.withHour(20);
    ZonedDateTime friday23 = START.withHour(23);
    RoomBooking first =
        new RoomBooking(
            ROOM_A,
            friday20.minusHours(1).toInstant(),
            friday20.plusHours(5).toInstant(),
            SECRETARY,
            S.minus(Duration.ofDays(2)),
            S.minus(Duration.ofDays(2)));
    RoomBooking second =
        new RoomBooking(
            ROOM_A,
            friday23.minusMinutes(30).toInstant(),
            friday23.plusMinutes(150).toInstant(),
            SECRETARY,
            S.minus(Duration.ofDays(1)),
            S.minus(Duration.ofDays(1)));
    Meeting x = urgentMeeting("m-x", friday20, friday20.plusHours(2), first);
    Meeting y = urgentMeeting("m-y", friday23, friday23.plusMinutes(90), second);
    ComplianceReport report = check(List.of(x, y), local("2026-11-16T18:00"));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.5")
        .fromRule("schedule.room-booking-clash")
        .about(Subject.meeting(y.id()))
        .withEvidence("otherMeeting", "m-x");

    // The report drops equal findings, so count what the rules inserted: the pair shares two days
    // but is reported on one only.
    ComplianceEngine counting =
        ComplianceEngine.builder().addRules("count-clashes.drl", COUNT_CLASHES).build();
    ComplianceReport counted =
        counting.check(
            DepartmentRecords.of(SampleDepartment.department(), List.of(x, y)),
            local("2026-11-16T18:00"));
    assertThat(
            counted.findings().stream()
                .filter(c -> c.ruleId().equals("test.clash-findings-in-session"))
                .mapToInt(c -> Integer.parseInt(evidence(c, "count")))
                .max())
        .hasValue(1);
  }

  /** A host rule that counts the clash findings inserted in the session, equal ones included. */
  private static final String COUNT_CLASHES =
      """
      package host
      import org.meetingpolicy.rules.facts.*
      rule "test: clash findings in the session"
          @clause("3.5") @ruleId("test.clash-findings-in-session") @en("{count}") @zh("{count}")
      when
          $d : DepartmentFact( )
          accumulate( FindingFact( scope == $d.scope, finding.ruleId == "schedule.room-booking-clash" );
              $count : count(1) )
      then
          insert(Findings.warning(drools, $d, null).with("count", $count).build());
      end
      """;

  // ---- 3.6 -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "check {0} s after the start: compliant = {1}")
  @CsvSource({"-86400, true", "-86401, false", "0, true", "1, false"})
  void equipmentCheckMustBeWithinTheWindowBeforeTheStart3_6(long offsetSeconds, boolean compliant) {
    Instant at = S.plusSeconds(offsetSeconds);
    Meeting meeting =
        withCheck(
            new EquipmentCheck(
                SECRETARY, at, Set.of(Equipment.PROJECTOR, Equipment.SOUND), true, null));
    ComplianceReport report = check(meeting);

    if (compliant) {
      assertCompliant(report, "3.6");
    } else {
      assertThat(report)
          .hasSingle(Severity.VIOLATION, "3.6")
          .fromRule("schedule.equipment-check-timing")
          .withEvidence("from", "2026-11-12 14:00")
          .withEvidence("window", "1 d");
    }
  }

  @Test
  void noEquipmentCheckIsDueUntilTheStartThenViolates3_6() {
    Meeting none = GOLDEN.toBuilder().equipmentChecks(List.of()).build();

    assertThat(check(none, S.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.6")
        .fromRule("schedule.equipment-check-due")
        .at(S);
    assertThat(check(none, S))
        .hasSingle(Severity.VIOLATION, "3.6")
        .fromRule("schedule.equipment-check-missing");
  }

  @Test
  void equipmentCheckedByTheTechnicianViolates3_6() {
    Meeting meeting =
        withCheck(
            new EquipmentCheck(
                TECHNICIAN,
                S.minus(Duration.ofHours(1)),
                Set.of(Equipment.PROJECTOR, Equipment.SOUND),
                true,
                null));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.6")
        .fromRule("schedule.equipment-check-by")
        .withEvidence("by", TECHNICIAN.value());
  }

  @Test
  void equipmentCheckedByTheOrganizerComplies3_6() {
    Meeting meeting =
        withCheck(
            new EquipmentCheck(
                MANAGER,
                S.minus(Duration.ofHours(1)),
                Set.of(Equipment.PROJECTOR, Equipment.SOUND),
                true,
                null));
    assertCompliant(check(meeting), "3.6");
  }

  @Test
  void equipmentCheckWithoutSoundViolates3_6() {
    Meeting meeting =
        withCheck(
            new EquipmentCheck(
                SECRETARY, S.minus(Duration.ofHours(1)), Set.of(Equipment.PROJECTOR), true, null));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.6")
        .fromRule("schedule.equipment-check-incomplete")
        .withEvidence("missing", "sound");
  }

  @Test
  void hybridMeetingCheckMustCoverVideoConferencing3_6() {
    Meeting hybrid = GOLDEN.toBuilder().mode(MeetingMode.HYBRID).build();

    assertThat(check(hybrid))
        .hasSingle(Severity.VIOLATION, "3.6")
        .fromRule("schedule.equipment-check-incomplete")
        .withEvidence("missing", "video conference");
  }

  @Test
  void faultyEquipmentViolatesUnlessRecheckedWorking3_6() {
    Set<Equipment> both = Set.of(Equipment.PROJECTOR, Equipment.SOUND);
    EquipmentCheck faulty =
        new EquipmentCheck(SECRETARY, S.minus(Duration.ofHours(2)), both, false, "projector bulb");

    assertThat(check(withCheck(faulty)))
        .hasSingle(Severity.VIOLATION, "3.6")
        .fromRule("schedule.equipment-check-faults")
        .withEvidence("notes", "projector bulb");

    EquipmentCheck fixed =
        new EquipmentCheck(SECRETARY, S.minus(Duration.ofHours(1)), both, true, null);
    assertCompliant(check(withCheck(faulty, fixed)), "3.6");
  }

  // ---- 3.7 -----------------------------------------------------------------------------------

  @Test
  void reconfirmationExactlyTwoDaysAheadComplies3_7() {
    assertCompliant(
        check(withReconfirmation(SECRETARY, S.minus(Duration.ofDays(2)), ROSTER)), "3.7");
  }

  @Test
  void reconfirmationOneSecondLateViolates3_7() {
    Meeting meeting =
        withReconfirmation(SECRETARY, S.minus(Duration.ofDays(2)).plus(SECOND), ROSTER);

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.7")
        .fromRule("schedule.reconfirmation-late")
        .withEvidence("lead", "1 d 23 h 59 min 59 s")
        .withEvidence("required", "2 d");
  }

  @Test
  void noReconfirmationIsDueUntilTwoDaysAheadThenViolates3_7() {
    Meeting none = GOLDEN.toBuilder().reconfirmation(null).build();
    Instant deadline = S.minus(Duration.ofDays(2));

    assertThat(check(none, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.7")
        .fromRule("schedule.reconfirmation-due")
        .at(deadline);
    assertThat(check(none, deadline))
        .hasSingle(Severity.VIOLATION, "3.7")
        .fromRule("schedule.reconfirmation-missing");
  }

  @Test
  void reconfirmationByTheManagerViolates3_7() {
    Meeting meeting = withReconfirmation(MANAGER, S.minus(Duration.ofDays(3)), ROSTER);

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.7")
        .fromRule("schedule.reconfirmation-by")
        .withEvidence("by", MANAGER.value());
  }

  @Test
  void inviteeMissingFromTheReconfirmationViolates3_7() {
    List<PersonId> withoutSales3 = ROSTER.stream().filter(p -> !p.equals(SALES_3)).toList();
    Meeting meeting = withReconfirmation(SECRETARY, S.minus(Duration.ofDays(3)), withoutSales3);

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.7")
        .fromRule("schedule.reconfirmation-invitee-missing")
        .about(Subject.person(GOLDEN.id(), SALES_3));

    assertThat(check(meeting, S.minus(Duration.ofDays(2)).minus(SECOND)))
        .hasSingle(Severity.DUE, "3.7")
        .fromRule("schedule.reconfirmation-invitee-due")
        .about(Subject.person(GOLDEN.id(), SALES_3));
  }

  @Test
  void inviteeWhoDeclinedNeedNotBeReconfirmed3_7() {
    List<PersonId> withoutSales3 = ROSTER.stream().filter(p -> !p.equals(SALES_3)).toList();
    Instant answered = S.minus(Duration.ofDays(5));
    Meeting declined =
        withReconfirmation(SECRETARY, S.minus(Duration.ofDays(3)), withoutSales3).toBuilder()
            .responses(withResponse(new Response(SALES_3, ResponseKind.DECLINE, answered)))
            .build();
    assertCompliant(check(declined), "3.7");

    // A decline later withdrawn by an acceptance does not excuse.
    List<Response> changedMind = new ArrayList<>(declined.responses());
    changedMind.add(new Response(SALES_3, ResponseKind.ACCEPT, answered.plus(Duration.ofHours(1))));
    Meeting accepted = declined.toBuilder().responses(changedMind).build();
    assertThat(check(accepted))
        .hasSingle(Severity.VIOLATION, "3.7")
        .fromRule("schedule.reconfirmation-invitee-missing");
  }

  @Test
  void secretaryReconfirmingNeedNotListThemself3_7() {
    List<PersonId> others = ROSTER.stream().filter(p -> !p.equals(SECRETARY)).toList();
    assertCompliant(
        check(withReconfirmation(SECRETARY, S.minus(Duration.ofDays(3)), others)), "3.7");
  }

  @Test
  void emergencyMeetingNeedsNoReconfirmationTwoDaysAhead3_7() {
    Meeting urgent = emergency(GOLDEN).toBuilder().reconfirmation(null).build();
    ComplianceReport report = check(urgent);

    assertThat(report.findingsOf("3.7")).isEmpty();
    assertThat(report.status("3.7")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 3.8 -----------------------------------------------------------------------------------

  private static final Instant DECIDED = S.minus(Duration.ofDays(5));

  @Test
  void rescheduleDecidedAfterConsultingAndRenotifiedComplies3_8() {
    ComplianceReport report =
        check(
            rescheduled(
                reschedule(MANAGER, DECIDED.minus(Duration.ofHours(2))),
                DECIDED.plus(Duration.ofHours(2))));
    assertCompliant(report, "3.8");
  }

  @Test
  void newNoticeExactlyAtTheEndOfTheNoticePeriodComplies3_8() {
    Instant deadline = DECIDED.plus(Duration.ofDays(1));
    assertCompliant(check(rescheduled(consultedReschedule(), deadline)), "3.8");
  }

  @Test
  void newNoticeOneSecondLateViolates3_8() {
    Instant deadline = DECIDED.plus(Duration.ofDays(1));
    ComplianceReport report = check(rescheduled(consultedReschedule(), deadline.plus(SECOND)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.8")
        .fromRule("schedule.reschedule-notice-late")
        .withEvidence("late", "1 s")
        .withEvidence("period", "1 d")
        .withEvidence("deadline", "2026-11-09 14:00");
  }

  @Test
  void newNoticeNotSentIsDueUntilTheNoticePeriodEndsThenViolates3_8() {
    Meeting meeting = rescheduled(consultedReschedule(), null);
    Instant deadline = DECIDED.plus(Duration.ofDays(1));

    assertThat(check(meeting, deadline.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.8")
        .fromRule("schedule.reschedule-notice-due")
        .at(deadline);
    assertThat(check(meeting, deadline))
        .hasSingle(Severity.VIOLATION, "3.8")
        .fromRule("schedule.reschedule-notice-missing");
  }

  @Test
  void newNoticeIsDueByTheNewStartWhenThatComesFirst3_8() {
    Instant decided = S.minus(Duration.ofHours(12));
    Reschedule late =
        new Reschedule(
            START.plusHours(1), START, decided, MANAGER, decided.minus(Duration.ofHours(1)));
    Meeting meeting = GOLDEN.toBuilder().reschedules(List.of(late)).build();

    assertThat(check(meeting, S.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.8")
        .fromRule("schedule.reschedule-notice-due")
        .at(S);
  }

  @Test
  void noticeAnnouncingAnotherStartIsNotTheNewNotice3_8() {
    Notice oldTime =
        new Notice(
            SECRETARY,
            DECIDED.plus(Duration.ofHours(2)),
            NoticeChannel.EMAIL,
            ROSTER,
            true,
            true,
            true,
            START.plusHours(1));
    Meeting meeting =
        GOLDEN.toBuilder()
            .reschedules(List.of(consultedReschedule()))
            .notices(List.of(GOLDEN.notices().get(0), oldTime))
            .build();

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.8")
        .fromRule("schedule.reschedule-notice-missing");
  }

  @Test
  void rescheduleDecidedByTheSecretaryViolates3_8() {
    Meeting meeting =
        rescheduled(
            reschedule(SECRETARY, DECIDED.minus(Duration.ofHours(2))),
            DECIDED.plus(Duration.ofHours(2)));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.8")
        .fromRule("schedule.reschedule-decided-by")
        .withEvidence("decidedBy", SECRETARY.value())
        .withEvidence("organizer", MANAGER.value());
  }

  @Test
  void rescheduleWithoutConsultingTheAttendeesViolates3_8() {
    Meeting meeting = rescheduled(reschedule(MANAGER, null), DECIDED.plus(Duration.ofHours(2)));

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.8")
        .fromRule("schedule.reschedule-not-consulted")
        .withEvidence("decidedAt", "2026-11-08 14:00");
  }

  @Test
  void attendeesConsultedOnlyAfterTheDecisionWarns3_8() {
    Meeting meeting =
        rescheduled(
            reschedule(MANAGER, DECIDED.plus(Duration.ofHours(1))),
            DECIDED.plus(Duration.ofHours(2)));
    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingle(Severity.WARNING, "3.8")
        .fromRule("schedule.reschedule-consulted-late");
    assertThat(findings(report, "3.8", Severity.VIOLATION)).isEmpty();
    assertThat(report.status("3.8")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- 3.9 -----------------------------------------------------------------------------------

  /** Friday 16:00 plus two working days: Tuesday 16:00. */
  private static final Instant NEXT_DEADLINE = local("2026-11-17T16:00");

  @Test
  void nextMeetingScheduledExactlyAtTheDeadlineComplies3_9() {
    assertCompliant(
        check(withNextMeeting(SECRETARY, NEXT_DEADLINE), NEXT_DEADLINE.plus(Duration.ofDays(1))),
        "3.9");
  }

  @Test
  void nextMeetingScheduledOneSecondLateViolates3_9() {
    ComplianceReport report =
        check(
            withNextMeeting(SECRETARY, NEXT_DEADLINE.plus(SECOND)),
            NEXT_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "3.9")
        .fromRule("schedule.next-meeting-late")
        .withEvidence("late", "1 s")
        .withEvidence("workingDays", "2");
  }

  @Test
  void nextMeetingNotScheduledIsDueUntilTheDeadlineThenViolates3_9() {
    Meeting none = GOLDEN.toBuilder().nextMeeting(null).build();

    assertThat(check(none, NEXT_DEADLINE.minus(SECOND)))
        .hasSingle(Severity.DUE, "3.9")
        .fromRule("schedule.next-meeting-due")
        .at(NEXT_DEADLINE);
    assertThat(check(none, NEXT_DEADLINE))
        .hasSingle(Severity.VIOLATION, "3.9")
        .fromRule("schedule.next-meeting-missing")
        .withEvidence("deadline", "2026-11-17 16:00");
  }

  @Test
  void nextMeetingScheduledByTheManagerViolates3_9() {
    assertThat(check(withNextMeeting(MANAGER, E.plus(Duration.ofHours(1)))))
        .hasSingle(Severity.VIOLATION, "3.9")
        .fromRule("schedule.next-meeting-by")
        .withEvidence("by", MANAGER.value());
  }

  @Test
  void laterRegularMeetingWithoutSchedulingRecordWarns3_9() {
    List<Meeting> series = new ArrayList<>(GoldenMeeting.weeklySeries(START, 2));
    series.set(0, series.get(0).toBuilder().nextMeeting(null).build());

    // Before the deadline nothing is due: the next meeting evidently exists.
    assertCompliant(check(series, NEXT_DEADLINE.minus(SECOND)), "3.9");

    ComplianceReport after = check(series, local("2026-11-23T18:00"));
    assertThat(after)
        .hasSingle(Severity.WARNING, "3.9")
        .fromRule("schedule.next-meeting-unrecorded")
        .about(Subject.meeting(series.get(0).id()));
    assertThat(findings(after, "3.9", Severity.VIOLATION)).isEmpty();
  }

  @Test
  void meetingNotYetEndedOrEmergencyIsNotJudgedFor3_9() {
    ComplianceReport before = check(GOLDEN.toBuilder().nextMeeting(null).build(), E.minus(SECOND));
    assertThat(before.findingsOf("3.9")).isEmpty();
    assertThat(before.status("3.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);

    ComplianceReport urgent = check(emergency(GOLDEN).toBuilder().nextMeeting(null).build());
    assertThat(urgent.findingsOf("3.9")).isEmpty();
    assertThat(urgent.status("3.9")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 3.10 ----------------------------------------------------------------------------------

  @Test
  void minutesWithoutActualStartViolates3_10() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .minutes(withActualTimes(GOLDEN.minutes(), null, GOLDEN.minutes().actualEnd()))
            .build();

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.10")
        .fromRule("schedule.actual-times-missing")
        .about(Subject.minutes(GOLDEN.id()))
        .withEvidence("actualStart", "none")
        .withEvidence("actualEnd", "2026-11-13 15:55");
  }

  @Test
  void minutesWithoutActualEndViolates3_10() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .minutes(withActualTimes(GOLDEN.minutes(), GOLDEN.minutes().actualStart(), null))
            .build();

    assertThat(check(meeting))
        .hasSingle(Severity.VIOLATION, "3.10")
        .fromRule("schedule.actual-times-missing")
        .withEvidence("actualEnd", "none");
  }

  @Test
  void meetingWithoutMinutesIsLeftTo4_10() {
    ComplianceReport report = check(GOLDEN.toBuilder().minutes(null).build());
    assertThat(report.findingsOf("3.10")).isEmpty();
    assertThat(report.status("3.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
  }

  /** The single finding of the clause and severity, asserting its rule id. */
  private static void assertCompliant(ComplianceReport report, String clause) {
    assertThat(report.findingsOf(clause)).as("findings of %s", clause).isEmpty();
    assertThat(report.status(clause)).as("status of %s", clause).isEqualTo(ClauseStatus.COMPLIANT);
  }

  private static Meeting emergency(Meeting meeting) {
    return meeting.toBuilder()
        .kind(MeetingKind.EMERGENCY)
        .emergencyReason("key account escalation")
        .build();
  }

  /** The golden notice, sent at another instant. */
  private static Notice notice(Instant sentAt) {
    return new Notice(SECRETARY, sentAt, NoticeChannel.EMAIL, ROSTER, true, true, true, START);
  }

  /** The golden meeting with these notices; responses are dropped, as they may not precede them. */
  private static Meeting withNotices(Notice... notices) {
    return GOLDEN.toBuilder().notices(List.of(notices)).responses(List.of()).build();
  }

  /** A booking of the room covering the golden booking's span, requested 9 days ahead. */
  private static RoomBooking booking(RoomId room) {
    return bookingBy(room, SECRETARY, S.minus(Duration.ofDays(9)).plus(Duration.ofHours(3)));
  }

  private static RoomBooking bookingBy(RoomId room, PersonId by, Instant confirmedAt) {
    return new RoomBooking(
        room,
        S.minus(Duration.ofMinutes(30)),
        E.plus(Duration.ofMinutes(30)),
        by,
        S.minus(Duration.ofDays(9)),
        confirmedAt);
  }

  private static Meeting withBooking(RoomId room, PersonId by, Instant confirmedAt) {
    return GOLDEN.toBuilder().bookings(List.of(bookingBy(room, by, confirmedAt))).build();
  }

  /** A short emergency meeting of the sample department with one booking. */
  private static Meeting urgentMeeting(
      String id, ZonedDateTime start, ZonedDateTime end, RoomBooking booking) {
    return emergency(GOLDEN).toBuilder()
        .id(MeetingId.of(id))
        .plannedStart(start)
        .plannedEnd(end)
        .bookings(List.of(booking))
        .resolutions(List.of())
        .minutes(null)
        .nextMeeting(null)
        .build();
  }

  private static Meeting withCheck(EquipmentCheck... checks) {
    return GOLDEN.toBuilder().equipmentChecks(List.of(checks)).build();
  }

  private static Department withRooms(Room... extra) {
    Department d = SampleDepartment.department();
    List<Room> rooms = new ArrayList<>(d.rooms());
    rooms.addAll(List.of(extra));
    return new Department(
        d.id(), d.name(), d.manager(), d.people(), d.relatedDepartments(), d.designations(), rooms);
  }

  private static Meeting withReconfirmation(PersonId by, Instant at, List<PersonId> confirmed) {
    return GOLDEN.toBuilder().reconfirmation(new Reconfirmation(by, at, confirmed)).build();
  }

  /** The golden responses with the person's replaced by this one. */
  private static List<Response> withResponse(Response response) {
    List<Response> responses = new ArrayList<>();
    for (Response r : GOLDEN.responses()) {
      responses.add(r.person().equals(response.person()) ? response : r);
    }
    return responses;
  }

  /** The golden meeting was moved from 15:00 to 14:00, decided 5 days ahead. */
  private static Reschedule reschedule(PersonId decidedBy, Instant consultedAt) {
    return new Reschedule(START.plusHours(1), START, DECIDED, decidedBy, consultedAt);
  }

  private static Reschedule consultedReschedule() {
    return reschedule(MANAGER, DECIDED.minus(Duration.ofHours(2)));
  }

  /** The golden meeting with the reschedule and, unless null, a new notice of its new start. */
  private static Meeting rescheduled(Reschedule reschedule, Instant newNoticeAt) {
    List<Notice> notices = new ArrayList<>(GOLDEN.notices());
    if (newNoticeAt != null) {
      notices.add(
          new Notice(
              SECRETARY,
              newNoticeAt,
              NoticeChannel.EMAIL,
              ROSTER,
              true,
              true,
              true,
              reschedule.newStart()));
    }
    return GOLDEN.toBuilder().reschedules(List.of(reschedule)).notices(notices).build();
  }

  private static Meeting withNextMeeting(PersonId by, Instant at) {
    return GOLDEN.toBuilder()
        .nextMeeting(new NextMeetingScheduling(by, at, START.plusWeeks(1), null))
        .build();
  }

  private static Minutes withActualTimes(Minutes m, Instant actualStart, Instant actualEnd) {
    return m.toBuilder().actualStart(actualStart).actualEnd(actualEnd).build();
  }
}
