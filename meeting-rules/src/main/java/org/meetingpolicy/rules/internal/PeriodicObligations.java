package org.meetingpolicy.rules.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.facts.PeriodFact;
import org.meetingpolicy.rules.facts.PeriodKind;
import org.meetingpolicy.rules.facts.PeriodRun;

/**
 * The periodic obligations of a record set, classified once: which weeks, months and evaluation
 * periods of the judged span the rules look at one by one, and which runs of missed periods they
 * report as one finding each.
 *
 * <p>The judged span runs from the declared coverage's start (else the first meeting's start) to
 * the coverage's end or the instant of judgement, whichever is earlier. A period is judged when its
 * deadline (3.1: the week's regular slot end; 8.1: the period's end plus the grace period) lies in
 * the span; the period still open at the instant of judgement is judged as due.
 *
 * <p>Work is bounded by the records, not by the span: stretches of periods in which nothing is
 * recorded are counted, not walked (the calendar is walked only in years it has data for).
 */
public final class PeriodicObligations {

  private PeriodicObligations() {}

  /** The judged span of the records at {@code asOf}, or empty when there is nothing to judge. */
  static Optional<Span> span(DepartmentRecords records, Instant asOf) {
    Instant from;
    Instant to = asOf;
    if (records.coverage() != null) {
      from = records.coverage().from();
      if (records.coverage().to() != null && records.coverage().to().isBefore(asOf)) {
        to = records.coverage().to();
      }
    } else {
      from = records.meetings().stream().map(Meeting::start).min(Instant::compareTo).orElse(null);
    }
    return from == null || from.isAfter(to) ? Optional.empty() : Optional.of(new Span(from, to));
  }

  /** A span of instants, both ends included. */
  record Span(Instant from, Instant to) {
    boolean contains(Instant instant) {
      return !instant.isBefore(from) && !instant.isAfter(to);
    }
  }

  /** Adds the period facts and runs of the records to {@code facts}. */
  static void add(
      List<Object> facts,
      int scope,
      DepartmentRecords records,
      MeetingPolicy policy,
      Instant asOf) {
    Optional<Span> span = span(records, asOf);
    if (span.isEmpty()) {
      return;
    }
    weeks(facts, scope, records, policy, asOf, span.get());
    months(facts, scope, records, policy, asOf, span.get());
    evaluationPeriods(facts, scope, records, policy, asOf, span.get());
  }

  /**
   * 3.1: weeks with a regular meeting whose slot ended in the span (so that the clause applies),
   * the week still open at the instant of judgement, and runs of weeks without one. Only for
   * records holding a regular meeting: emergency meetings say nothing about the regular series.
   */
  static void weeks(
      List<Object> facts,
      int scope,
      DepartmentRecords records,
      MeetingPolicy policy,
      Instant asOf,
      Span span) {
    NavigableSet<LocalDate> held = new TreeSet<>();
    for (Meeting meeting : records.meetings()) {
      if (meeting.kind() == MeetingKind.REGULAR) {
        held.add(monday(policy.local(meeting.start()).toLocalDate()));
      }
    }
    if (held.isEmpty()) {
      return;
    }
    Function<LocalDate, CalendarPeriod> week = monday -> CalendarPeriod.week(monday, policy.zone());
    Function<LocalDate, Instant> slotEnd =
        monday ->
            policy
                .regularMeetingDate(week.apply(monday))
                .atTime(policy.afternoonEnd())
                .atZone(policy.zone())
                .toInstant();
    // The first and last week whose slot ends in the span; the week open at asOf is due.
    LocalDate first = monday(policy.local(span.from()).toLocalDate());
    if (slotEnd.apply(first).isBefore(span.from())) {
      first = first.plusWeeks(1);
    }
    LocalDate last = monday(policy.local(span.to()).toLocalDate());
    if (slotEnd.apply(last).isAfter(span.to())) {
      if (span.to().equals(asOf) && !slotEnd.apply(last).isBefore(span.from())) {
        facts.add(new PeriodFact(scope, PeriodKind.WEEK, week.apply(last), policy, asOf));
      }
      last = last.minusWeeks(1);
    }
    // Plain weeks (the calendar is Monday to Friday that year, no extra holiday on the meeting
    // day) need a meeting exactly when the meeting day is a weekday; stretches of them without a
    // meeting are counted, not walked. Other weeks are looked at one by one.
    NavigableSet<LocalDate> holidayWeeks = new TreeSet<>();
    policy.holidays().forEach(d -> holidayWeeks.add(monday(d)));
    boolean plainNeedsMeeting =
        !policy.skipNonWorkingMeetingDays()
            || (policy.regularMeetingDay() != DayOfWeek.SATURDAY
                && policy.regularMeetingDay() != DayOfWeek.SUNDAY);
    Runs runs = new Runs(scope, PeriodKind.WEEK, policy, asOf);
    LocalDate monday = first;
    while (!monday.isAfter(last)) {
      CalendarPeriod current = week.apply(monday);
      LocalDate meetingDay = policy.regularMeetingDate(current);
      boolean plain =
          !isIrregular(policy, meetingDay.getYear()) && !policy.holidays().contains(meetingDay);
      if (held.contains(monday)) {
        runs.close();
        facts.add(new PeriodFact(scope, PeriodKind.WEEK, current, policy, asOf));
        monday = monday.plusWeeks(1);
      } else if (!plain) {
        if (policy.requiresRegularMeeting(current)) {
          runs.missed(current, slotEnd.apply(monday));
        } else {
          runs.exempt(current.label(), 1);
        }
        monday = monday.plusWeeks(1);
      } else {
        LocalDate end = last.plusWeeks(1);
        end = earlier(end, held.higher(monday));
        end = earlier(end, holidayWeeks.higher(monday));
        OptionalInt irregular = policy.calendar().nextIrregularYear(meetingDay.getYear());
        if (irregular.isPresent()) {
          end = earlier(end, monday(LocalDate.of(irregular.getAsInt(), 1, 1)));
        }
        if (!end.isAfter(monday)) {
          end = monday.plusWeeks(1);
        }
        long count = ChronoUnit.WEEKS.between(monday, end);
        for (long i = 0; i < count && i < PeriodRun.LISTED; i++) {
          LocalDate m = monday.plusWeeks(i);
          if (plainNeedsMeeting) {
            runs.missed(week.apply(m), slotEnd.apply(m));
          } else {
            runs.exempt(week.apply(m).label(), 1);
          }
        }
        if (count > PeriodRun.LISTED) {
          LocalDate lastOfStretch = end.minusWeeks(1);
          if (plainNeedsMeeting) {
            runs.extend(
                count - PeriodRun.LISTED, week.apply(lastOfStretch), slotEnd.apply(lastOfStretch));
          } else {
            runs.exempt(null, count - PeriodRun.LISTED);
          }
        }
        monday = end;
      }
    }
    runs.close();
    facts.addAll(runs.facts);
  }

  private static boolean isIrregular(MeetingPolicy policy, int year) {
    OptionalInt next = policy.calendar().nextIrregularYear(year);
    return next.isPresent() && next.getAsInt() == year;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return b != null && b.isBefore(a) ? b : a;
  }

  /**
   * 4.2, 4.6, 4.7 (monthly agenda items): the months of the span holding a meeting. Rules need a
   * regular meeting in the month, so other months have nothing to judge.
   */
  static void months(
      List<Object> facts,
      int scope,
      DepartmentRecords records,
      MeetingPolicy policy,
      Instant asOf,
      Span span) {
    CalendarPeriod firstMonth = policy.monthOf(span.from());
    CalendarPeriod lastMonth = policy.monthOf(span.to());
    TreeSet<CalendarPeriod> months = new TreeSet<>();
    for (Meeting meeting : records.meetings()) {
      CalendarPeriod month = policy.monthOf(meeting.start());
      if (month.compareTo(firstMonth) >= 0 && month.compareTo(lastMonth) <= 0) {
        months.add(month);
      }
    }
    months.forEach(m -> facts.add(new PeriodFact(scope, PeriodKind.MONTH, m, policy, asOf)));
  }

  /**
   * 8.1: evaluation periods of the span that are over: one by one when an evaluation covers them or
   * their deadline is still ahead, runs of the others.
   */
  static void evaluationPeriods(
      List<Object> facts,
      int scope,
      DepartmentRecords records,
      MeetingPolicy policy,
      Instant asOf,
      Span span) {
    CalendarPeriod first = policy.evaluationPeriodOf(span.from());
    // The last period whose evaluation can be missing: over in the span, deadline passed.
    CalendarPeriod lastMissable = policy.evaluationPeriodOf(span.to());
    while (lastMissable != null
        && (lastMissable.end().isAfter(span.to())
            || !isPast(policy.evaluationDeadline(lastMissable), asOf))) {
      lastMissable =
          lastMissable.start().isAfter(first.start())
              ? policy.evaluationPeriodOf(lastMissable.start().minusNanos(1))
              : null;
    }
    NavigableSet<CalendarPeriod> evaluated = new TreeSet<>();
    for (Evaluation evaluation : records.evaluations()) {
      CalendarPeriod period = policy.evaluationPeriodOf(evaluation.period().start());
      if (period.isCoveredBy(evaluation.period()) && period.compareTo(first) >= 0) {
        evaluated.add(period);
      }
    }
    Runs runs = new Runs(scope, PeriodKind.EVALUATION, policy, asOf);
    CalendarPeriod period = first;
    if (lastMissable != null) {
      while (period.compareTo(lastMissable) <= 0) {
        if (evaluated.contains(period)) {
          runs.close();
          facts.add(new PeriodFact(scope, PeriodKind.EVALUATION, period, policy, asOf));
          period = next(policy, period);
          continue;
        }
        // Missed up to the next evaluated period or lastMissable: counted, listed in part.
        CalendarPeriod stop = evaluated.higher(period);
        CalendarPeriod after = next(policy, lastMissable);
        if (stop == null || stop.compareTo(after) > 0) {
          stop = after;
        }
        long count = monthsBetween(policy, period, stop) / policy.evaluationCycle().months();
        CalendarPeriod p = period;
        for (long i = 0; i < count && i < PeriodRun.LISTED; i++) {
          runs.missed(p, policy.evaluationDeadline(p));
          p = next(policy, p);
        }
        if (count > PeriodRun.LISTED) {
          CalendarPeriod lastOfStretch = policy.evaluationPeriodOf(stop.start().minusNanos(1));
          runs.extend(
              count - PeriodRun.LISTED, lastOfStretch, policy.evaluationDeadline(lastOfStretch));
        }
        period = stop;
      }
    }
    runs.close();
    // The periods after: over in the span, deadline still ahead (due), evaluated or not.
    for (; !period.end().isAfter(span.to()); period = next(policy, period)) {
      facts.add(new PeriodFact(scope, PeriodKind.EVALUATION, period, policy, asOf));
    }
    facts.addAll(runs.facts);
  }

  private static CalendarPeriod next(MeetingPolicy policy, CalendarPeriod period) {
    return policy.evaluationPeriodOf(period.end());
  }

  private static long monthsBetween(MeetingPolicy policy, CalendarPeriod a, CalendarPeriod b) {
    return ChronoUnit.MONTHS.between(
        policy.local(a.start()).toLocalDate(), policy.local(b.start()).toLocalDate());
  }

  private static boolean isPast(Instant deadline, Instant asOf) {
    return !asOf.isBefore(deadline);
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Collects runs of missed periods, closing one at every period that met its obligation. */
  private static final class Runs {
    private final int scope;
    private final PeriodKind kind;
    private final MeetingPolicy policy;
    private final Instant asOf;
    private final List<Object> facts = new ArrayList<>();
    private final List<String> listed = new ArrayList<>();
    private final List<String> exempt = new ArrayList<>();
    private @Nullable CalendarPeriod first;
    private @Nullable CalendarPeriod last;
    private long count;
    private long exemptCount;
    private @Nullable Instant deadline;

    Runs(int scope, PeriodKind kind, MeetingPolicy policy, Instant asOf) {
      this.scope = scope;
      this.kind = kind;
      this.policy = policy;
      this.asOf = asOf;
    }

    void missed(CalendarPeriod period, Instant periodDeadline) {
      if (first == null) {
        first = period;
      }
      if (listed.size() < PeriodRun.LISTED) {
        listed.add(period.label());
      }
      extend(1, period, periodDeadline);
    }

    /** Adds {@code more} missed periods ending with {@code lastPeriod}, without listing them. */
    void extend(long more, CalendarPeriod lastPeriod, Instant lastDeadline) {
      last = lastPeriod;
      count += more;
      deadline = lastDeadline;
    }

    /** Notes exempt periods; they matter only inside a run (label null: counted, not listed). */
    void exempt(@Nullable String label, long periods) {
      if (first == null) {
        return;
      }
      exemptCount += periods;
      if (label != null && exempt.size() < PeriodRun.LISTED) {
        exempt.add(label);
      }
    }

    void close() {
      // first, last and deadline are set together when a run starts.
      if (first != null && last != null && deadline != null) {
        facts.add(
            new PeriodRun(
                scope,
                kind,
                first,
                last,
                count,
                listed,
                exempt,
                exemptCount,
                deadline,
                policy,
                asOf));
      }
      first = null;
      last = null;
      count = 0;
      listed.clear();
      exempt.clear();
      exemptCount = 0;
      deadline = null;
    }
  }
}
