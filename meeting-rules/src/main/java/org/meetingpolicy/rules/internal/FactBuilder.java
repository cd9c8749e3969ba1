package org.meetingpolicy.rules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.facts.DepartmentFact;
import org.meetingpolicy.rules.facts.EvaluationFact;
import org.meetingpolicy.rules.facts.MeetingFact;
import org.meetingpolicy.rules.facts.PeriodFact;
import org.meetingpolicy.rules.facts.PeriodKind;
import org.meetingpolicy.rules.facts.ResolutionFact;
import org.meetingpolicy.rules.facts.RevisionFact;
import org.meetingpolicy.rules.facts.RoomDayBooking;

/** Turns one validated record set into the facts the rules match. */
public final class FactBuilder {

  private FactBuilder() {}

  /** The facts of {@code records}, tagged with {@code scope}, in a deterministic order. */
  public static List<Object> facts(
      int scope, DepartmentRecords records, MeetingPolicy policy, Instant asOf) {
    List<Object> facts = new ArrayList<>();
    Department department = records.department();
    facts.add(new DepartmentFact(scope, records, policy, asOf));
    int bookingOrdinal = 0;
    for (Meeting meeting : records.meetings()) {
      MeetingFact fact = new MeetingFact(scope, meeting, department, policy, asOf);
      facts.add(fact);
      for (Resolution resolution : meeting.resolutions()) {
        facts.add(new ResolutionFact(scope, resolution, fact));
      }
      for (RoomBooking booking : meeting.bookings()) {
        int ordinal = bookingOrdinal++;
        LocalDate first = policy.local(booking.from()).toLocalDate();
        LocalDate last = policy.local(booking.to()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
          facts.add(
              new RoomDayBooking(
                  scope, booking.room(), day, meeting.id(), ordinal, booking, policy, asOf));
        }
      }
    }
    for (Evaluation evaluation : records.evaluations()) {
      facts.add(new EvaluationFact(scope, evaluation, department, policy, asOf));
    }
    for (PolicyRevision revision : records.revisions()) {
      facts.add(new RevisionFact(scope, revision, department, policy, asOf));
    }
    addPeriods(facts, scope, records, policy, asOf, PeriodKind.WEEK, policy::weekOf);
    addPeriods(facts, scope, records, policy, asOf, PeriodKind.MONTH, policy::monthOf);
    addPeriods(
        facts, scope, records, policy, asOf, PeriodKind.EVALUATION, policy::evaluationPeriodOf);
    return facts;
  }

  /**
   * Adds every period from the first meeting's to the last meeting's, and the period right after
   * the last meeting's when the instant of judgement falls in it: what is due next. Later periods
   * are left out, so that checking last year's records today does not report every week since.
   */
  private static void addPeriods(
      List<Object> facts,
      int scope,
      DepartmentRecords records,
      MeetingPolicy policy,
      Instant asOf,
      PeriodKind kind,
      Function<Instant, CalendarPeriod> periodOf) {
    if (records.meetings().isEmpty()) {
      return;
    }
    Instant first =
        records.meetings().stream()
            .map(Meeting::start)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Instant last =
        records.meetings().stream()
            .map(Meeting::start)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    TreeSet<CalendarPeriod> periods = new TreeSet<>();
    CalendarPeriod lastPeriod = periodOf.apply(last);
    for (CalendarPeriod p = periodOf.apply(first); ; p = periodOf.apply(p.end())) {
      periods.add(p);
      if (p.equals(lastPeriod)) {
        break;
      }
    }
    CalendarPeriod next = periodOf.apply(lastPeriod.end());
    if (next.contains(asOf)) {
      periods.add(next);
    }
    for (CalendarPeriod period : periods) {
      facts.add(new PeriodFact(scope, kind, period, policy, asOf));
    }
  }
}
