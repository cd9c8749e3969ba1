package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.ValidationResultAssert.problem;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.DisciplineTopic;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Required values ({@code @NotNull}, {@code @NotBlank}) and null list elements are reported at
 * their exact path; the record they sit in is still read, so every other problem is reported too.
 */
class RequiredValuesValidationTest {

  /** Required values; each set to null on otherwise well-formed records. */
  static Stream<Arguments> requiredValues() {
    return Stream.of(
            "department.id",
            "department.name",
            "department.people[0].name",
            "department.people[0].department",
            "department.people[0].position",
            "department.relatedDepartments[0].name",
            "department.relatedDepartments[0].function",
            "department.designations[0].role",
            "department.designations[0].person",
            "department.designations[0].from",
            "department.rooms[0].name",
            "department.rooms[0].kind",
            "meetings[0].id",
            "meetings[0].kind",
            "meetings[0].mode",
            "meetings[0].title",
            "meetings[0].plannedStart",
            "meetings[0].plannedEnd",
            "meetings[0].confidentiality",
            "meetings[0].invitations[0].person",
            "meetings[0].invitations[0].role",
            "meetings[0].notices[0].sentBy",
            "meetings[0].notices[0].sentAt",
            "meetings[0].notices[0].channel",
            "meetings[0].responses[0].person",
            "meetings[0].responses[0].kind",
            "meetings[0].responses[0].at",
            "meetings[0].reconfirmation.by",
            "meetings[0].reconfirmation.at",
            "meetings[0].finalAttendeeList.confirmedBy",
            "meetings[0].finalAttendeeList.at",
            "meetings[0].disciplineReminder.by",
            "meetings[0].disciplineReminder.at",
            "meetings[0].bookings[0].room",
            "meetings[0].bookings[0].from",
            "meetings[0].bookings[0].to",
            "meetings[0].bookings[0].requestedBy",
            "meetings[0].bookings[0].requestedAt",
            "meetings[0].equipmentChecks[0].by",
            "meetings[0].equipmentChecks[0].at",
            "meetings[0].agenda.items[0].id",
            "meetings[0].agenda.items[0].title",
            "meetings[0].agenda.items[0].category",
            "meetings[0].agenda.items[0].materials[0].title",
            "meetings[0].agenda.items[0].materials[0].kind",
            "meetings[0].attendance[0].person",
            "meetings[0].attendance[0].presences[0].joined",
            "meetings[0].minutes.speakerNotes[0].speaker",
            "meetings[0].minutes.speakerNotes[0].points",
            "meetings[0].minutes.versions[0].at",
            "meetings[0].minutes.versions[0].by",
            "meetings[0].minutes.approvals[0].by",
            "meetings[0].minutes.approvals[0].at",
            "meetings[0].minutes.distributions[0].at",
            "meetings[0].minutes.distributions[0].by",
            "meetings[0].minutes.archive.at",
            "meetings[0].resolutions[0].text",
            "meetings[0].resolutions[0].status",
            "meetings[0].resolutions[0].plan.steps[0].description",
            "meetings[0].resolutions[0].progressReports[0].at",
            "meetings[0].resolutions[0].progressReports[0].by",
            "meetings[0].feedbackRequest.by",
            "meetings[0].feedbackRequest.at",
            "meetings[0].feedback[0].at",
            "meetings[0].feedback[0].topic",
            "meetings[0].nextMeeting.by",
            "meetings[0].nextMeeting.at",
            "meetings[0].nextMeeting.nextStart",
            "meetings[1].reschedules[0].previousStart",
            "meetings[1].reschedules[0].newStart",
            "meetings[1].reschedules[0].decidedAt",
            "meetings[1].reschedules[0].decidedBy",
            "meetings[1].agendaChanges[0].by",
            "meetings[1].agendaChanges[0].at",
            "meetings[1].agendaChanges[0].kind",
            "meetings[1].attendeeChanges[0].person",
            "meetings[1].attendeeChanges[0].kind",
            "meetings[1].attendeeChanges[0].decidedAt",
            "meetings[1].attendanceNotices[0].person",
            "meetings[1].attendanceNotices[0].kind",
            "meetings[1].attendanceNotices[0].notifiedAt",
            "meetings[1].catchUps[0].person",
            "meetings[1].catchUps[0].at",
            "meetings[1].catchUps[0].method",
            "meetings[1].resolutions[0].reviews[0].at",
            "meetings[1].resolutions[0].reviews[0].by",
            "meetings[1].resolutions[0].evaluation.at",
            "meetings[1].resolutions[0].evaluation.by",
            "evaluations[1].id",
            "evaluations[0].period",
            "evaluations[0].period.label",
            "evaluations[0].period.start",
            "evaluations[0].period.end",
            "evaluations[0].conductedAt",
            "evaluations[0].indicators[0].kind",
            "evaluations[0].indicators[0].name",
            "evaluations[0].survey.conductedAt",
            "evaluations[0].survey.questions[0].question",
            "evaluations[0].measures[0].id",
            "evaluations[0].measures[0].description",
            "evaluations[0].measures[0].followUps[0].at",
            "evaluations[0].measures[0].followUps[0].by",
            "revisions[0].id",
            "revisions[0].version",
            "revisions[0].effectiveFrom",
            "revisions[0].notifications[0].person",
            "revisions[0].notifications[0].at")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredValues")
  void nullRequiredValueIsReportedAtItsPath(String path) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, null)))
        .hasOnlyProblem(path, "NotNull");
  }

  @Test
  void nullResolutionIdIsReportedAndLeavesTheMinutesReferenceDangling() {
    DepartmentRecords records =
        RecordPaths.set(SampleRecords.full(), "meetings[0].resolutions[0].id", null);

    assertThat(validate(records))
        .hasExactlyProblems(
            problem("meetings[0].resolutions[0].id", "NotNull"),
            problem("meetings[0].minutes.resolutions[0]", "ConsistentMeeting"));
  }

  @Test
  void nullDepartmentIsReportedAtTheRoot() {
    DepartmentRecords records = new DepartmentRecords(null, List.of(), List.of(), List.of());

    assertThat(validate(records)).hasOnlyProblem("department", "NotNull");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankTexts")
  void blankRequiredTextIsReportedAtItsPath(String path, String blank) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, blank)))
        .hasOnlyProblem(path, "NotBlank");
  }

  static Stream<Arguments> blankTexts() {
    return Stream.of(
        Arguments.of("meetings[0].minutes.archive.location", ""),
        Arguments.of("meetings[0].minutes.archive.location", " "),
        Arguments.of("meetings[0].minutes.archive.location", null),
        Arguments.of("meetings[1].video.url", ""),
        Arguments.of("meetings[1].video.url", null));
  }

  /** Lists whose elements are required; each gets a null element appended. */
  static Stream<Arguments> listsOfRequiredElements() {
    return Stream.of(
            "department.people",
            "department.relatedDepartments",
            "department.designations",
            "department.rooms",
            "meetings",
            "evaluations",
            "revisions",
            "meetings[0].invitations",
            "meetings[0].notices",
            "meetings[0].notices[0].recipients",
            "meetings[0].responses",
            "meetings[0].reconfirmation.confirmed",
            "meetings[0].finalAttendeeList.attendees",
            "meetings[0].bookings",
            "meetings[0].equipmentChecks",
            "meetings[0].agenda.consulted",
            "meetings[0].agenda.items",
            "meetings[0].agenda.items[0].materials",
            "meetings[0].agendaChanges",
            "meetings[0].attendeeChanges",
            "meetings[0].attendance",
            "meetings[0].attendance[0].presences",
            "meetings[0].attendanceNotices",
            "meetings[0].catchUps",
            "meetings[0].minutes.attendees",
            "meetings[0].minutes.agenda",
            "meetings[0].minutes.resolutions",
            "meetings[0].minutes.speakerNotes",
            "meetings[0].minutes.versions",
            "meetings[0].minutes.approvals",
            "meetings[0].minutes.distributions",
            "meetings[0].minutes.distributions[0].recipients",
            "meetings[0].minutes.distributions[0].departments",
            "meetings[0].resolutions",
            "meetings[0].resolutions[0].plan.steps",
            "meetings[0].resolutions[0].progressReports",
            "meetings[0].feedback",
            "meetings[1].reschedules",
            "meetings[1].resolutions[0].reviews",
            "evaluations[0].indicators",
            "evaluations[0].survey.questions",
            "evaluations[0].measures",
            "evaluations[0].measures[0].followUps",
            "revisions[0].notifications")
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsOfRequiredElements")
  void nullListElementIsReportedAtItsIndex(String listPath) {
    DepartmentRecords full = SampleRecords.full();

    assertThat(validate(RecordPaths.append(full, listPath, null)))
        .hasOnlyProblem(RecordPaths.nextElement(full, listPath), "NotNull");
  }

  @Test
  void nullElementOfASetIsReportedOnTheSetWithoutAnIndex() {
    Set<DisciplineTopic> topics = new HashSet<>(Arrays.asList(DisciplineTopic.PUNCTUALITY, null));
    DepartmentRecords records =
        RecordPaths.set(GoldenMeeting.records(), "meetings[0].disciplineReminder.topics", topics);

    assertThat(validate(records))
        .hasOnlyProblem("meetings[0].disciplineReminder.topics[]", "NotNull");
  }

  @Test
  void everyNullInOneMeetingIsReportedNotJustTheFirst() {
    Meeting meeting =
        GoldenMeeting.GOLDEN.toBuilder().title(null).kind(null).plannedEnd(null).build();

    assertThat(Validators.ENGLISH.validate(SampleDepartment.department(), meeting))
        .hasExactlyProblems(
            problem("meetings[0].title", "NotNull"),
            problem("meetings[0].kind", "NotNull"),
            problem("meetings[0].plannedEnd", "NotNull"));
  }
}
