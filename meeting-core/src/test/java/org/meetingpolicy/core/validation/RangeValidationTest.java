package org.meetingpolicy.core.validation;

import static org.meetingpolicy.core.validation.ValidationResultAssert.assertThat;
import static org.meetingpolicy.core.validation.ValidationResultAssert.problem;
import static org.meetingpolicy.core.validation.Validators.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.testkit.RecordPaths;

/** Numbers in range: capacities and counts not negative, ratings 1 to 5, version numbers from 1. */
class RangeValidationTest {

  @Test
  void negativeRoomCapacityIsReported() {
    String path = "department.rooms[0].capacity";

    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, -1)))
        .hasOnlyProblem(path, "PositiveOrZero");
  }

  @Test
  void roomWithoutSeatsIsWellFormed() {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), "department.rooms[0].capacity", 0)))
        .isValid();
  }

  @ParameterizedTest
  @CsvSource({"0, Min", "-3, Min", "6, Max", "100, Max"})
  void ratingOutsideOneToFiveIsReported(int rating, String constraint) {
    String path = "meetings[0].feedback[0].rating";

    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, rating)))
        .hasOnlyProblem(path, constraint);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void ratingFromOneToFiveIsValid(int rating) {
    assertThat(
            validate(
                RecordPaths.set(SampleRecords.full(), "meetings[0].feedback[0].rating", rating)))
        .isValid();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evaluations[0].survey.invited",
        "evaluations[0].survey.responded",
        "evaluations[0].survey.questions[0].responses"
      })
  void negativeSurveyCountIsReported(String path) {
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, -1)))
        .hasOnlyProblem(path, "PositiveOrZero");
  }

  @ParameterizedTest
  @CsvSource({"0.99, DecimalMin", "5.01, DecimalMax"})
  void surveyMeanScoreOutsideOneToFiveIsReported(double score, String constraint) {
    String path = "evaluations[0].survey.questions[0].meanScore";

    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, score)))
        .hasOnlyProblem(path, constraint);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void minutesVersionNumberBelowOneIsReported(int number) {
    String path = "meetings[0].minutes.versions[0].number";

    // Version 1 is then no longer recorded, so its approval and distribution dangle too.
    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, number)))
        .hasExactlyProblems(
            problem(path, "Positive"),
            problem("meetings[0].minutes.approvals[0].version", "ConsistentMeeting"),
            problem("meetings[0].minutes.distributions[0].version", "ConsistentMeeting"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"approvals", "distributions"})
  void approvalOrDistributionOfVersionZeroIsReported(String list) {
    String path = "meetings[0].minutes." + list + "[0].version";

    assertThat(validate(RecordPaths.set(SampleRecords.full(), path, 0)))
        .hasExactlyProblems(problem(path, "Positive"), problem(path, "ConsistentMeeting"));
  }
}
