package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Ids are unique in their scope. The second occurrence is reported, at its id, by the constraint of
 * the scope: {@code ConsistentRecords} across the records, {@code ConsistentMeeting} within one
 * meeting.
 */
class DuplicateIdValidationTest {

  /** (list, element copied to its end, id property, constraint). */
  static Stream<Arguments> duplicates() {
    return Stream.of(
        Arguments.of("department.people", 3, "id", "ConsistentRecords"),
        Arguments.of("department.rooms", 0, "id", "ConsistentRecords"),
        Arguments.of("department.relatedDepartments", 1, "id", "ConsistentRecords"),
        Arguments.of("evaluations", 0, "id", "ConsistentRecords"),
        Arguments.of("revisions", 0, "id", "ConsistentRecords"),
        Arguments.of("evaluations[1].measures", 0, "id", "ConsistentRecords"),
        Arguments.of("meetings[0].resolutions", 0, "id", "ConsistentRecords"),
        Arguments.of("meetings[0].agenda.items", 4, "id", "ConsistentMeeting"),
        Arguments.of("meetings[0].invitations", 5, "person", "ConsistentMeeting"),
        Arguments.of("meetings[0].attendance", 2, "person", "ConsistentMeeting"),
        Arguments.of("meetings[0].minutes.versions", 0, "number", "ConsistentMeeting"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void duplicateIdIsReportedAtTheSecondOccurrence(
      String list, int copied, String idProperty, String constraint) {
    DepartmentRecords full = SampleRecords.full();
    Object copy = RecordPaths.get(full, list + "[" + copied + "]");

    assertThat(validate(RecordPaths.append(full, list, copy)))
        .hasOnlyProblem(RecordPaths.nextElement(full, list) + "." + idProperty, constraint);
  }

  @Test
  void duplicatePersonIdIsReportedAtItsPath() {
    DepartmentRecords records =
        RecordPaths.set(
            GoldenMeeting.records(),
            "department.people[10].id",
            SampleDepartment.department().people().get(4).id());

    assertThat(validate(records)).hasOnlyProblem("department.people[10].id", "ConsistentRecords");
  }

  @Test
  void duplicateMeetingIdIsReportedOnTheLaterMeeting() {
    Meeting sameId = SampleRecords.BUSY.toBuilder().id(GoldenMeeting.GOLDEN.id()).build();
    DepartmentRecords records =
        DepartmentRecords.of(SampleDepartment.department(), List.of(GoldenMeeting.GOLDEN, sameId));

    assertThat(validate(records)).hasOnlyProblem("meetings[1].id", "ConsistentRecords");
  }

  @Test
  void resolutionIdRepeatedInAnotherMeetingIsReported() {
    DepartmentRecords records =
        RecordPaths.append(
            SampleRecords.full(),
            "meetings[1].resolutions",
            GoldenMeeting.GOLDEN.resolutions().get(0));

    assertThat(validate(records))
        .hasOnlyProblem("meetings[1].resolutions[1].id", "ConsistentRecords");
  }

  @Test
  void agendaItemIdsAreScopedToTheirMeeting() {
    // The golden and the busy meeting both number their agenda items a1..a8.
    assertThat(validate(SampleRecords.full())).isValid();
  }

  @Test
  void measureIdsAreScopedToTheirEvaluation() {
    // Both sample evaluations call their measure im-1.
    DepartmentRecords full = SampleRecords.full();

    org.assertj.core.api.Assertions.assertThat(
            RecordPaths.get(full, "evaluations[0].measures[0].id"))
        .isEqualTo(RecordPaths.get(full, "evaluations[1].measures[0].id"));
    assertThat(validate(full)).isValid();
  }

  @Test
  void sameValueAsIdsOfDifferentKindsIsNotADuplicate() {
    DepartmentRecords records =
        RecordPaths.set(
            GoldenMeeting.records(),
            "meetings[0].id",
            org.meetingpolicy.core.model.MeetingId.of(SampleDepartment.MANAGER.value()));

    assertThat(validate(records)).isValid();
  }

  @Test
  void repeatedResponseOfOnePersonIsNotADuplicate() {
    Meeting golden = GoldenMeeting.GOLDEN;
    Response first = golden.responses().get(0);
    Meeting changedMind =
        golden.toBuilder()
            .addResponses(
                new Response(first.person(), ResponseKind.DECLINE, first.at().plusSeconds(3600)))
            .build();

    assertThat(Validators.ENGLISH.validate(SampleDepartment.department(), changedMind)).isValid();
  }

  @Test
  void everyRepeatAfterTheFirstIsReported() {
    DepartmentRecords full = SampleRecords.full();
    Object invitation = RecordPaths.get(full, "meetings[0].invitations[0]");
    DepartmentRecords records =
        RecordPaths.append(
            RecordPaths.append(full, "meetings[0].invitations", invitation),
            "meetings[0].invitations",
            invitation);

    assertThat(validate(records))
        .hasExactlyProblems(
            ValidationResultAssert.problem(
                "meetings[0].invitations[9].person", "ConsistentMeeting"),
            ValidationResultAssert.problem(
                "meetings[0].invitations[10].person", "ConsistentMeeting"));
  }
}
