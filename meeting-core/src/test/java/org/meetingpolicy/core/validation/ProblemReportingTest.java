package org.meetingpolicy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.core.validation.Validators.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * How problems are reported: which record they belong to, in which order, in which language, and
 * how {@link RecordValidator#requireValid} fails.
 */
class ProblemReportingTest {

  private static final PersonId NOBODY = PersonId.of("p-nobody");

  /** Records with several kinds of problem in several records. */
  private static DepartmentRecords broken() {
    DepartmentRecords records = SampleRecords.full();
    records = RecordPaths.set(records, "meetings[1].organizer", NOBODY);
    records = RecordPaths.set(records, "meetings[0].title", null);
    records = RecordPaths.set(records, "department.rooms[0].capacity", -1);
    records = RecordPaths.set(records, "evaluations[0].measures[0].owner", NOBODY);
    records = RecordPaths.set(records, "revisions[0].version", null);
    return RecordPaths.set(records, "meetings[0].secretary", PersonId.of(" p"));
  }

  // The record a problem belongs to.

  static Stream<Arguments> recordNames() {
    return Stream.of(
        Arguments.of("meetings[0].title", null, "meeting 'm-2026-11-13'"),
        Arguments.of("meetings[1].organizer", NOBODY, "meeting 'm-2026-11-20'"),
        Arguments.of("meetings[0].minutes.chair", NOBODY, "meeting 'm-2026-11-13'"),
        Arguments.of("department.people[3].name", null, "person 'p-liu-yang'"),
        Arguments.of("department.people[10].name", null, "person 'p-guest'"),
        Arguments.of("department.manager", NOBODY, "department 'sales'"),
        Arguments.of("department.rooms[0].capacity", -1, "department 'sales'"),
        Arguments.of("evaluations[0].measures[0].owner", NOBODY, "evaluation 'e-2026-q3'"),
        Arguments.of("revisions[0].version", null, "revision 'rev-2'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordNames")
  void problemNamesTheRecordItBelongsTo(String path, Object value, String record) {
    List<Problem> problems =
        validate(RecordPaths.set(SampleRecords.full(), path, value)).problems();

    assertThat(problems).extracting(Problem::record).containsExactly(record);
  }

  @Test
  void problemOfAMeetingWithoutIdNamesItByPosition() {
    Meeting meeting = GoldenMeeting.GOLDEN.toBuilder().id(null).build();

    assertThat(Validators.ENGLISH.validate(SampleDepartment.department(), meeting).problems())
        .extracting(Problem::record)
        .containsExactly("meeting (no id)");
  }

  @Test
  void missingMeetingIsNamedByItsPosition() {
    DepartmentRecords records = RecordPaths.append(GoldenMeeting.records(), "meetings", null);

    assertThat(validate(records).problems())
        .extracting(Problem::record, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("meeting #1", "meetings[1]"));
  }

  // Order.

  @Test
  void problemsAreSortedByPathThenConstraint() {
    List<Problem> problems = validate(broken()).problems();

    assertThat(problems).hasSize(7).isSortedAccordingTo(Problem.ORDER);
    assertThat(problems)
        .extracting(Problem::path, Problem::constraint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("department.rooms[0].capacity", "PositiveOrZero"),
            org.assertj.core.groups.Tuple.tuple(
                "evaluations[0].measures[0].owner", "ConsistentRecords"),
            org.assertj.core.groups.Tuple.tuple("meetings[0].secretary", "ConsistentRecords"),
            org.assertj.core.groups.Tuple.tuple("meetings[0].secretary", "ValidId"),
            org.assertj.core.groups.Tuple.tuple("meetings[0].title", "NotNull"),
            org.assertj.core.groups.Tuple.tuple("meetings[1].organizer", "ConsistentRecords"),
            org.assertj.core.groups.Tuple.tuple("revisions[0].version", "NotNull"));
  }

  @Test
  void indexesInPathsSortAsNumbers() {
    List<Problem> problems =
        List.of(
            new Problem("meeting 'b'", "meetings[10].id", "ValidId", "x"),
            new Problem("meeting 'a'", "meetings[2].id", "ValidId", "x"),
            new Problem("meeting 'a'", "meetings[2].attendance[11].person", "ValidId", "x"),
            new Problem("meeting 'a'", "meetings[2].attendance[9].person", "ValidId", "x"));

    assertThat(new ValidationResult(problems).problems())
        .extracting(Problem::path)
        .containsExactly(
            "meetings[2].attendance[9].person",
            "meetings[2].attendance[11].person",
            "meetings[2].id",
            "meetings[10].id");
  }

  @Test
  void repeatedValidationGivesTheSameProblemsInTheSameOrder() {
    DepartmentRecords records = broken();

    assertThat(validate(records)).isEqualTo(validate(records));
    assertThat(RecordValidator.create().validate(records).problems())
        .isEqualTo(validate(records).problems());
  }

  @Test
  void resultSortsProblemsWhateverOrderTheyAreGivenIn() {
    List<Problem> sorted = validate(broken()).problems();
    List<Problem> shuffled = new ArrayList<>(sorted);
    Collections.shuffle(shuffled, new Random(42));

    assertThat(new ValidationResult(shuffled).problems()).isEqualTo(sorted);
  }

  @Test
  void resultProblemsCannotBeModified() {
    List<Problem> problems = validate(broken()).problems();

    assertThatThrownBy(() -> problems.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void orderBreaksPathTiesByConstraintThenMessage() {
    Problem a = new Problem("r", "p", "B", "x");
    Problem b = new Problem("r", "p", "A", "y");
    Problem c = new Problem("r", "p", "A", "x");
    Problem d = new Problem("r", "o", "Z", "z");

    assertThat(new ValidationResult(List.of(a, b, c, d)).problems()).containsExactly(d, c, b, a);
  }

  @Test
  void resultOfWellFormedRecordsIsValidAndSaysSo() {
    ValidationResult result = validate(GoldenMeeting.records());

    assertThat(result.isValid()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(result).hasToString("valid");
  }

  @Test
  void resultPrintsOneProblemPerLine() {
    ValidationResult result = validate(broken());

    assertThat(result.toString().lines()).hasSize(result.problems().size());
    assertThat(result.problems().get(0))
        .hasToString(
            "department 'sales': department.rooms[0].capacity: "
                + result.problems().get(0).message());
  }

  @Test
  void problemRejectsNullParts() {
    assertThatThrownBy(() -> new Problem(null, "p", "c", "m"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Problem("r", "p", "c", null))
        .isInstanceOf(NullPointerException.class);
  }

  // requireValid.

  @Test
  void requireValidThrowsCarryingEveryProblem() {
    DepartmentRecords records = broken();
    ValidationResult expected = validate(records);

    assertThatThrownBy(() -> Validators.ENGLISH.requireValid(records))
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.result()).isEqualTo(expected);
              assertThat(e.result().problems()).hasSize(7);
              assertThat(e.getMessage())
                  .startsWith("records of department 'sales' is not well-formed (7 problem(s))")
                  .contains(expected.problems().stream().map(Problem::toString).toList());
            });
  }

  @Test
  void requireValidNamesASingleMeetingInItsMessage() {
    Meeting meeting = GoldenMeeting.GOLDEN.toBuilder().title(null).build();
    DepartmentRecords records = DepartmentRecords.of(SampleDepartment.department(), meeting);

    assertThatThrownBy(() -> Validators.ENGLISH.requireValid(records))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("meeting 'm-2026-11-13' of department 'sales' is not well-formed");
  }

  @Test
  void invalidRecordExceptionIsAnIllegalArgument() {
    assertThatThrownBy(() -> Validators.ENGLISH.requireValid(broken()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Messages: the only tests that read message text.

  @Test
  void englishMessagesAreUsed() {
    List<String> messages =
        validate(
                RecordPaths.append(
                    GoldenMeeting.records(),
                    "meetings[0].invitations",
                    GoldenMeeting.GOLDEN.invitations().get(0)))
            .problems()
            .stream()
            .map(Problem::message)
            .toList();

    assertThat(messages).containsExactly("duplicate id 'p-wang-wei'");
  }

  @Test
  void chineseMessagesAreUsed() {
    ValidationResult result =
        Validators.CHINESE.validate(
            RecordPaths.set(
                RecordPaths.set(GoldenMeeting.records(), "meetings[0].organizer", NOBODY),
                "meetings[0].plannedEnd",
                GoldenMeeting.GOLDEN.plannedStart().minusHours(1)));

    assertThat(result.problems())
        .extracting(Problem::message)
        .containsExactly("引用了不存在的人员 'p-nobody'", "不得早于 plannedStart");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "zh", "en-US", "de"})
  void englishValidatorSpeaksEnglishWhateverTheDefaultLocale(String defaultLocale) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(defaultLocale));
      // Bundles are cached per loader and per interpolator: start from a clean slate.
      ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
      ResourceBundle.clearCache(RecordValidator.class.getClassLoader());
      DepartmentRecords records =
          RecordPaths.set(
              RecordPaths.set(GoldenMeeting.records(), "meetings[0].organizer", NOBODY),
              "meetings[0].title",
              null);

      try (RecordValidator english = RecordValidator.create(Locale.ENGLISH)) {
        assertThat(english.validate(records).problems())
            .extracting(Problem::message)
            .containsExactly("refers to an unknown person 'p-nobody'", "must not be null");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"p-{x}", "p-${1+1}", "p-#{x}", "p-\\", "p-$", "p-{validatedValue}"})
  void offendingValueIsQuotedLiterallyNotInterpolated(String id) {
    DepartmentRecords records =
        RecordPaths.set(GoldenMeeting.records(), "meetings[0].organizer", PersonId.of(id));

    assertThat(validate(records).problems())
        .extracting(Problem::message)
        .containsExactly("refers to an unknown person '" + id + "'");
  }

  @Test
  void everyMessageKeyHasAChineseTranslation() throws IOException {
    Properties english = load("/ValidationMessages.properties");
    Properties chinese = load("/ValidationMessages_zh.properties");

    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    // The English locale's own bundle stays empty: it only stops the fallback to the JVM default.
    assertThat(load("/ValidationMessages_en.properties")).isEmpty();
    assertThat(english.stringPropertyNames())
        .contains(
            "org.meetingpolicy.core.validation.ValidId.message",
            "org.meetingpolicy.core.validation.Chronological.message",
            "org.meetingpolicy.core.validation.duplicate",
            "org.meetingpolicy.core.validation.unknownPerson");
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = ProblemReportingTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @Test
  void describeNamesTheDepartmentAndASingleMeeting() {
    assertThat(RecordValidator.describe(GoldenMeeting.records()))
        .isEqualTo("meeting 'm-2026-11-13' of department 'sales'");
    assertThat(RecordValidator.describe(SampleRecords.full()))
        .isEqualTo("records of department 'sales'");
    assertThat(
            RecordValidator.describe(
                DepartmentRecords.of(
                    SampleDepartment.department(),
                    GoldenMeeting.GOLDEN.toBuilder().id(MeetingId.of("m-1")).build())))
        .isEqualTo("meeting 'm-1' of department 'sales'");
  }
}
