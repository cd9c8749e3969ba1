package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * {@code @Chronological}: an end is never before its start, compared as instants, and reported on
 * the end. Also: no response comes before the first notice to its person.
 */
class ChronologyValidationTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  /** Every @Chronological pair of the model: (start path, end path). */
  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of("meetings[0].plannedStart", "meetings[0].plannedEnd"),
        Arguments.of("meetings[0].bookings[0].from", "meetings[0].bookings[0].to"),
        Arguments.of("meetings[0].bookings[0].requestedAt", "meetings[0].bookings[0].confirmedAt"),
        Arguments.of(
            "meetings[0].attendance[0].presences[0].joined",
            "meetings[0].attendance[0].presences[0].left"),
        Arguments.of("meetings[0].minutes.actualStart", "meetings[0].minutes.actualEnd"),
        Arguments.of("department.designations[0].from", "department.designations[0].until"),
        Arguments.of("evaluations[0].period.start", "evaluations[0].period.end"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("intervals")
  void endBeforeStartIsReportedOnTheEnd(String startPath, String endPath) {
    DepartmentRecords full = SampleRecords.full();
    Object start = RecordPaths.get(full, startPath);

    assertThat(validate(RecordPaths.set(full, endPath, oneSecondBefore(start))))
        .hasOnlyProblem(endPath, "Chronological");
  }

  /** The intervals that must not be empty: a meeting ends after it starts. */
  static Stream<Arguments> strictIntervals() {
    return Stream.of(Arguments.of("meetings[0].plannedStart", "meetings[0].plannedEnd"));
  }

  /** The others may end at the instant they start. */
  static Stream<Arguments> lenientIntervals() {
    return intervals().filter(i -> strictIntervals().noneMatch(s -> s.get()[1].equals(i.get()[1])));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("lenientIntervals")
  void endAtTheStartIsValid(String startPath, String endPath) {
    DepartmentRecords full = SampleRecords.full();

    assertThat(validate(RecordPaths.set(full, endPath, RecordPaths.get(full, startPath))))
        .isValid();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("strictIntervals")
  void meetingThatEndsWhenItStartsIsReportedOnTheEnd(String startPath, String endPath) {
    DepartmentRecords full = SampleRecords.full();

    assertThat(validate(RecordPaths.set(full, endPath, RecordPaths.get(full, startPath))))
        .hasOnlyProblem(endPath, "Chronological");
  }

  @Test
  void meetingThatEndsWhenItStartsIsToldItMustEndAfterTheStart() {
    Meeting meeting = GOLDEN.toBuilder().plannedEnd(GOLDEN.plannedStart()).build();

    org.assertj.core.api.Assertions.assertThat(
            Validators.ENGLISH
                .validate(DepartmentRecords.of(SampleRecords.full().department(), meeting))
                .problems())
        .singleElement()
        .satisfies(
            p ->
                org.assertj.core.api.Assertions.assertThat(p.message())
                    .startsWith("must be after "));
  }

  /** The intervals whose end is optional: an open interval is never out of order. */
  static Stream<Arguments> openEnds() {
    return Stream.of(
        Arguments.of("meetings[0].bookings[0].confirmedAt"),
        Arguments.of("meetings[0].attendance[0].presences[0].left"),
        Arguments.of("meetings[0].minutes.actualEnd"),
        Arguments.of("department.designations[0].until"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("openEnds")
  void intervalWithoutEndIsValid(String endPath) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), endPath, null))).isValid();
  }

  @Test
  void intervalWithoutStartIsNotCheckedForOrder() {
    DepartmentRecords records =
        RecordPaths.set(SampleRecords.full(), "meetings[0].minutes.actualStart", null);

    assertThat(validate(records)).isValid();
  }

  private static Object oneSecondBefore(Object start) {
    if (start instanceof Instant instant) {
      return instant.minusSeconds(1);
    }
    return ((ZonedDateTime) start).minusSeconds(1);
  }

  @Test
  void plannedTimesInDifferentZonesAreComparedAsInstants() {
    // 14:30 in Tokyo is 13:30 in Shanghai: half an hour before the 14:00 start.
    ZonedDateTime endInTokyo =
        GOLDEN.plannedStart().withZoneSameInstant(ZoneId.of("Asia/Tokyo")).minusMinutes(30);
    Meeting meeting = GOLDEN.toBuilder().plannedEnd(endInTokyo).build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting)))
        .hasOnlyProblem("meetings[0].plannedEnd", "Chronological");
  }

  @Test
  void plannedEndWithAnEarlierLocalTimeInAnotherZoneIsValid() {
    // 08:00 UTC reads earlier than the 14:00 start but is 16:00 in Shanghai.
    ZonedDateTime endInUtc = GOLDEN.plannedEnd().withZoneSameInstant(ZoneOffset.UTC);
    Meeting meeting = GOLDEN.toBuilder().plannedEnd(endInUtc).build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting))).isValid();
  }

  @Test
  void everyIntervalOutOfOrderIsReported() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .plannedEnd(GOLDEN.plannedStart().minusHours(1))
            .minutes(
                RecordPaths.set(
                    GOLDEN.minutes(),
                    "actualEnd",
                    GOLDEN.minutes().actualStart().minus(Duration.ofMinutes(5))))
            .build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting)))
        .hasExactlyProblems(
            ValidationResultAssert.problem("meetings[0].plannedEnd", "Chronological"),
            ValidationResultAssert.problem("meetings[0].minutes.actualEnd", "Chronological"));
  }

  // Responses and notices.

  @Test
  void responseBeforeTheFirstNoticeToThatPersonIsReported() {
    Notice notice = GOLDEN.notices().get(0);
    DepartmentRecords records =
        RecordPaths.set(
            GoldenMeeting.records(),
            "meetings[0].responses[4].at",
            notice.sentAt().minusSeconds(1));

    assertThat(validate(records))
        .hasOnlyProblem("meetings[0].responses[4].at", "ConsistentMeeting");
  }

  @Test
  void responseAtTheMomentOfTheNoticeIsValid() {
    Notice notice = GOLDEN.notices().get(0);
    DepartmentRecords records =
        RecordPaths.set(GoldenMeeting.records(), "meetings[0].responses[4].at", notice.sentAt());

    assertThat(validate(records)).isValid();
  }

  @Test
  void responseIsMeasuredAgainstTheEarliestNoticeToThatPerson() {
    // A reminder goes to one person after they had already answered the first notice.
    Response answer = GOLDEN.responses().get(2);
    Notice reminder =
        new Notice(
            SampleDepartment.SECRETARY,
            answer.at().plus(Duration.ofDays(1)),
            NoticeChannel.INSTANT_MESSAGE,
            List.of(answer.person()),
            true,
            true,
            true,
            GOLDEN.plannedStart());
    Meeting meeting = GOLDEN.toBuilder().addNotices(reminder).build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting))).isValid();
  }

  @Test
  void responseBeforeAnyNoticeToThatPersonButAfterNoticesToOthersIsReported() {
    // A second notice reaches one person later; their answer predates it.
    Response answer = GOLDEN.responses().get(2);
    Notice firstToOthers = GOLDEN.notices().get(0);
    List<org.meetingpolicy.core.model.PersonId> others =
        firstToOthers.recipients().stream().filter(p -> !p.equals(answer.person())).toList();
    Meeting meeting =
        GOLDEN.toBuilder()
            .notices(
                List.of(
                    RecordPaths.set(firstToOthers, "recipients", others),
                    RecordPaths.set(
                        RecordPaths.set(firstToOthers, "recipients", List.of(answer.person())),
                        "sentAt",
                        answer.at().plus(Duration.ofHours(1)))))
            .build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting)))
        .hasOnlyProblem("meetings[0].responses[2].at", "ConsistentMeeting");
  }

  @Test
  void responseOfSomeoneNeverNoticedIsNotAChronologyProblem() {
    // Answering without a notice breaks the policy (2.6), not the model.
    Meeting meeting = GOLDEN.toBuilder().notices(List.of()).build();

    assertThat(validate(DepartmentRecords.of(SampleDepartment.department(), meeting))).isValid();
  }
}
