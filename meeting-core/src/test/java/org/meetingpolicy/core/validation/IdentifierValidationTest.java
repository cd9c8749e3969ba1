package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.ValidationResultAssert.problem;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.model.MeasureId;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * {@code @ValidId}: ids are non-blank, trimmed, free of control characters, bidirectional controls
 * and zero-width characters, and at most 128 long.
 */
class IdentifierValidationTest {

  static Stream<Arguments> malformedIds() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("blank", "   "),
        Arguments.of("leading space", " m-1"),
        Arguments.of("trailing space", "m-1 "),
        Arguments.of("trailing newline", "m-1\n"),
        Arguments.of("leading ideographic space", "\u3000m-1"),
        Arguments.of("no-break space alone", "\u00a0"),
        Arguments.of("leading no-break space", "\u00a0m-1"),
        Arguments.of("trailing no-break space", "m-1\u00a0"),
        Arguments.of("trailing narrow no-break space", "m-1\u202f"),
        Arguments.of("leading figure space", "\u2007m-1"),
        Arguments.of("tab inside", "m\t1"),
        Arguments.of("NUL inside", "m\u00001"),
        Arguments.of("escape inside", "m\u001b1"),
        Arguments.of("DEL inside", "m\u007f1"),
        Arguments.of("C1 control inside", "m\u00851"),
        Arguments.of("129 characters", "m".repeat(ValidId.MAX_LENGTH + 1)),
        Arguments.of("right-to-left override inside", "m-\u202egnp.exe"),
        Arguments.of("left-to-right embedding inside", "m\u202a1"),
        Arguments.of("pop directional formatting inside", "m\u202c1"),
        Arguments.of("left-to-right isolate inside", "m\u20661"),
        Arguments.of("pop directional isolate inside", "m\u20691"),
        Arguments.of("left-to-right mark inside", "m\u200e1"),
        Arguments.of("right-to-left mark at the end", "m-1\u200f"),
        Arguments.of("zero-width space inside", "m\u200b1"),
        Arguments.of("zero-width non-joiner inside", "m\u200c1"),
        Arguments.of("zero-width joiner inside", "m\u200d1"),
        Arguments.of("word joiner inside", "m\u20601"),
        Arguments.of("byte order mark first", "\ufeffm-1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedIds")
  void malformedMeetingIdIsReportedAtItsPath(String description, String id) {
    DepartmentRecords records =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of(id)).build());

    assertThat(validate(records)).hasOnlyProblem("meetings[0].id", "ValidId");
  }

  @Test
  void idsThatLookTheSameButDifferByAZeroWidthCharacterAreRefusedInBothLanguages() {
    DepartmentRecords records =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-1\u200b")).build());

    org.assertj.core.api.Assertions.assertThat(Validators.ENGLISH.validate(records).problems())
        .singleElement()
        .satisfies(
            p ->
                org.assertj.core.api.Assertions.assertThat(p.message())
                    .contains("zero-width characters"));
    org.assertj.core.api.Assertions.assertThat(Validators.CHINESE.validate(records).problems())
        .singleElement()
        .satisfies(p -> org.assertj.core.api.Assertions.assertThat(p.message()).contains("零宽字符"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"m", "m 1", "m\u00a01", "会议-2026-11-13", "m-#{x}$", "m-😀"})
  void wellFormedMeetingIdIsValid(String id) {
    DepartmentRecords records =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of(id)).build());

    assertThat(validate(records)).isValid();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, ValidId.MAX_LENGTH})
  void idUpToTheMaximumLengthIsValid(int length) {
    DepartmentRecords records =
        DepartmentRecords.of(
            SampleDepartment.department(),
            GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m".repeat(length))).build());

    assertThat(validate(records)).isValid();
  }

  private static final String BAD = " x";

  @Test
  void malformedPersonIdIsReportedWhereThePersonIsDefined() {
    // The external guest is not referred to by the golden meeting.
    DepartmentRecords records =
        RecordPaths.set(GoldenMeeting.records(), "department.people[10].id", PersonId.of(BAD));

    assertThat(validate(records)).hasOnlyProblem("department.people[10].id", "ValidId");
  }

  /**
   * Every kind of id, where it is defined and where it is referred to. A malformed reference also
   * names nothing recorded, so it is reported twice: malformed and dangling.
   */
  static Stream<Arguments> idSites() {
    return Stream.of(
        site("department.id", DepartmentId.of(BAD)),
        site("department.rooms[1].id", RoomId.of(BAD)),
        site("meetings[0].id", MeetingId.of(BAD)),
        site("meetings[0].agenda.items[0].id", AgendaItemId.of(BAD)),
        site("evaluations[1].id", EvaluationId.of(BAD)),
        site("evaluations[0].measures[0].id", MeasureId.of(BAD)),
        site("revisions[0].id", RevisionId.of(BAD)),
        site(
            "meetings[0].resolutions[0].id",
            ResolutionId.of(BAD),
            problem("meetings[0].minutes.resolutions[0]", "ConsistentMeeting")),
        site(
            "meetings[0].minutes.resolutions[0]",
            ResolutionId.of(BAD),
            problem("meetings[0].minutes.resolutions[0]", "ConsistentMeeting")),
        site(
            "meetings[1].agendaChanges[0].item",
            AgendaItemId.of(BAD),
            problem("meetings[1].agendaChanges[0].item", "ConsistentMeeting")),
        dangling("meetings[0].organizer", PersonId.of(BAD)),
        dangling("meetings[0].notices[0].recipients[3]", PersonId.of(BAD)),
        dangling("meetings[0].agenda.consulted[0]", PersonId.of(BAD)),
        dangling("meetings[0].minutes.attendees[0]", PersonId.of(BAD)),
        dangling("meetings[0].minutes.distributions[0].departments[1]", DepartmentId.of(BAD)),
        dangling("meetings[0].room", RoomId.of(BAD)),
        dangling("meetings[1].resolutions[0].responsible.department", DepartmentId.of(BAD)),
        dangling("evaluations[1].previous", EvaluationId.of(BAD)),
        dangling("revisions[0].notifications[0].person", PersonId.of(BAD)));
  }

  private static Arguments site(String path, Identifier id, Tuple... alsoExpected) {
    Tuple[] expected = new Tuple[alsoExpected.length + 1];
    expected[0] = problem(path, "ValidId");
    System.arraycopy(alsoExpected, 0, expected, 1, alsoExpected.length);
    return Arguments.of(path, id, expected);
  }

  private static Arguments dangling(String path, Identifier id) {
    return site(path, id, problem(path, "ConsistentRecords"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idSites")
  void malformedIdIsReportedWhereverItStands(String path, Identifier id, Tuple[] expected) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, id)))
        .hasExactlyProblems(expected);
  }
}
