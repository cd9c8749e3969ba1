package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.RecordVariants;

/**
 * Properties of the engine over random well-formed records of every shape ({@link RandomRecords}),
 * each over many seeds. A failure names its seed; {@code -Dmeetingpolicy.seeds=SEED} replays it
 * alone, {@code -Dmeetingpolicy.seeds=0-9999} searches longer.
 */
class EnginePropertiesTest {

  /** Seeds per property in the normal suite: a few seconds each on two cores. */
  static final int SEEDS = 100;

  /** Record sets per batch in the batch property; with about 2.5 meetings each, several chunks. */
  static final int BATCH = 24;

  private static final ComplianceEngine ENGINE = RuleTestSupport.ENGINE;
  private static final RecordValidator VALIDATOR = RecordValidator.create();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*}");

  static LongStream seeds() {
    return RandomRecords.seeds(SEEDS);
  }

  /** One random case: records, and an instant to judge them at. */
  private record Case(long seed, RandomRecords random, DepartmentRecords records, Instant asOf) {

    static Case of(long seed) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      Case c = new Case(seed, random, records, random.asOf(records));
      // The premise of every property: the generator made well-formed records.
      assertThat(VALIDATOR.validate(records).problems()).as(c.replay()).isEmpty();
      return c;
    }

    /**
     * The report of the records as of the instant, checked anew by each test: a report cached in a
     * static field across tests would be computed with unmutated code under PIT and hide mutants
     * (docs/QUALITY.md).
     */
    ComplianceReport check() {
      return ENGINE.check(records, asOf);
    }

    String replay() {
      return "seed " + seed + " (replay: -Dmeetingpolicy.seeds=" + seed + ")";
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkingWellFormedRecordsNeverThrowsAtAnyInstant(long seed) {
    Case c = Case.of(seed);
    assertThat(c.check().asOf()).as(c.replay()).isEqualTo(c.asOf());
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instants.add(c.random().asOf(c.records()));
    }

    for (Instant asOf : instants) {
      assertThatCode(() -> ENGINE.check(c.records(), asOf))
          .as("%s as of %s", c.replay(), asOf)
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameRecordsCheckedTwiceGiveTheSameReportAndText(long seed) {
    Case c = Case.of(seed);

    ComplianceReport first = ENGINE.check(c.records(), c.asOf());
    ComplianceReport second = ENGINE.check(c.records(), c.asOf());

    assertSameReport(second, first, c.replay() + ", checked twice");
    assertSameReport(second, c.check(), c.replay() + ", checked again later");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shufflingEveryUnorderedListChangesNothingInTheReport(long seed) {
    Case c = Case.of(seed);
    ComplianceReport original = c.check();

    for (int round = 0; round < 2; round++) {
      DepartmentRecords shuffled =
          RecordVariants.shuffled(c.records(), c.random().random(), list -> true);
      assertSameReport(
          ENGINE.check(shuffled, c.asOf()), original, c.replay() + ", shuffle " + (round + 1));
    }
  }

  // Regressions: these seeds once showed a list's order in the report (people not notified of a
  // revision, invitees who had not answered, indicators without a target).
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 5, 8, 12, 28, 90})
  void shufflingThePeopleAndRelatedDepartmentsChangesNothingInTheReport(long seed) {
    assertShuffleKeepsTheReport(
        seed,
        list -> list.equals("Department.people") || list.equals("Department.relatedDepartments"));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 4, 9, 10, 18})
  void shufflingTheInvitationsChangesNothingInTheReport(long seed) {
    assertShuffleKeepsTheReport(seed, "Meeting.invitations"::equals);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {29, 30, 34, 42, 50})
  void shufflingTheIndicatorsOfAnEvaluationChangesNothingInTheReport(long seed) {
    assertShuffleKeepsTheReport(seed, "Evaluation.indicators"::equals);
  }

  private static void assertShuffleKeepsTheReport(long seed, Predicate<String> lists) {
    Case c = Case.of(seed);
    ComplianceReport original = c.check();
    for (int round = 0; round < 3; round++) {
      DepartmentRecords shuffled = RecordVariants.shuffled(c.records(), new Random(round), lists);
      assertSameReport(
          ENGINE.check(shuffled, c.asOf()), original, c.replay() + ", shuffle " + (round + 1));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingTheTimesInAnotherZoneChangesNothingInTheReport(long seed) {
    Case c = Case.of(seed);
    ZoneId zone = RandomRecords.ZONES.get(c.random().random().nextInt(RandomRecords.ZONES.size()));

    DepartmentRecords rezoned = RecordVariants.rezoned(c.records(), zone);

    assertSameReport(ENGINE.check(rezoned, c.asOf()), c.check(), c.replay() + ", times in " + zone);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFindingCitesACatalogueClauseThroughAnExistingRuleWithFilledMessages(long seed) {
    Case c = Case.of(seed);
    Map<String, RuleInfo> rules = new HashMap<>();
    ENGINE.rules().forEach(r -> r.findingRuleIds().forEach(id -> rules.put(id, r)));
    Set<MeetingId> meetings =
        c.records().meetings().stream().map(Meeting::id).collect(Collectors.toSet());

    ComplianceReport report = c.check();

    for (Finding f : report.findings()) {
      String where = c.replay() + ": " + f;
      assertThat(ENGINE.catalogue().find(f.clauseId())).as(where).isPresent();
      assertThat(f.ruleId()).as(where).isNotBlank();
      assertThat(rules).as(where).containsKey(f.ruleId());
      assertThat(rules.get(f.ruleId()).clauseIds()).as(where).contains(f.clauseId());
      assertThat(rules.get(f.ruleId()).findsSomething()).as(where).isTrue();
      for (Language language : Language.values()) {
        assertThat(f.message(language)).as(where).isNotBlank();
        assertThat(PLACEHOLDER.matcher(f.message(language)).find())
            .as("%s: unfilled placeholder in %s", where, f.message(language))
            .isFalse();
      }
      if (f.severity() == Severity.DUE) {
        assertThat(f.at()).as("%s: a due obligation has a deadline", where).isNotNull();
        assertThat(f.at()).as("%s: not due before the instant judged", where).isAfter(c.asOf());
      }
      if (f.subject().meeting() != null) {
        assertThat(meetings).as(where).contains(f.subject().meeting());
      }
      assertThat(f.evidence()).as(where).allSatisfy(e -> assertThat(e.name()).isNotBlank());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void checkingNeverChangesItsInput(long seed) {
    Case c = Case.of(seed);
    // An equal but separate copy, and the lists' elements by identity.
    DepartmentRecords copy = RandomRecords.withSeed(seed).records();
    List<Meeting> meetings = new ArrayList<>(c.records().meetings());
    List<Object> parts = new ArrayList<>();
    for (Meeting meeting : meetings) {
      parts.addAll(meeting.invitations());
      parts.addAll(meeting.notices());
      parts.addAll(meeting.attendance());
      parts.addAll(meeting.resolutions());
    }

    ENGINE.check(c.records(), c.asOf());
    ENGINE.checkAll(List.of(c.records()), c.asOf());

    assertThat(c.records()).as(c.replay()).isEqualTo(copy);
    assertThat(c.records().meetings())
        .as(c.replay())
        .usingElementComparator(identity())
        .containsExactlyElementsOf(meetings);
    List<Object> after = new ArrayList<>();
    for (Meeting meeting : c.records().meetings()) {
      after.addAll(meeting.invitations());
      after.addAll(meeting.notices());
      after.addAll(meeting.attendance());
      after.addAll(meeting.resolutions());
    }
    assertThat(after)
        .as(c.replay())
        .usingElementComparator(identity())
        .containsExactlyElementsOf(parts);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("batchSeeds")
  void checkingABatchGivesExactlyTheReportsOfCheckingEachAlone(long seed) {
    Random random = new Random(seed);
    List<DepartmentRecords> batch = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      batch.add(RandomRecords.withSeed(seed * 1_000 + i).records());
    }
    // Record sets repeat in real batches (the same file twice): equal facts in one session.
    batch.add(batch.get(random.nextInt(BATCH)));
    Instant asOf = RandomRecords.withSeed(seed).asOf(batch.get(0));

    BatchResult result = ENGINE.checkAll(batch, asOf);

    assertThat(result.rejected()).as("seed %d", seed).isZero();
    assertThat(result.outcomes()).extracting(CheckOutcome::index).isSorted().hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      ComplianceReport alone = ENGINE.check(batch.get(i), asOf);
      assertSameReport(result.reports().get(i), alone, "batch seed " + seed + ", record set " + i);
    }
  }

  static LongStream batchSeeds() {
    return RandomRecords.seeds(SEEDS / 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  // Seeds 40 and 72 make the same finding twice (two plan changes at the same instant): the report
  // lists it once, and the table counts it once.
  void statusTableAgreesWithTheFindings(long seed) {
    Case c = Case.of(seed);

    ComplianceReport report = c.check();

    assertThat(report.clauses())
        .as(c.replay())
        .extracting(r -> r.clause().id())
        .isSortedAccordingTo(ClauseIds.ORDER)
        .doesNotHaveDuplicates()
        .containsAll(ENGINE.catalogue().ofKind(ClauseKind.R).stream().map(Clause::id).toList())
        .containsAll(report.findings().stream().map(Finding::clauseId).toList());
    for (ClauseResult result : report.clauses()) {
      String id = result.clause().id();
      String where = c.replay() + ", clause " + id;
      List<Finding> findings = report.findingsOf(id);
      int violations = count(findings, Severity.VIOLATION);
      int warnings = count(findings, Severity.WARNING);
      int due = count(findings, Severity.DUE);
      assertThat(result.violations()).as(where).isEqualTo(violations);
      assertThat(result.warnings()).as(where).isEqualTo(warnings);
      assertThat(result.due()).as(where).isEqualTo(due);
      assertThat(result.status() == ClauseStatus.VIOLATED).as(where).isEqualTo(violations > 0);
      assertThat(result.status() == ClauseStatus.DUE)
          .as(where)
          .isEqualTo(violations == 0 && due > 0);
      assertThat(result.status()).as(where).isNotEqualTo(ClauseStatus.NOT_CHECKED);
      if (warnings > 0 && violations == 0 && due == 0) {
        assertThat(result.status()).as(where).isEqualTo(ClauseStatus.COMPLIANT);
      }
      assertThat(result.nextDue())
          .as(where)
          .isEqualTo(
              findings.stream()
                  .filter(f -> f.severity() == Severity.DUE)
                  .map(Finding::at)
                  .min(Comparator.naturalOrder())
                  .orElse(null));
    }
    assertThat(report.isCompliant()).as(c.replay()).isEqualTo(report.violations().isEmpty());
    assertThat(report.statusCounts().values().stream().mapToLong(Long::longValue).sum())
        .as(c.replay())
        .isEqualTo(report.clauses().size());
    assertThat(report.summary())
        .as(c.replay())
        .startsWith(
            report.violations().size()
                + " violation(s), "
                + report.warnings().size()
                + " warning(s), "
                + report.due().size()
                + " due");
    assertThat(report.meetings())
        .as(c.replay())
        .containsExactlyInAnyOrderElementsOf(
            c.records().meetings().stream().map(Meeting::id).toList());
  }

  /** Equal reports, and the same text in both languages, byte for byte. */
  static void assertSameReport(ComplianceReport actual, ComplianceReport expected, String what) {
    // The findings that differ first: the whole texts would bury them.
    List<Finding> missing = new ArrayList<>(expected.findings());
    missing.removeAll(actual.findings());
    List<Finding> extra = new ArrayList<>(actual.findings());
    extra.removeAll(expected.findings());
    assertThat(missing).as("%s: findings missing", what).isEmpty();
    assertThat(extra).as("%s: findings extra", what).isEmpty();
    assertThat(actual.findings()).as(what).isEqualTo(expected.findings());
    assertThat(actual.clauses()).as(what).isEqualTo(expected.clauses());
    assertThat(actual).as(what).isEqualTo(expected);
    assertThat(actual.hashCode()).as(what).isEqualTo(expected.hashCode());
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static Comparator<Object> identity() {
    return (a, b) -> a == b ? 0 : 1;
  }
}
