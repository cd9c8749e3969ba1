package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Equipment;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.internal.FactBuilder;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * What the rules compute beyond a comparison, in Java: the schedule's (section 3), the evaluation's
 * (section 8), the lead deadlines (section 2) and the one test of a missing text (7.10, 8.9, 9.1,
 * 9.2). Section 4's are in {@link AgendaComputationsTest}.
 */
class FactComputationsTest {

  private static final MeetingPolicy POLICY = MeetingPolicy.defaults();

  private static <T> List<T> factsOf(DepartmentRecords records, Class<T> type) {
    return FactBuilder.facts(0, records, POLICY, GoldenMeeting.AS_OF).stream()
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  @Test
  void aWeeksRegularSlotEndsOnItsMeetingDayAtTheEndOfTheAfternoonInThePolicysZone() {
    PeriodFact week =
        factsOf(GoldenMeeting.records(), PeriodFact.class).stream()
            .filter(p -> p.kind() == PeriodKind.WEEK && p.period().contains(GoldenMeeting.AS_OF))
            .findFirst()
            .orElseThrow();

    // The week of the instant of judgement (Monday 16 November 2026): its slot ends on Friday 20th.
    ZonedDateTime end = week.regularSlotEnd().atZone(POLICY.zone());
    assertThat(end.getDayOfWeek()).isEqualTo(POLICY.regularMeetingDay());
    assertThat(end.toLocalTime()).isEqualTo(POLICY.afternoonEnd());
    assertThat(end.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(week.period().contains(end.toInstant().minusSeconds(1))).isTrue();
  }

  @Test
  void theRoomBookingDeadlineIsTheLeadTimeBeforeTheStart() {
    MeetingFact golden = factsOf(GoldenMeeting.records(), MeetingFact.class).get(0);

    assertThat(golden.roomBookingDeadline())
        .isEqualTo(golden.start().minus(POLICY.roomBookingLeadTime()));
  }

  @Test
  void ofTwoRegularMeetingsOfAWeekTheEarlierComesFirstAndAtTheSameStartTheSmallerId() {
    Meeting a = GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-a")).build();
    Meeting b = GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-b")).build();
    Meeting later =
        GoldenMeeting.GOLDEN.toBuilder()
            .id(MeetingId.of("m-0"))
            .plannedStart(GoldenMeeting.GOLDEN.plannedStart().plusMinutes(30))
            .plannedEnd(GoldenMeeting.GOLDEN.plannedEnd().plusMinutes(30))
            .build();
    List<MeetingFact> facts =
        factsOf(GoldenMeeting.records().withMeetings(List.of(a, b, later)), MeetingFact.class);
    MeetingFact fa = facts.get(0);
    MeetingFact fb = facts.get(1);
    MeetingFact fLater = facts.get(2);

    assertThat(fa.precedesInWeek(fb)).isTrue();
    assertThat(fb.precedesInWeek(fa)).isFalse();
    assertThat(fb.precedesInWeek(fLater)).isTrue();
    assertThat(fLater.precedesInWeek(fa)).isFalse();
    assertThat(fa.precedesInWeek(fa)).isFalse();
  }

  @Test
  void aNoticeNamesWhatItFailsToStateInTheOrderTimePlaceAgenda() {
    Notice golden = GoldenMeeting.GOLDEN.notices().get(0);
    Notice bare =
        new Notice(
            golden.sentBy(),
            golden.sentAt(),
            golden.channel(),
            golden.recipients(),
            false,
            true,
            false,
            null);
    DepartmentRecords records =
        GoldenMeeting.records()
            .withMeetings(List.of(GoldenMeeting.GOLDEN.toBuilder().notices(List.of(bare)).build()));

    assertThat(factsOf(GoldenMeeting.records(), NoticeFact.class).get(0).missingParts()).isEmpty();
    assertThat(factsOf(records, NoticeFact.class).get(0).missingParts())
        .containsExactly("TIME", "AGENDA");
  }

  @Test
  void missingEquipmentIsWhatIsRequiredButAbsentInTheEnumsOrder() {
    assertThat(
            EquipmentCheckFact.missing(
                Set.of(Equipment.VIDEO_CONFERENCE, Equipment.PROJECTOR, Equipment.SOUND),
                Set.of(Equipment.SOUND, Equipment.WHITEBOARD)))
        .containsExactly(Equipment.PROJECTOR, Equipment.VIDEO_CONFERENCE);
    assertThat(EquipmentCheckFact.missing(Set.of(), Set.of())).isEmpty();
  }

  @Test
  void aClashAcrossMidnightIsOnTheDayItsOverlapStarts() {
    ZonedDateTime evening = GoldenMeeting.START.withHour(22);
    RoomBooking first =
        new RoomBooking(
            GoldenMeeting.GOLDEN.room(),
            evening.toInstant(),
            evening.plusHours(4).toInstant(),
            GoldenMeeting.GOLDEN.secretary(),
            evening.minusDays(10).toInstant(),
            null);
    RoomBooking second =
        new RoomBooking(
            first.room(),
            evening.plusHours(1).toInstant(),
            evening.plusHours(5).toInstant(),
            first.requestedBy(),
            first.requestedAt(),
            null);
    LocalDate friday = evening.toLocalDate();
    RoomDayBooking aFriday = day(first, friday, 0);
    RoomDayBooking bFriday = day(second, friday, 1);
    RoomDayBooking aSaturday = day(first, friday.plusDays(1), 2);
    RoomDayBooking bSaturday = day(second, friday.plusDays(1), 3);

    assertThat(bFriday.overlapStartsOn(aFriday)).isTrue();
    assertThat(bSaturday.overlapStartsOn(aSaturday)).isFalse();
    assertThat(aFriday.overlapStartsOn(bFriday)).isTrue();
  }

  @Test
  void aLeadDeadlineIsTheLeadBeforeTheStartAndTheStartItselfForAnEmergencyMeeting() {
    MeetingFact regular = meeting(GoldenMeeting.GOLDEN);
    MeetingFact emergency =
        meeting(
            GoldenMeeting.GOLDEN.toBuilder()
                .kind(MeetingKind.EMERGENCY)
                .emergencyReason("Key account lost")
                .build());
    Duration lead = POLICY.agendaLeadTime();

    assertThat(regular.leadDeadline(lead)).isEqualTo(GoldenMeeting.START.toInstant().minus(lead));
    assertThat(regular.leadDeadline(Duration.ZERO)).isEqualTo(regular.start());
    // 9.1 exempts an emergency meeting from every lead time: due by the start.
    assertThat(emergency.leadDeadline(lead)).isEqualTo(emergency.start());
    assertThat(emergency.roomBookingDeadline()).isEqualTo(emergency.start());
  }

  @Test
  void silentInviteesAreThoseWithoutAnyResponseInInvitationOrder() {
    Meeting golden = GoldenMeeting.GOLDEN;
    PersonId first = golden.invitations().get(0).person();
    PersonId last = golden.invitations().get(golden.invitations().size() - 1).person();
    Meeting twoSilent =
        golden.toBuilder()
            .responses(
                golden.responses().stream()
                    .filter(r -> !r.person().equals(first) && !r.person().equals(last))
                    .toList())
            .build();

    assertThat(meeting(golden).silentInvitees()).isEmpty();
    assertThat(meeting(twoSilent).silentInvitees()).containsExactly(first, last);
    assertThat(meeting(golden.toBuilder().responses(List.of()).build()).silentInvitees())
        .hasSize(golden.invitations().size());
  }

  @Test
  void anEvaluationPeriodsEvaluationIsDueTheGracePeriodAfterItsEnd() {
    CalendarPeriod q4 = POLICY.evaluationPeriodOf(GoldenMeeting.AS_OF);
    PeriodFact period = new PeriodFact(0, PeriodKind.EVALUATION, q4, POLICY, GoldenMeeting.AS_OF);
    MeetingPolicy noGrace = POLICY.toBuilder().evaluationGracePeriod(Duration.ZERO).build();

    assertThat(q4.label()).isEqualTo("2026-Q4");
    assertThat(period.evaluationDeadline())
        .isEqualTo(q4.end().plus(POLICY.evaluationGracePeriod()));
    assertThat(
            new PeriodFact(0, PeriodKind.EVALUATION, q4, noGrace, GoldenMeeting.AS_OF)
                .evaluationDeadline())
        .isEqualTo(q4.end());
  }

  @Test
  void anEvaluationCoversAPeriodOfTheSameLabelOrOfTheSameBounds() {
    CalendarPeriod q4 = POLICY.evaluationPeriodOf(GoldenMeeting.AS_OF);
    CalendarPeriod q3 = POLICY.evaluationPeriodOf(q4.start().minusSeconds(1));
    Instant midnightUtc = Instant.parse("2026-10-01T00:00:00Z");

    // Labelled as the period, with bounds written in UTC rather than the policy's zone.
    assertThat(evaluation(new EvaluationPeriod("2026-Q4", midnightUtc, q4.end())).covers(q4))
        .isTrue();
    // Its own label, but the period's exact bounds.
    assertThat(evaluation(new EvaluationPeriod("Q4 2026", q4.start(), q4.end())).covers(q4))
        .isTrue();
    assertThat(evaluation(new EvaluationPeriod("Q4 2026", midnightUtc, q4.end())).covers(q4))
        .isFalse();
    assertThat(evaluation(new EvaluationPeriod("2026-Q4", q4.start(), q4.end())).covers(q3))
        .isFalse();
  }

  @Test
  void aTextIsMissingWhenAbsentEmptyOrOnlyWhitespace() {
    assertThat(Format.textMissing(null)).isTrue();
    assertThat(Format.textMissing("")).isTrue();
    assertThat(Format.textMissing(" \t\n")).isTrue();
    // A full-width space, as a Chinese input method types it, is whitespace too.
    assertThat(Format.textMissing("\u3000")).isTrue();
    assertThat(Format.textMissing("无")).isFalse();
    assertThat(Format.textMissing("  Sales up 4%  ")).isFalse();
  }

  private static MeetingFact meeting(Meeting meeting) {
    return new MeetingFact(0, meeting, SampleDepartment.department(), POLICY, GoldenMeeting.AS_OF);
  }

  private static EvaluationFact evaluation(EvaluationPeriod period) {
    return new EvaluationFact(
        0,
        new Evaluation(
            EvaluationId.of("ev-1"),
            period,
            period.end().plus(Duration.ofDays(3)),
            SampleDepartment.MANAGER,
            Set.of(),
            List.of(),
            null,
            false,
            null,
            null,
            List.of()),
        SampleDepartment.department(),
        POLICY,
        GoldenMeeting.AS_OF);
  }

  private static RoomDayBooking day(RoomBooking booking, LocalDate day, int ordinal) {
    return new RoomDayBooking(
        0,
        booking.room(),
        day,
        MeetingId.of("m-" + ordinal),
        ordinal,
        booking,
        POLICY,
        Instant.EPOCH.plus(Duration.ofDays(20_000)));
  }
}
