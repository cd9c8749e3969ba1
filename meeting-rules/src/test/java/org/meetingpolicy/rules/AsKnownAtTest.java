package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * "As of" means "as known at that instant": a record set holding the whole history, judged at an
 * earlier instant, gives the report a recorder would have had then.
 */
class AsKnownAtTest {

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;
  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final Instant START = GOLDEN.start();

  /** The golden resolution's first progress report: Monday 16 November, 12:00. */
  private static final ProgressReport FIRST = GOLDEN.resolutions().get(0).progressReports().get(0);

  private static Resolution withReports(
      List<ProgressReport> reports, ResolutionStatus status, Instant completedAt) {
    Resolution r = GOLDEN.resolutions().get(0);
    return new Resolution(
        r.id(),
        r.text(),
        r.responsible(),
        r.plan(),
        r.deadline(),
        r.tracker(),
        reports,
        r.reviews(),
        status,
        completedAt,
        null,
        completedAt == null ? null : "Renewals came from the visits.");
  }

  private static DepartmentRecords records(Resolution resolution) {
    return DepartmentRecords.of(
        SampleDepartment.department(), GOLDEN.toBuilder().resolutions(List.of(resolution)).build());
  }

  @Test
  void laterReportAndCompletionDoNotHideAProgressReportOverdueAtTheInstant() {
    ProgressReport late =
        new ProgressReport(START.plus(Duration.ofDays(17)), SECRETARY, MANAGER, "Visits.", null);
    Instant completed = START.plus(Duration.ofDays(30));
    DepartmentRecords history =
        records(withReports(List.of(FIRST, late), ResolutionStatus.DONE, completed));
    // What the secretary's records held on 27 November: one report, work going on.
    DepartmentRecords heldThen =
        records(withReports(List.of(FIRST), ResolutionStatus.IN_PROGRESS, null));
    Instant asOf = START.plus(Duration.ofDays(14));

    ComplianceReport fromHistory = ENGINE.check(history, asOf);

    EnginePropertiesTest.assertSameReport(
        fromHistory, ENGINE.check(heldThen, asOf), "history vs. records held then");
    assertThat(RuleTestSupport.findings(fromHistory, "7.3", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("resolutions.progress-report-overdue");
  }

  static LongStream seeds() {
    return RandomRecords.seeds(40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkingTheHistoryEqualsCheckingItsSnapshotAtEveryInstantOfEveryMeetingsLife(long seed) {
    RandomRecords random = RandomRecords.withSeed(seed);
    DepartmentRecords records = random.records();
    String replay = "seed " + seed + " (replay: -Dmeetingpolicy.seeds=" + seed + ")";
    List<Instant> instants = new ArrayList<>();
    for (Meeting m : records.meetings()) {
      instants.add(m.start().minus(Duration.ofDays(2)));
      instants.add(m.start().plus(Duration.between(m.start(), m.end()).dividedBy(2)));
      instants.add(m.end().plus(Duration.ofDays(4)));
    }
    instants.add(random.asOf(records));

    for (Instant asOf : instants) {
      EnginePropertiesTest.assertSameReport(
          ENGINE.check(records.knownAt(asOf), asOf),
          ENGINE.check(records, asOf),
          replay + " as of " + asOf);
    }
  }
}
