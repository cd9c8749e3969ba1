package org.meetingpolicy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.importer.Inputs.SHANGHAI;
import static org.meetingpolicy.importer.Inputs.calendar;
import static org.meetingpolicy.importer.Inputs.request;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.AttendeeRole;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;

class CalendarImportTest {

  private static final PersonId WANG = PersonId.of("p-wang-wei");
  private static final PersonId ZHANG = PersonId.of("p-zhang-min");
  private static final PersonId LI = PersonId.of("p-li-na");
  private static final PersonId CHEN = PersonId.of("p-chen-jie");
  private static final ZonedDateTime NOV_13_14H =
      ZonedDateTime.of(2026, 11, 13, 14, 0, 0, 0, SHANGHAI);

  private static CalendarImport.Result read(String... namesAndTexts) throws ImportException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return CalendarImport.readTexts(texts, Inputs.roster(), SHANGHAI);
  }

  @Test
  void aRequestIsAMeetingWithItsOrganizerSecretaryInvitationsAndNotice() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            request(
                "m-1@example.com",
                0,
                "20261104T020000Z",
                "20261113T140000",
                "DESCRIPTION:Agenda:\\n1. Sales figures\\n2. Key accounts",
                "LOCATION:https://zoom.us/j/81234567890",
                "ATTENDEE;CN=Zhang Min;ROLE=REQ-PARTICIPANT:mailto:zhang.min@example.com",
                "ATTENDEE;CN=Huang Li;ROLE=CHAIR:mailto:huang.li@example.com"));
    ics =
        ics.replace(
            "ORGANIZER;CN=Wang Wei:",
            "ORGANIZER;CN=Wang Wei;SENT-BY=\"mailto:zhang.min@example.com\":");

    Meeting meeting = read("a.ics", ics).meetings().get(0);

    assertThat(meeting.id().value()).isEqualTo("m-1@example.com");
    assertThat(meeting.title()).isEqualTo("Weekly sales meeting");
    assertThat(meeting.plannedStart()).isEqualTo(NOV_13_14H);
    assertThat(meeting.plannedEnd()).isEqualTo(NOV_13_14H.plusHours(2));
    assertThat(meeting.organizer()).isEqualTo(WANG);
    assertThat(meeting.secretary()).isEqualTo(ZHANG);
    assertThat(meeting.mode()).isEqualTo(MeetingMode.ONLINE);
    assertThat(meeting.video().url()).isEqualTo("https://zoom.us/j/81234567890");
    assertThat(meeting.video().tool()).isEqualTo("Zoom");
    assertThat(meeting.invitations())
        .containsExactly(
            new Invitation(WANG, AttendeeRole.CHAIR, null),
            new Invitation(LI, AttendeeRole.PARTICIPANT, null),
            new Invitation(CHEN, AttendeeRole.PARTICIPANT, null),
            new Invitation(ZHANG, AttendeeRole.SECRETARY, null),
            new Invitation(PersonId.of("p-huang-li"), AttendeeRole.CHAIR, null));
    assertThat(meeting.notices())
        .containsExactly(
            new Notice(
                ZHANG,
                Instant.parse("2026-11-04T02:00:00Z"),
                NoticeChannel.EMAIL,
                List.of(WANG, LI, CHEN, ZHANG, PersonId.of("p-huang-li")),
                true,
                true,
                true,
                NOV_13_14H));
  }

  @Test
  void aRoomAttendeeOfTheRosterIsTheRoomAndAnUnknownOneIsReportedWithItsLine() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            request(
                "m-1@example.com",
                0,
                "20261104T020000Z",
                "20261113T140000",
                "ATTENDEE;CUTYPE=ROOM;CN=Room 5F:mailto:room-5f@example.com"));

    CalendarImport.Result result = read("a.ics", ics);

    Meeting meeting = result.meetings().get(0);
    assertThat(meeting.room()).isNull(); // the CSV roster has no rooms
    assertThat(meeting.invitees()).doesNotContain(PersonId.of("Room 5F"));
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .contains(
            "a.ics:15: room 'Room 5F' <room-5f@example.com> is not a room of the roster: room not"
                + " recorded");
    assertThat(result.summaries().get(0).unmatched()).isEqualTo(1);
  }

  @Test
  void anAttendeeNotOnTheRosterIsReportedWithFileAndLineNotDropped() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            request(
                "m-1@example.com",
                0,
                "20261104T020000Z",
                "20261113T140000",
                "ATTENDEE;CN=Wu Hao:mailto:wu.hao@partner.example"));

    CalendarImport.Result result = read("a.ics", ics);

    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "a.ics:15: ATTENDEE 'Wu Hao' <wu.hao@partner.example> is not on the roster: not"
                + " imported");
    assertThat(result.summaries()).containsExactly(new SourceSummary("a.ics", "calendar", 1, 1, 1));
  }

  @Test
  void aHigherSequenceWithAnotherStartIsARescheduleWithItsOwnNotice() throws Exception {
    String first =
        calendar("REQUEST", request("m-1@example.com", 0, "20261104T020000Z", "20261113T140000"));
    String moved =
        calendar("REQUEST", request("m-1@example.com", 1, "20261106T060000Z", "20261113T150000"));

    // The files in the other order: the SEQUENCE decides, not the order given.
    Meeting meeting = read("moved.ics", moved, "first.ics", first).meetings().get(0);

    assertThat(meeting.plannedStart()).isEqualTo(NOV_13_14H.plusHours(1));
    assertThat(meeting.reschedules())
        .containsExactly(
            new Reschedule(
                NOV_13_14H,
                NOV_13_14H.plusHours(1),
                Instant.parse("2026-11-06T06:00:00Z"),
                WANG,
                null));
    assertThat(meeting.notices())
        .extracting(Notice::sentAt, Notice::announcedStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-11-04T02:00:00Z"), NOV_13_14H),
            org.assertj.core.groups.Tuple.tuple(
                Instant.parse("2026-11-06T06:00:00Z"), NOV_13_14H.plusHours(1)));
  }

  @Test
  void aHigherSequenceWithTheSameStartIsAnotherNoticeNotAReschedule() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            Inputs.concat(
                request("m-1@example.com", 0, "20261104T020000Z", "20261113T140000"),
                request("m-1@example.com", 1, "20261105T020000Z", "20261113T140000")));

    Meeting meeting = read("a.ics", ics).meetings().get(0);

    assertThat(meeting.reschedules()).isEmpty();
    assertThat(meeting.notices()).hasSize(2);
  }

  @Test
  void twoFilesGivingOneSequenceTwoStartsConflictAndBothAreNamed() {
    String a =
        calendar("REQUEST", request("m-1@example.com", 2, "20261104T020000Z", "20261113T140000"));
    String b =
        calendar("REQUEST", request("m-1@example.com", 2, "20261104T020000Z", "20261113T150000"));

    assertThatThrownBy(() -> read("a.ics", a, "b.ics", b))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith(
                        "b.ics:5: event m-1@example.com SEQUENCE 2 starts 2026-11-13T15:00+08:00")
                    .contains("a.ics:5 with the same SEQUENCE starts 2026-11-13T14:00+08:00"));
  }

  @Test
  void repliesAreResponsesAtTheirStampAndTentativeIsReportedNotRecorded() throws Exception {
    String invitation =
        calendar("REQUEST", request("m-1@example.com", 0, "20261104T020000Z", "20261113T140000"));
    String replies =
        calendar(
            "REPLY",
            "BEGIN:VEVENT",
            "UID:m-1@example.com",
            "DTSTAMP:20261104T031500Z",
            "ATTENDEE;CN=Li Na;PARTSTAT=ACCEPTED:mailto:li.na@example.com",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:m-1@example.com",
            "DTSTAMP:20261105T010000Z",
            "ATTENDEE;PARTSTAT=DECLINED:mailto:CHEN.JIE@example.com",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:m-1@example.com",
            "DTSTAMP:20261105T020000Z",
            "ATTENDEE;CN=Li Na;PARTSTAT=TENTATIVE:mailto:li.na@example.com",
            "END:VEVENT");

    CalendarImport.Result result = read("inv.ics", invitation, "replies.ics", replies);

    assertThat(result.meetings().get(0).responses())
        .containsExactly(
            new Response(LI, ResponseKind.ACCEPT, Instant.parse("2026-11-04T03:15:00Z")),
            new Response(CHEN, ResponseKind.DECLINE, Instant.parse("2026-11-05T01:00:00Z")));
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "replies.ics:18: REPLY of p-li-na to event m-1@example.com is PARTSTAT TENTATIVE: not"
                + " a confirmation to attend or not (2.6), not recorded as a response");
    assertThat(result.summaries())
        .containsExactly(
            new SourceSummary("inv.ics", "calendar", 1, 1, 0),
            new SourceSummary("replies.ics", "calendar", 3, 2, 0));
  }

  @Test
  void aReplyToAnUnknownMeetingIsReportedNotDropped() throws Exception {
    String replies =
        calendar(
            "REPLY",
            "BEGIN:VEVENT",
            "UID:nobody-invited@example.com",
            "DTSTAMP:20261104T031500Z",
            "ATTENDEE;PARTSTAT=ACCEPTED:mailto:li.na@example.com",
            "END:VEVENT");

    CalendarImport.Result result = read("r.ics", replies);

    assertThat(result.meetings()).isEmpty();
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "r.ics:5: REPLY to event nobody-invited@example.com which no invitation (REQUEST)"
                + " describes: not imported");
  }

  @Test
  void aWindowsZoneNameDefinedByTheFilesVtimezoneIsReadInThePolicyZoneAndNoted() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            "BEGIN:VTIMEZONE",
            "TZID:China Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0800",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:outlook-1",
            "DTSTAMP:20261104T020000Z",
            "DTSTART;TZID=China Standard Time:20261113T140000",
            "DTEND;TZID=China Standard Time:20261113T160000",
            "ORGANIZER:mailto:wang.wei@example.com",
            "END:VEVENT");

    CalendarImport.Result result = read("outlook.ics", ics);

    assertThat(result.meetings().get(0).plannedStart()).isEqualTo(NOV_13_14H);
    assertThat(result.meetings().get(0).plannedStart().getZone()).isEqualTo(SHANGHAI);
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .contains(
            "outlook.ics:13: event outlook-1: DTSTART: time zone 'China Standard Time'"
                + " (UTC+08:00) is not an IANA zone id: read as 2026-11-13T14:00+08:00 in the"
                + " policy zone Asia/Shanghai");
  }

  @Test
  void aFloatingTimeIsReadInThePolicyZoneAndNoted() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            "BEGIN:VEVENT",
            "UID:floating-1",
            "DTSTAMP:20261104T020000Z",
            "DTSTART:20261113T140000",
            "DTEND:20261113T160000",
            "ORGANIZER:mailto:wang.wei@example.com",
            "END:VEVENT");

    CalendarImport.Result result = read("f.ics", ics);

    assertThat(result.meetings().get(0).plannedStart()).isEqualTo(NOV_13_14H);
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .contains(
            "f.ics:5: event floating-1: DTSTART 2026-11-13T14:00 is a floating time: read in the"
                + " policy zone Asia/Shanghai");
  }

  @Test
  void utcTimesAreShownInThePolicyZoneWithoutANote() throws Exception {
    String ics =
        calendar(
            "REQUEST",
            "BEGIN:VEVENT",
            "UID:utc-1",
            "DTSTAMP:20261104T020000Z",
            "DTSTART:20261113T060000Z",
            "DTEND:20261113T080000Z",
            "ORGANIZER:mailto:wang.wei@example.com",
            "END:VEVENT");

    CalendarImport.Result result = read("u.ics", ics);

    assertThat(result.meetings().get(0).plannedStart()).isEqualTo(NOV_13_14H);
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void anUnknownZoneAnAllDayEventAndAMissingUidAreErrorsWithTheirLines() {
    String ics =
        calendar(
            "REQUEST",
            "BEGIN:VEVENT",
            "UID:tz-1",
            "DTSTAMP:20261104T020000Z",
            "DTSTART;TZID=Mars/Olympus:20261113T140000",
            "DTEND;TZID=Mars/Olympus:20261113T160000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:day-1",
            "DTSTAMP:20261104T020000Z",
            "DTSTART;VALUE=DATE:20261113",
            "DTEND;VALUE=DATE:20261114",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTAMP:20261104T020000Z",
            "DTSTART:20261113T060000Z",
            "END:VEVENT");

    assertThatThrownBy(() -> read("bad.ics", ics))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportNote::toString)
                    .containsExactly(
                        "bad.ics:5: event tz-1: DTSTART: unknown time zone 'Mars/Olympus' (neither"
                            + " an IANA zone id nor defined by a VTIMEZONE in the file)",
                        "bad.ics:5: event tz-1: DTEND: unknown time zone 'Mars/Olympus' (neither"
                            + " an IANA zone id nor defined by a VTIMEZONE in the file)",
                        "bad.ics:11: event day-1: DTSTART is a date without a time: an all-day"
                            + " event is not a meeting",
                        "bad.ics:11: event day-1: DTEND is a date without a time: an all-day"
                            + " event is not a meeting",
                        "bad.ics:17: VEVENT without UID: cannot tell which meeting"));
  }

  @Test
  void aFileThatIsNotICalendarIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> read("garbage.ics", "hello\nworld\n"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("garbage.ics:1: not an iCalendar file"));
  }

  @Test
  void aCancellationIsReportedNotImported() throws Exception {
    String ics =
        calendar("CANCEL", request("m-1@example.com", 3, "20261104T020000Z", "20261113T140000"));

    CalendarImport.Result result = read("c.ics", ics);

    assertThat(result.meetings()).isEmpty();
    assertThat(result.notes())
        .extracting(ImportNote::toString)
        .containsExactly(
            "c.ics:5: METHOD:CANCEL of event m-1@example.com is not imported (only REQUEST,"
                + " PUBLISH and REPLY are)");
  }
}
