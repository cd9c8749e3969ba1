package org.meetingpolicy.rules;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The range of every amount of a {@link MeetingPolicy}: the one table that the policy's constructor
 * (and so its builder and every policy file) checks, and that {@code docs/meeting-check.md} lists.
 * The bounds keep every deadline a few steps of date arithmetic from the meeting: a count of
 * working days is counted day by day, and a duration is added to instants, so an unbounded value
 * would hang a check or overflow it.
 *
 * <p>The other parameters have no range beyond their type: a zone, a day, a time of day (the
 * afternoon must end after it starts), constants of an enumeration, and dates. The name is at most
 * {@value #MAX_NAME_LENGTH} characters.
 */
public final class PolicyRanges {

  /** The longest policy name, in characters (UTF-16 units). */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * The range of one parameter, bounds included.
   *
   * @param parameter the parameter, a component of {@link MeetingPolicy}
   * @param min the least value
   * @param max the greatest value
   * @param <T> {@link Duration} or {@link Integer}
   */
  public record Range<T extends Comparable<? super T>>(String parameter, T min, T max) {

    /** Rejects nulls and an empty range. */
    public Range {
      Objects.requireNonNull(parameter, "parameter");
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException(parameter + ": min above max");
      }
    }

    /** Whether the value lies in the range. */
    public boolean contains(T value) {
      return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** The range in words: {@code from 0 to 250}, {@code from PT0S to P366D}. */
    public String describe() {
      return "from " + text(min) + " to " + text(max);
    }

    private static String text(Object bound) {
      return bound instanceof Duration d ? iso(d) : bound.toString();
    }
  }

  private static final Duration NONE = Duration.ZERO;
  private static final Duration YEAR = Duration.ofDays(366);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final int WORKING_DAYS = 250;

  /** Every ranged parameter, in the order of the policy's components. */
  public static final List<Range<?>> ALL =
      List.of(
          new Range<>("noticeLeadTime", NONE, YEAR),
          new Range<>("reconfirmationLeadTime", NONE, YEAR),
          new Range<>("expectedArrivalLead", NONE, YEAR),
          new Range<>("roomBookingLeadTime", NONE, YEAR),
          new Range<>("equipmentCheckWindow", NONE, YEAR),
          new Range<>("agendaLeadTime", NONE, YEAR),
          new Range<>("materialsLeadTime", NONE, YEAR),
          new Range<>("rescheduleNoticePeriod", NONE, YEAR),
          new Range<>("nextMeetingSchedulingWorkingDays", 0, WORKING_DAYS),
          new Range<>("feedbackRequestWorkingDays", 0, WORKING_DAYS),
          new Range<>("catchUpPeriod", NONE, YEAR),
          new Range<>("minutesDistributionWorkingDays", 0, WORKING_DAYS),
          new Range<>("minutesUpdatePeriod", NONE, YEAR),
          new Range<>("minutesArchiveWorkingDays", 0, WORKING_DAYS),
          // Intervals repeat: an empty one would make an obligation due at every instant.
          new Range<>("progressReportInterval", HOUR, YEAR),
          new Range<>("resolutionReviewInterval", HOUR, YEAR),
          new Range<>("resultEvaluationPeriod", NONE, YEAR),
          new Range<>("attendeeChangeNoticePeriod", NONE, YEAR),
          new Range<>("evaluationGracePeriod", NONE, YEAR));

  private static final Map<String, Range<?>> BY_PARAMETER = index();

  private PolicyRanges() {}

  /** The range of a parameter; empty for one without a range of its own. */
  public static Optional<Range<?>> of(String parameter) {
    return Optional.ofNullable(BY_PARAMETER.get(parameter));
  }

  /**
   * Checks a duration parameter.
   *
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it lies outside its range, naming the parameter, the range
   *     and the value
   */
  static void check(String parameter, Duration value) {
    Objects.requireNonNull(value, parameter);
    @SuppressWarnings("unchecked")
    Range<Duration> range = (Range<Duration>) require(parameter);
    if (!range.contains(value)) {
      throw outside(range, iso(value));
    }
  }

  /**
   * Checks a count parameter.
   *
   * @throws IllegalArgumentException if it lies outside its range, naming the parameter, the range
   *     and the value
   */
  static void check(String parameter, int value) {
    @SuppressWarnings("unchecked")
    Range<Integer> range = (Range<Integer>) require(parameter);
    if (!range.contains(value)) {
      throw outside(range, Integer.toString(value));
    }
  }

  /** Checks the policy's name: at most {@value #MAX_NAME_LENGTH} characters. */
  static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name must be at most " + MAX_NAME_LENGTH + " characters: " + name.length());
    }
  }

  private static Range<?> require(String parameter) {
    Range<?> range = BY_PARAMETER.get(parameter);
    if (range == null) {
      throw new IllegalStateException("no range for " + parameter);
    }
    return range;
  }

  private static IllegalArgumentException outside(Range<?> range, String value) {
    return new IllegalArgumentException(
        range.parameter() + " must be " + range.describe() + ": " + value);
  }

  private static Map<String, Range<?>> index() {
    Map<String, Range<?>> map = new LinkedHashMap<>();
    ALL.forEach(r -> map.put(r.parameter(), r));
    return Map.copyOf(map);
  }

  /** {@code P366D} rather than {@code PT8784H}: whole days as days, anything else as ISO-8601. */
  private static String iso(Duration d) {
    if (!d.isNegative() && !d.isZero() && d.getNano() == 0 && d.getSeconds() % 86_400 == 0) {
      return "P" + d.toDays() + "D";
    }
    return d.toString();
  }
}
