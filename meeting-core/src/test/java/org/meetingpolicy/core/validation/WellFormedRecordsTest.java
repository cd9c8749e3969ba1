package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.ChangeKind;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * Records that are well-formed validate clean: the golden records, the two sample quarters, the
 * fully filled sample records, optional values left out, and records that break the policy without
 * breaking the model.
 */
class WellFormedRecordsTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  @Test
  void goldenRecordsAreWellFormed() {
    assertThat(validate(GoldenMeeting.records())).isValid();
  }

  @Test
  void goldenMeetingIsWellFormedThroughTheSingleMeetingEntryPoint() {
    assertThat(Validators.ENGLISH.validate(SampleDepartment.department(), GOLDEN)).isValid();
  }

  @Test
  void weeklySeriesLinkedByNextMeetingIsWellFormed() {
    DepartmentRecords series =
        DepartmentRecords.of(
            SampleDepartment.department(), GoldenMeeting.weeklySeries(GoldenMeeting.START, 6));

    assertThat(validate(series)).isValid();
  }

  @Test
  void theTwoSampleQuartersAreWellFormed() {
    // Their breaches are of the policy, never of the model.
    assertThat(validate(SampleQuarters.records())).isValid();
  }

  @Test
  void recordsWithEveryPartFilledAreWellFormed() {
    assertThat(validate(SampleRecords.full())).isValid();
  }

  @Test
  void recordsWithoutMeetingsAreWellFormed() {
    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), List.of()))).isValid();
  }

  @Test
  void requireValidReturnsWellFormedRecordsUnchanged() {
    DepartmentRecords records = SampleRecords.full();

    org.assertj.core.api.Assertions.assertThat(Validators.ENGLISH.requireValid(records))
        .isSameAs(records);
  }

  /** Optional parts left null: absent, not malformed. */
  static Stream<Arguments> optionalValues() {
    return Stream.of(
            "department.manager",
            "department.relatedDepartments[0].head",
            "department.designations[0].designatedBy",
            "department.designations[0].until",
            "department.people[0].clearance",
            "meetings[0].emergencyReason",
            "meetings[0].onlineReason",
            "meetings[0].room",
            "meetings[0].video",
            "meetings[0].organizer",
            "meetings[0].secretary",
            "meetings[0].invitations[0].responsibility",
            "meetings[0].notices[0].announcedStart",
            "meetings[0].reconfirmation",
            "meetings[0].finalAttendeeList",
            "meetings[0].disciplineReminder",
            "meetings[0].bookings[0].confirmedAt",
            "meetings[0].equipmentChecks[0].notes",
            "meetings[0].technicalSupport",
            "meetings[0].agenda",
            "meetings[0].agenda.preparedBy",
            "meetings[0].agenda.preparedAt",
            "meetings[0].agenda.items[0].presenter",
            "meetings[0].agenda.items[0].presenterRole",
            "meetings[0].agenda.items[0].materials[0].preparedBy",
            "meetings[0].agenda.items[0].materials[0].preparedAt",
            "meetings[0].attendance[0].presences[0].left",
            "meetings[0].minutes",
            "meetings[0].minutes.recorder",
            "meetings[0].minutes.actualStart",
            "meetings[0].minutes.actualEnd",
            "meetings[0].minutes.place",
            "meetings[0].minutes.chair",
            "meetings[0].minutes.keyContent",
            "meetings[0].minutes.archive",
            "meetings[0].minutes.classification",
            "meetings[0].minutes.speakerNotes[0].outcome",
            "meetings[0].minutes.versions[0].changes",
            "meetings[0].resolutions[0].responsible",
            "meetings[0].resolutions[0].responsible.person",
            "meetings[0].resolutions[0].plan",
            "meetings[0].resolutions[0].plan.expectedOutcome",
            "meetings[0].resolutions[0].plan.steps[0].due",
            "meetings[0].resolutions[0].deadline",
            "meetings[0].resolutions[0].tracker",
            "meetings[0].resolutions[0].progressReports[0].to",
            "meetings[0].resolutions[0].progressReports[0].summary",
            "meetings[0].feedbackRequest",
            "meetings[0].feedbackRequest.channel",
            "meetings[0].feedback[0].from",
            "meetings[0].feedback[0].rating",
            "meetings[0].feedback[0].text",
            "meetings[0].nextMeeting",
            "meetings[1].video.tool",
            "meetings[1].reschedules[0].attendeesConsultedAt",
            "meetings[1].agendaChanges[0].item",
            "meetings[1].agendaChanges[0].description",
            "meetings[1].attendeeChanges[0].notifiedBy",
            "meetings[1].attendeeChanges[0].notifiedAt",
            "meetings[1].attendanceNotices[0].notifiedTo",
            "meetings[1].attendanceNotices[0].reason",
            "meetings[1].technicalSupport.technician",
            "meetings[1].technicalSupport.arrangedAt",
            "meetings[1].resolutions[0].responsible.department",
            "meetings[1].resolutions[0].completedAt",
            "meetings[1].resolutions[0].evaluation",
            "meetings[1].resolutions[0].reviews[0].notes",
            "evaluations[0].conductedBy",
            "evaluations[0].survey",
            "evaluations[0].survey.questions[0].meanScore",
            "evaluations[0].indicators[0].target",
            "evaluations[0].indicators[0].unit",
            "evaluations[1].previous",
            "evaluations[1].comparison",
            "evaluations[0].measures[0].owner",
            "evaluations[0].measures[0].due",
            "evaluations[0].measures[0].followUps[0].notes",
            "revisions[0].reason",
            "revisions[0].approvedBy",
            "revisions[0].approvedAt")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionalValues")
  void nullOptionalValueIsValid(String path) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, null))).isValid();
  }

  /** Lists given as null read as empty, which is valid: "none recorded". */
  static Stream<Arguments> listsGivenAsNull() {
    return Stream.of(
            "department.designations",
            "meetings",
            "evaluations",
            "revisions",
            "meetings[0].invitations",
            "meetings[0].notices",
            "meetings[0].responses",
            "meetings[0].bookings",
            "meetings[0].equipmentChecks",
            "meetings[0].attendance",
            "meetings[0].attendance[0].presences",
            "meetings[0].agenda.consulted",
            "meetings[0].agenda.items[0].materials",
            "meetings[0].reconfirmation.confirmed",
            "meetings[0].finalAttendeeList.attendees",
            "meetings[0].disciplineReminder.topics",
            "meetings[0].equipmentChecks[0].checked",
            "meetings[0].minutes.attendees",
            "meetings[0].minutes.agenda",
            "meetings[0].minutes.speakerNotes",
            "meetings[0].minutes.distributions",
            "meetings[0].minutes.distributions[0].recipients",
            "meetings[0].minutes.distributions[0].departments",
            "meetings[0].resolutions[0].progressReports",
            "meetings[0].resolutions[0].plan.steps",
            "meetings[0].feedback",
            "meetings[1].reschedules",
            "meetings[1].agendaChanges",
            "meetings[1].attendeeChanges",
            "meetings[1].attendanceNotices",
            "meetings[1].catchUps",
            "meetings[1].resolutions[0].reviews",
            "evaluations[0].sources",
            "evaluations[0].indicators",
            "evaluations[0].measures",
            "evaluations[0].measures[0].followUps",
            "evaluations[0].survey.questions",
            "revisions[0].bases",
            "revisions[0].notifications")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsGivenAsNull")
  void listGivenAsNullReadsAsEmptyAndIsValid(String path) {
    DepartmentRecords records = RecordPaths.set(SampleRecords.full(), path, null);

    org.assertj.core.api.Assertions.assertThat(RecordPaths.get(records, path))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
        .isEmpty();
    assertThat(validate(records)).isValid();
  }

  /** Well-formed meetings that break the policy: validation never judges the policy. */
  static Stream<Arguments> policyBreakingMeetings() {
    return Stream.<Arguments>of(
        breaking(
            "notice sent 1 day ahead, answered within the hour (3.4)",
            b ->
                b.notices(
                        List.of(
                            new Notice(
                                SampleDepartment.SECRETARY,
                                GOLDEN.start().minus(Duration.ofDays(1)),
                                NoticeChannel.EMAIL,
                                SampleDepartment.roster(),
                                true,
                                true,
                                true,
                                GOLDEN.plannedStart())))
                    .responses(
                        GOLDEN.responses().stream()
                            .map(
                                r ->
                                    new Response(
                                        r.person(),
                                        r.kind(),
                                        GOLDEN.start().minus(Duration.ofHours(23))))
                            .toList())),
        breaking(
            "minutes without a chair (6.2)",
            b -> b.minutes(RecordPaths.set(GOLDEN.minutes(), "chair", null))),
        breaking("no minutes at all (4.10)", b -> b.minutes(null)),
        breaking("nobody invited (2.3)", b -> b.invitations(List.of())),
        breaking("organizer not named (2.1)", b -> b.organizer(null)),
        breaking(
            "organized by a sales staff member (2.1)", b -> b.organizer(SampleDepartment.SALES_3)),
        breaking(
            "held on a Monday morning (3.1)",
            b ->
                b.plannedStart(GOLDEN.plannedStart().minusDays(4).withHour(9))
                    .plannedEnd(GOLDEN.plannedStart().minusDays(4).withHour(11))),
        breaking("emergency meeting without a reason (9.1)", b -> b.kind(MeetingKind.EMERGENCY)),
        breaking("online meeting without a video link (9.2)", b -> b.mode(MeetingMode.ONLINE)),
        breaking(
            "booked into the small room for nine people (3.2)",
            b -> b.room(SampleDepartment.ROOM_SMALL)),
        breaking("no resolution (4.9)", b -> b.resolutions(List.of()).minutes(null)),
        breaking("no agenda (2.5)", b -> b.agenda(null)),
        breaking(
            "agenda item removed, so no longer on the agenda (9.3)",
            b ->
                b.agendaChanges(
                    List.of(
                        new AgendaChange(
                            SampleDepartment.MANAGER,
                            GOLDEN.start().minus(Duration.ofDays(1)),
                            ChangeKind.REMOVED,
                            AgendaItemId.of("a-dropped"),
                            "dropped")))));
  }

  private static Arguments breaking(String description, UnaryOperator<Meeting.Builder> change) {
    return Arguments.of(description, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policyBreakingMeetings")
  void policyBreakingButWellFormedMeetingIsValid(
      String description, UnaryOperator<Meeting.Builder> change) {
    Meeting meeting = change.apply(GOLDEN.toBuilder()).build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting))).isValid();
  }
}
