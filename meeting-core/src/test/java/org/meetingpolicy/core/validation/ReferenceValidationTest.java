package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.ValidationResultAssert.problem;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.ChangeKind;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * References resolve: across the records to people, rooms, departments, meetings and evaluations
 * ({@code ConsistentRecords}), and within a meeting to its agenda items, resolutions and minutes
 * versions ({@code ConsistentMeeting}). A dangling reference is reported at the reference.
 */
class ReferenceValidationTest {

  private static final PersonId NOBODY = PersonId.of("p-nobody");

  static Stream<Arguments> personReferences() {
    return Stream.of(
            "department.manager",
            "department.relatedDepartments[0].head",
            "department.designations[0].person",
            "department.designations[0].designatedBy",
            "meetings[0].organizer",
            "meetings[0].secretary",
            "meetings[0].invitations[0].person",
            "meetings[0].notices[0].sentBy",
            "meetings[0].notices[0].recipients[0]",
            "meetings[0].notices[0].recipients[8]",
            "meetings[0].responses[0].person",
            "meetings[0].reconfirmation.by",
            "meetings[0].reconfirmation.confirmed[0]",
            "meetings[0].finalAttendeeList.confirmedBy",
            "meetings[0].finalAttendeeList.attendees[0]",
            "meetings[0].disciplineReminder.by",
            "meetings[0].bookings[0].requestedBy",
            "meetings[0].equipmentChecks[0].by",
            "meetings[0].agenda.preparedBy",
            "meetings[0].agenda.consulted[0]",
            "meetings[0].agenda.items[0].presenter",
            "meetings[0].agenda.items[0].materials[0].preparedBy",
            "meetings[0].attendance[0].person",
            "meetings[0].minutes.recorder",
            "meetings[0].minutes.attendees[0]",
            "meetings[0].minutes.chair",
            "meetings[0].minutes.speakerNotes[0].speaker",
            "meetings[0].minutes.versions[0].by",
            "meetings[0].minutes.approvals[0].by",
            "meetings[0].minutes.distributions[0].by",
            "meetings[0].minutes.distributions[0].recipients[0]",
            "meetings[0].resolutions[0].responsible.person",
            "meetings[0].resolutions[0].tracker",
            "meetings[0].resolutions[0].progressReports[0].by",
            "meetings[0].resolutions[0].progressReports[0].to",
            "meetings[0].feedbackRequest.by",
            "meetings[0].feedback[0].from",
            "meetings[0].nextMeeting.by",
            "meetings[1].reschedules[0].decidedBy",
            "meetings[1].technicalSupport.technician",
            "meetings[1].agendaChanges[0].by",
            "meetings[1].attendeeChanges[0].person",
            "meetings[1].attendeeChanges[0].notifiedBy",
            "meetings[1].attendanceNotices[0].person",
            "meetings[1].attendanceNotices[0].notifiedTo",
            "meetings[1].catchUps[0].person",
            "meetings[1].resolutions[0].reviews[0].by",
            "meetings[1].resolutions[0].evaluation.by",
            "evaluations[0].conductedBy",
            "evaluations[0].measures[0].owner",
            "evaluations[0].measures[0].followUps[0].by",
            "revisions[0].approvedBy",
            "revisions[0].notifications[1].person")
        .map(path -> Arguments.of(path, NOBODY));
  }

  static Stream<Arguments> otherReferences() {
    return Stream.of(
        Arguments.of("meetings[0].room", RoomId.of("room-nowhere")),
        Arguments.of("meetings[0].bookings[0].room", RoomId.of("room-nowhere")),
        Arguments.of(
            "meetings[0].minutes.distributions[0].departments[0]", DepartmentId.of("legal")),
        Arguments.of("meetings[1].resolutions[0].responsible.department", DepartmentId.of("legal")),
        Arguments.of("meetings[0].nextMeeting.nextMeeting", MeetingId.of("m-2026-11-27")),
        Arguments.of("evaluations[1].previous", EvaluationId.of("e-2026-q2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"personReferences", "otherReferences"})
  void referenceToAnUnknownRecordIsReportedAtTheReference(String path, Identifier unknown) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, unknown)))
        .hasOnlyProblem(path, "ConsistentRecords");
  }

  @Test
  void personOnlyKnownByAnotherKindOfIdIsUnknown() {
    // "room-a" names a room, not a person.
    DepartmentRecords records =
        RecordPaths.set(
            GoldenMeeting.records(),
            "meetings[0].organizer",
            PersonId.of(SampleDepartment.ROOM_A.value()));

    assertThat(validate(records)).hasOnlyProblem("meetings[0].organizer", "ConsistentRecords");
  }

  @Test
  void salesDepartmentItselfIsAKnownDepartment() {
    DepartmentRecords records =
        RecordPaths.set(
            SampleRecords.full(),
            "meetings[1].resolutions[0].responsible",
            Responsible.department(SampleDepartment.SALES));

    assertThat(validate(records)).isValid();
  }

  @Test
  void nextMeetingRecordedInTheSameRecordsIsKnown() {
    DepartmentRecords records =
        RecordPaths.set(
            SampleRecords.full(), "meetings[0].nextMeeting.nextMeeting", SampleRecords.BUSY.id());

    assertThat(validate(records)).isValid();
  }

  @Test
  void nextMeetingOutsideTheValidatedRecordsIsUnknown() {
    // The series' first meeting names the second; validated alone, the second is not recorded.
    DepartmentRecords first =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.weeklySeries(GoldenMeeting.START, 2).get(0));

    assertThat(validate(first))
        .hasOnlyProblem("meetings[0].nextMeeting.nextMeeting", "ConsistentRecords");
  }

  @Test
  void everyDanglingReferenceIsReported() {
    DepartmentRecords records =
        GoldenMeeting.records()
            .withMeetings(
                List.of(
                    GoldenMeeting.GOLDEN.toBuilder()
                        .organizer(NOBODY)
                        .secretary(NOBODY)
                        .room(RoomId.of("room-nowhere"))
                        .build()));

    assertThat(validate(records))
        .hasExactlyProblems(
            problem("meetings[0].organizer", "ConsistentRecords"),
            problem("meetings[0].secretary", "ConsistentRecords"),
            problem("meetings[0].room", "ConsistentRecords"));
  }

  // Within one meeting.

  @ParameterizedTest
  @EnumSource(
      value = ChangeKind.class,
      names = {"ADDED", "MODIFIED", "REORDERED"})
  void agendaChangeToAnItemNotOnTheAgendaIsReported(ChangeKind kind) {
    DepartmentRecords records =
        RecordPaths.set(
            RecordPaths.set(SampleRecords.full(), "meetings[1].agendaChanges[0].kind", kind),
            "meetings[1].agendaChanges[0].item",
            AgendaItemId.of("a-99"));

    assertThat(validate(records))
        .hasOnlyProblem("meetings[1].agendaChanges[0].item", "ConsistentMeeting");
  }

  @Test
  void agendaChangeRemovingAnItemMayNameAnItemNoLongerOnTheAgenda() {
    DepartmentRecords records =
        RecordPaths.set(
            RecordPaths.set(
                SampleRecords.full(), "meetings[1].agendaChanges[0].kind", ChangeKind.REMOVED),
            "meetings[1].agendaChanges[0].item",
            AgendaItemId.of("a-99"));

    assertThat(validate(records)).isValid();
  }

  @Test
  void agendaChangeOnAMeetingWithoutAgendaIsReported() {
    DepartmentRecords records = RecordPaths.set(SampleRecords.full(), "meetings[1].agenda", null);

    assertThat(validate(records))
        .hasOnlyProblem("meetings[1].agendaChanges[0].item", "ConsistentMeeting");
  }

  @Test
  void minutesResolutionNotPassedByTheMeetingIsReported() {
    DepartmentRecords records =
        RecordPaths.append(
            SampleRecords.full(), "meetings[0].minutes.resolutions", ResolutionId.of("r-other"));

    assertThat(validate(records))
        .hasOnlyProblem("meetings[0].minutes.resolutions[1]", "ConsistentMeeting");
  }

  @Test
  void minutesResolutionPassedByAnotherMeetingIsReported() {
    DepartmentRecords records =
        RecordPaths.set(
            SampleRecords.full(),
            "meetings[0].minutes.resolutions[0]",
            SampleRecords.BUSY.resolutions().get(0).id());

    assertThat(validate(records))
        .hasOnlyProblem("meetings[0].minutes.resolutions[0]", "ConsistentMeeting");
  }

  @ParameterizedTest
  @ValueSource(strings = {"approvals", "distributions"})
  void approvalOrDistributionOfAnUnrecordedMinutesVersionIsReported(String list) {
    String path = "meetings[0].minutes." + list + "[0].version";

    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, 2)))
        .hasOnlyProblem(path, "ConsistentMeeting");
  }

  @Test
  void approvalOfALaterRecordedVersionIsValid() {
    DepartmentRecords full = SampleRecords.full();
    Object first = RecordPaths.get(full, "meetings[0].minutes.versions[0]");
    DepartmentRecords records =
        RecordPaths.set(
            RecordPaths.append(
                full, "meetings[0].minutes.versions", RecordPaths.set((Record) first, "number", 2)),
            "meetings[0].minutes.approvals[0].version",
            2);

    assertThat(validate(records)).isValid();
  }

  @Test
  void approvalsMayNameAnyVersionWhenTheMinutesRecordNoVersions() {
    // Documented exemption: minutes that do not track versions are approved as a whole.
    DepartmentRecords records =
        RecordPaths.set(
            RecordPaths.set(SampleRecords.full(), "meetings[0].minutes.versions", List.of()),
            "meetings[0].minutes.approvals[0].version",
            3);

    assertThat(validate(records)).isValid();
  }
}
