package org.meetingpolicy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.GoldenMeeting.GOLDEN;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleDepartment;

/** {@link RecordSnapshot}: what a recorder would have held at an instant. */
class RecordSnapshotTest {

  private static final Instant START = GOLDEN.start();
  private static final RecordValidator VALIDATOR = RecordValidator.create();

  private static Meeting known(Meeting meeting, Instant asOf) {
    return DepartmentRecords.of(SampleDepartment.department(), meeting)
        .knownAt(asOf)
        .meetings()
        .get(0);
  }

  @Test
  void beforeTheStartNothingOfTheMeetingItselfIsKnownYetItsPlanIs() {
    Meeting before = known(GOLDEN, START.minus(Duration.ofDays(3)));

    assertThat(before.plannedStart()).isEqualTo(GOLDEN.plannedStart());
    assertThat(before.plannedEnd()).isEqualTo(GOLDEN.plannedEnd());
    assertThat(before.invitations()).isEqualTo(GOLDEN.invitations());
    assertThat(before.attendance()).isEmpty();
    assertThat(before.minutes()).isNull();
    assertThat(before.resolutions()).isEmpty();
    assertThat(before.notices())
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.sentAt()).isBeforeOrEqualTo(START.minus(Duration.ofDays(3))));
    assertThat(before.finalAttendeeList()).isNull();
  }

  @Test
  void aFactAtExactlyTheInstantIsKnown() {
    Notice first = GOLDEN.notices().get(0);

    assertThat(known(GOLDEN, first.sentAt()).notices()).contains(first);
    assertThat(known(GOLDEN, first.sentAt().minusNanos(1)).notices()).doesNotContain(first);
  }

  @Test
  void aPresenceStillGoingOnHasNoLeavingYet() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .attendance(
                List.of(
                    new Attendance(
                        SALES_1,
                        List.of(new Presence(START.minusSeconds(600), START.plusSeconds(3600))))))
            .build();

    Meeting during = known(meeting, START.plusSeconds(60));

    assertThat(during.attendanceOf(SALES_1).orElseThrow().presences())
        .containsExactly(new Presence(START.minusSeconds(600), null));
  }

  @Test
  void aRescheduleDecidedLaterIsUndoneAndTheMeetingKeepsItsLength() {
    ZonedDateTime earlier = GOLDEN.plannedStart().minusWeeks(1);
    Instant decided = START.minus(Duration.ofDays(10));
    Meeting moved =
        GOLDEN.toBuilder()
            .reschedules(
                List.of(new Reschedule(earlier, GOLDEN.plannedStart(), decided, MANAGER, null)))
            .build();

    Meeting before = known(moved, decided.minusSeconds(1));

    assertThat(before.reschedules()).isEmpty();
    assertThat(before.plannedStart()).isEqualTo(earlier);
    assertThat(Duration.between(before.plannedStart(), before.plannedEnd()))
        .isEqualTo(Duration.between(GOLDEN.plannedStart(), GOLDEN.plannedEnd()));
    assertThat(known(moved, decided).plannedStart()).isEqualTo(GOLDEN.plannedStart());
  }

  @Test
  void aResolutionCompletedLaterIsStillInProgress() {
    Resolution open = GOLDEN.resolutions().get(0);
    Instant completed = START.plus(Duration.ofDays(30));
    Resolution done =
        new Resolution(
            open.id(),
            open.text(),
            open.responsible(),
            open.plan(),
            open.deadline(),
            open.tracker(),
            open.progressReports(),
            open.reviews(),
            ResolutionStatus.DONE,
            completed,
            null,
            "lessons");
    Meeting meeting = GOLDEN.toBuilder().resolutions(List.of(done)).build();

    Resolution before = known(meeting, completed.minusSeconds(1)).resolutions().get(0);

    assertThat(before.status()).isEqualTo(ResolutionStatus.IN_PROGRESS);
    assertThat(before.completedAt()).isNull();
    assertThat(known(meeting, completed).resolutions().get(0)).isEqualTo(done);
  }

  @Test
  void theWholeHistoryIsKeptAfterItsLastFact() {
    DepartmentRecords records = DepartmentRecords.of(SampleDepartment.department(), GOLDEN);

    assertThat(records.knownAt(START.plus(Duration.ofDays(365)))).isEqualTo(records);
  }

  static LongStream seeds() {
    return RandomRecords.seeds(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSnapshotIsWellFormedAndCuttingItAgainChangesNothing(long seed) {
    RandomRecords random = RandomRecords.withSeed(seed);
    DepartmentRecords records = random.records();
    String replay = "seed " + seed + " (replay: -Dmeetingpolicy.seeds=" + seed + ")";
    for (Instant asOf : instantsInEveryMeetingsLife(records, random)) {
      DepartmentRecords snapshot = records.knownAt(asOf);

      assertThat(VALIDATOR.validate(snapshot).problems()).as("%s at %s", replay, asOf).isEmpty();
      assertThat(snapshot.knownAt(asOf)).as("%s at %s", replay, asOf).isEqualTo(snapshot);
      assertThat(snapshot.meetings()).hasSameSizeAs(records.meetings());
    }
  }

  /** Before, at and during every meeting, and after it; and the generator's own instant. */
  static List<Instant> instantsInEveryMeetingsLife(
      DepartmentRecords records, RandomRecords random) {
    List<Instant> instants = new java.util.ArrayList<>();
    for (Meeting m : records.meetings()) {
      Duration length = Duration.between(m.start(), m.end());
      instants.add(m.start().minus(Duration.ofDays(3)));
      instants.add(m.start());
      instants.add(m.start().plus(length.dividedBy(2)));
      instants.add(m.end());
      instants.add(m.end().plus(Duration.ofDays(3)));
    }
    instants.add(random.asOf(records));
    return instants;
  }
}
