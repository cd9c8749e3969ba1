package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * {@link MetricGroup#MEETINGS}: the meetings held, against the weekly cadence (3.1), and the
 * emergency (9.1) and online or hybrid (9.2) ones with their reasons.
 */
final class MeetingMetrics {

  private MeetingMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    List<Meeting> held = c.held();
    int[] cadence = cadence(c);
    // Counts of the records: no rule judges how many meetings there were.
    return List.of(
        Metric.count(MetricKind.MEETINGS_HELD, held.size()),
        Metric.count(MetricKind.REGULAR_MEETINGS_HELD, c.held(MeetingKind.REGULAR).size()),
        Metric.count(MetricKind.REGULAR_MEETINGS_EXPECTED, cadence[1]),
        Metric.ratio(MetricKind.WEEKLY_CADENCE, cadence[0], cadence[1], 0),
        Metric.count(MetricKind.EMERGENCY_MEETINGS, c.held(MeetingKind.EMERGENCY).size()),
        Metric.count(
            MetricKind.ONLINE_OR_HYBRID_MEETINGS,
            (int) held.stream().filter(m -> m.mode() != MeetingMode.IN_PERSON).count()));
  }

  /** The held emergency meetings with their reasons (9.1). */
  static List<MeetingNote> emergencyMeetings(EvaluationContext c) {
    return notes(c, m -> m.kind() == MeetingKind.EMERGENCY, Meeting::emergencyReason);
  }

  /** The held online or hybrid meetings with their reasons (9.2). */
  static List<MeetingNote> onlineOrHybridMeetings(EvaluationContext c) {
    return notes(c, m -> m.mode() != MeetingMode.IN_PERSON, Meeting::onlineReason);
  }

  private static List<MeetingNote> notes(
      EvaluationContext c, Predicate<Meeting> which, Function<Meeting, String> reason) {
    return c.held().stream()
        .filter(which)
        .map(m -> new MeetingNote(m.id(), c.policy().local(m.start()), m.mode(), reason.apply(m)))
        .toList();
  }

  /**
   * The expected weeks kept and the expected weeks, {kept, expected}. Not 3.1's findings: one per
   * run of missed weeks (listing at most 53), over the span from the declared coverage or the first
   * meeting of any kind, while the metric counts the period's weeks from the first regular one.
   */
  private static int[] cadence(EvaluationContext c) {
    MeetingPolicy policy = c.policy();
    Instant asOf = c.asOf();
    CalendarPeriod period = c.period();
    // Every week whose regular day is in the period and whose slot is over must have one, from
    // the week of the first recorded regular meeting on: the rules judge the cadence over the
    // records' span too, so weeks before the records began are not counted as missed; nor are
    // weeks whose meeting day is not a working day, which need none (3.1).
    Set<CalendarPeriod> weeksWithRegular = new HashSet<>();
    Instant firstWeek = null;
    for (Meeting m : c.records().meetings()) {
      if (m.kind() == MeetingKind.REGULAR) {
        Instant weekStart = policy.weekOf(m.start()).start();
        firstWeek = firstWeek == null || weekStart.isBefore(firstWeek) ? weekStart : firstWeek;
        if (!m.end().isAfter(asOf)) {
          weeksWithRegular.add(policy.weekOf(m.start()));
        }
      }
    }
    int expected = 0;
    int kept = 0;
    LocalDate last = period.end().atZone(c.zone()).toLocalDate();
    for (LocalDate day = period.start().atZone(c.zone()).toLocalDate();
        firstWeek != null && day.isBefore(last);
        day = day.plusDays(1)) {
      Instant slotEnd = day.atTime(policy.afternoonEnd()).atZone(c.zone()).toInstant();
      if (day.getDayOfWeek() == policy.regularMeetingDay()
          && !slotEnd.isAfter(asOf)
          && !slotEnd.isBefore(firstWeek)
          && policy.requiresRegularMeeting(policy.weekOf(slotEnd))) {
        expected++;
        if (weeksWithRegular.contains(policy.weekOf(slotEnd))) {
          kept++;
        }
      }
    }
    return new int[] {kept, expected};
  }
}
