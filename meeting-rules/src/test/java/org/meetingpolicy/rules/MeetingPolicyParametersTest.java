package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of the policy, one at a time: the builder sets it and returns itself, the policy
 * keeps it, zero is accepted, a negative duration or count is refused naming the parameter, and a
 * missing one is refused too. Driven by the record's components, so a new parameter is covered
 * without a new test.
 */
class MeetingPolicyParametersTest {

  static Stream<RecordComponent> parameters() {
    return Stream.of(MeetingPolicy.class.getRecordComponents());
  }

  static Stream<RecordComponent> amounts() {
    return parameters().filter(c -> c.getType() == Duration.class || c.getType() == int.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parameters")
  void builderSetsEachParameterAndReturnsItself(RecordComponent parameter) throws Exception {
    Object value = read(MeetingPolicy.defaults(), parameter);
    Object changed = changed(parameter, value);
    MeetingPolicy.Builder builder = MeetingPolicy.defaults().toBuilder();

    Object returned = setter(parameter).invoke(builder, changed);

    assertThat(returned).as("%s returns the builder", parameter.getName()).isSameAs(builder);
    assertThat(read(builder.build(), parameter)).as(parameter.getName()).isEqualTo(changed);
    assertThat(read(MeetingPolicy.builder().build(), parameter))
        .as("a new builder starts from the defaults")
        .isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("amounts")
  void zeroIsAcceptedAndANegativeAmountIsRefusedNamingIt(RecordComponent parameter)
      throws Exception {
    Object zero = parameter.getType() == int.class ? (Object) 0 : Duration.ZERO;
    Object negative = parameter.getType() == int.class ? (Object) (-1) : Duration.ofSeconds(-1);
    MeetingPolicy.Builder builder = MeetingPolicy.defaults().toBuilder();

    setter(parameter).invoke(builder, zero);
    assertThat(read(builder.build(), parameter)).isEqualTo(zero);

    setter(parameter).invoke(builder, negative);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(parameter.getName())
        .hasMessageContaining(
            parameter.getType() == int.class
                ? "must be between 0 and " + MeetingPolicy.MAX_WORKING_DAYS
                : "must not be negative");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("amounts")
  void workingDayCountsAboveAYearAreRefusedInsteadOfWalkedDayByDay(RecordComponent parameter)
      throws Exception {
    if (parameter.getType() != int.class) {
      return;
    }
    MeetingPolicy.Builder builder = MeetingPolicy.defaults().toBuilder();
    setter(parameter).invoke(builder, MeetingPolicy.MAX_WORKING_DAYS);
    assertThat(read(builder.build(), parameter)).isEqualTo(MeetingPolicy.MAX_WORKING_DAYS);

    setter(parameter).invoke(builder, Integer.MAX_VALUE);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(parameter.getName())
        .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parameters")
  void missingParameterIsRefused(RecordComponent parameter) throws Exception {
    if (parameter.getType().isPrimitive() || parameter.getName().equals("workingCalendar")) {
      return; // an int cannot be missing; no working calendar means the zone's official one
    }
    MeetingPolicy.Builder builder = MeetingPolicy.defaults().toBuilder();
    setter(parameter).invoke(builder, (Object) null);

    assertThatThrownBy(builder::build)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(parameter.getName());
  }

  private static Method setter(RecordComponent parameter) throws NoSuchMethodException {
    return MeetingPolicy.Builder.class.getMethod(parameter.getName(), parameter.getType());
  }

  private static Object read(MeetingPolicy policy, RecordComponent parameter) {
    try {
      return parameter.getAccessor().invoke(policy);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid value other than the default. */
  private static Object changed(RecordComponent parameter, Object value) {
    Class<?> type = parameter.getType();
    if (type == Duration.class) {
      return ((Duration) value).plusMinutes(90);
    }
    if (type == int.class) {
      return (Integer) value + 3;
    }
    if (type == String.class) {
      return value + " (revised)";
    }
    if (type == Set.class) {
      // Empty is valid for every set; the holidays are empty by default.
      return ((Set<?>) value).isEmpty() ? Set.of(java.time.LocalDate.of(2026, 10, 1)) : Set.of();
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[(((Enum<?>) value).ordinal() + 1) % constants.length];
    }
    if (type == boolean.class) {
      return !(Boolean) value;
    }
    if (type == org.meetingpolicy.rules.calendar.WorkingCalendar.class) {
      return value == null ? org.meetingpolicy.rules.calendar.WorkingCalendar.weekdays() : null;
    }
    if (type == java.time.ZoneId.class) {
      return java.time.ZoneId.of("Europe/Berlin");
    }
    if (type == java.time.LocalTime.class) {
      // Afternoon start earlier, end later: still a valid afternoon.
      return parameter.getName().endsWith("Start")
          ? java.time.LocalTime.of(11, 30)
          : java.time.LocalTime.of(19, 0);
    }
    throw new IllegalArgumentException("no changed value for " + parameter);
  }
}
