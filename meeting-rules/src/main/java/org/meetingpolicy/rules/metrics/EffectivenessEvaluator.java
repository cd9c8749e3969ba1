package org.meetingpolicy.rules.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.Feedback;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.rules.SubjectKind;

/**
 * Computes the effectiveness evaluation of a period (policy section 8) from a department's records:
 * the period's metrics, their change against the previous period (8.9) and their targets (8.4).
 * Immutable and thread-safe; share one per engine.
 *
 * <pre>{@code
 * EffectivenessEvaluator evaluator = new EffectivenessEvaluator(ComplianceEngine.createDefault());
 * PeriodEvaluation q4 = evaluator.evaluate(records, "2026-Q4", Instant.now());
 * EffectivenessReport lastFour = evaluator.report(records, "2026-Q4", 4, Instant.now());
 * }</pre>
 *
 * <p>meeting-report writes them for a reader: {@code EvaluationText.render(q4, Language.EN)}, and
 * the page {@code EvaluationPage.render(lastFour, Language.ZH)}.
 *
 * <p><b>Where the figures come from.</b> A metric that is the share of meetings complying with a
 * clause ({@link MetricSource#RULES}: notice 3.4, reconfirmation 3.7, room 3.5, equipment 3.6,
 * minutes complete 6.2, approved before distribution 6.4, distributed on time 6.5) counts the
 * engine's verdicts: a meeting complies when the report holds no violation of that clause about it
 * ({@code Finding.subject().meeting()}), and a meeting whose clause is still due is left out as
 * pending. So the thresholds live in the rules alone; this class only decides which meetings a
 * clause is asked about. When the engine has no rule for the clause the metric reads {@link
 * MetricStatus#NOT_CHECKED} rather than a flattering 100 %. Every other metric ({@link
 * MetricSource#RECORDS}) is counted from the records, with the policy's parameters (regular day and
 * afternoon end, expected arrival lead, progress report interval); each {@link MetricKind} constant
 * says how.
 *
 * <p><b>Which records.</b> A period's meetings are those whose planned start falls in it; the
 * "held" ones have also ended (planned end) by the instant of evaluation. Facts recorded after that
 * instant are ignored. Resolutions are counted by their deadline whatever meeting passed them.
 * Targets come from the indicators of the department's evaluation of the period, or, while it has
 * none, of its latest evaluation of an earlier period (targets carry forward); an indicator sets
 * the target of {@link MetricKind#DECISION_EXECUTION_RATE} by its kind, and of any metric whose
 * {@link MetricKind#id()} is its name; a target with unit {@code %} is read as a percentage.
 * Findings are counted for the period when they are about one of its meetings (whatever their
 * subject within it), about a calendar period inside it, or about an evaluation of it; other
 * findings by their instant. They are counted as breaches, each clause once per meeting, and due
 * obligations are left out (see {@link SectionTally}).
 */
public final class EffectivenessEvaluator {

  private static final int FIRST_SECTION = 2;
  private static final int LAST_SECTION = 10;

  private final ComplianceEngine engine;
  private final MeetingPolicy policy;

  /** An evaluator judging with the engine's rules and its policy's parameters. */
  public EffectivenessEvaluator(ComplianceEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.policy = engine.policy();
  }

  /** The policy whose parameters and zone the evaluator uses. */
  public MeetingPolicy policy() {
    return policy;
  }

  /**
   * The period a label names in the policy's zone, such as {@code 2026-Q4} or {@code 2026-H2}.
   *
   * @throws IllegalArgumentException if the label names no period
   */
  public CalendarPeriod period(String label) {
    return EvaluationPeriods.parse(label, policy.zone());
  }

  /**
   * The evaluation period (8.1) an instant falls in, in the policy's zone: a quarter, or a
   * half-year when the policy's cycle is {@link
   * org.meetingpolicy.rules.EvaluationCycle#HALF_YEARLY}.
   */
  public CalendarPeriod periodOf(Instant instant) {
    return policy.evaluationPeriodOf(instant);
  }

  /**
   * Evaluates the period a label names, as of the instant.
   *
   * @throws IllegalArgumentException if the label names no period, or it begins after {@code asOf}
   * @throws org.meetingpolicy.core.validation.InvalidRecordException if the records are malformed
   */
  public PeriodEvaluation evaluate(DepartmentRecords records, String periodLabel, Instant asOf) {
    return evaluate(records, period(periodLabel), asOf);
  }

  /**
   * Evaluates the period as of the instant: checks the records with the engine, then measures.
   *
   * @throws IllegalArgumentException if the period begins after {@code asOf}
   * @throws org.meetingpolicy.core.validation.InvalidRecordException if the records are malformed
   */
  public PeriodEvaluation evaluate(DepartmentRecords records, CalendarPeriod period, Instant asOf) {
    return evaluate(records, period, engine.check(records, asOf));
  }

  /**
   * Evaluates the period as of the report's instant, reusing a report the engine made of the same
   * records.
   *
   * @throws IllegalArgumentException if the period begins after the report's instant, or the report
   *     is of other meetings
   */
  public PeriodEvaluation evaluate(
      DepartmentRecords records, CalendarPeriod period, ComplianceReport report) {
    requireReportOf(records, report);
    requireBegun(period, report.asOf());
    CalendarPeriod previous = EvaluationPeriods.previous(period, policy.zone());
    Measurement current = new Measurement(records, period, report);
    Measurement before = new Measurement(records, previous, report);
    return current.toEvaluation(before);
  }

  /**
   * A report of the period and the {@code periods - 1} periods before it, for a trend, checking the
   * records once.
   *
   * @throws IllegalArgumentException if {@code periods} is below 1, or the period begins after
   *     {@code asOf}
   */
  public EffectivenessReport report(
      DepartmentRecords records, CalendarPeriod period, int periods, Instant asOf) {
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be at least 1: " + periods);
    }
    requireBegun(period, asOf);
    ComplianceReport report = engine.check(records, asOf);
    List<CalendarPeriod> chain = new ArrayList<>();
    CalendarPeriod p = period;
    for (int i = 0; i < periods; i++) {
      chain.add(0, p);
      p = EvaluationPeriods.previous(p, policy.zone());
    }
    List<PeriodEvaluation> evaluations = new ArrayList<>();
    for (CalendarPeriod each : chain) {
      evaluations.add(evaluate(records, each, report));
    }
    return EffectivenessReport.of(evaluations);
  }

  /** A report of the labelled period and those before it; see {@link #report}. */
  public EffectivenessReport report(
      DepartmentRecords records, String periodLabel, int periods, Instant asOf) {
    return report(records, period(periodLabel), periods, asOf);
  }

  private static void requireBegun(CalendarPeriod period, Instant asOf) {
    if (!period.start().isBefore(asOf)) {
      throw new IllegalArgumentException(
          "period " + period.label() + " has not begun at " + asOf + ": nothing to evaluate");
    }
  }

  private static void requireReportOf(DepartmentRecords records, ComplianceReport report) {
    List<MeetingId> ids = records.meetings().stream().map(Meeting::id).sorted().toList();
    if (!ids.equals(report.meetings())) {
      throw new IllegalArgumentException("the compliance report is not of these records");
    }
  }

  /** Everything measured for one period, before the comparison with another. */
  private final class Measurement {
    private final DepartmentRecords records;
    private final CalendarPeriod period;
    private final ComplianceReport report;
    private final Instant asOf;
    private final ZoneId zone;
    private final List<Meeting> held;
    private final Map<MetricKind, Metric> metrics = new EnumMap<>(MetricKind.class);
    private final Map<FeedbackTopic, Integer> feedbackByTopic = new EnumMap<>(FeedbackTopic.class);
    private final @Nullable Evaluation recorded;
    private final @Nullable Evaluation targetSource;

    Measurement(DepartmentRecords records, CalendarPeriod period, ComplianceReport report) {
      this.records = records;
      this.period = period;
      this.report = report;
      this.asOf = report.asOf();
      this.zone = policy.zone();
      this.held =
          records.meetings().stream()
              .filter(m -> period.contains(m.start()) && !m.end().isAfter(asOf))
              .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id))
              .toList();
      this.recorded = recordedEvaluation().orElse(null);
      this.targetSource = recorded != null ? recorded : earlierEvaluation().orElse(null);
      measureMeetings();
      measurePreparation();
      measureAttendance();
      measureMinutes();
      measureDecisions();
      measureSatisfaction();
    }

    PeriodEvaluation toEvaluation(Measurement previous) {
      Map<MetricKind, Double> targets = targets();
      List<Metric> compared = new ArrayList<>();
      // A period still under way has counted only part of its meetings: its counts are not
      // compared with a whole previous period (rates and means are, being per meeting).
      boolean underWay = !period.isOverAt(asOf);
      for (MetricKind kind : MetricKind.values()) {
        Double before =
            underWay && kind.unit() == MetricUnit.COUNT ? null : previous.metric(kind).value();
        compared.add(metric(kind).compared(before, targets.get(kind)));
      }
      return new PeriodEvaluation(
          records.department().name(),
          period,
          previous.period,
          asOf,
          zone,
          compared,
          notes(m -> m.kind() == MeetingKind.EMERGENCY, Meeting::emergencyReason),
          notes(m -> m.mode() != MeetingMode.IN_PERSON, Meeting::onlineReason),
          feedbackByTopic,
          recorded == null || recorded.survey() == null ? List.of() : recorded.survey().questions(),
          sections(),
          recorded == null ? null : recorded.id(),
          targetSource == null ? null : targetSource.id(),
          recorded == null ? List.of() : recorded.indicators());
    }

    // ---- meetings (3.1, 9.1, 9.2) ---------------------------------------------------------

    private void measureMeetings() {
      List<Meeting> regular = held.stream().filter(m -> m.kind() == MeetingKind.REGULAR).toList();
      put(Metric.count(MetricKind.MEETINGS_HELD, held.size()));
      put(Metric.count(MetricKind.REGULAR_MEETINGS_HELD, regular.size()));
      // Every week whose regular day is in the period and whose slot is over must have one, from
      // the week of the first recorded regular meeting on: the rules judge the cadence over the
      // records' span too, so weeks before the records began are not counted as missed; nor are
      // weeks whose meeting day is not a working day, which need none (3.1).
      Set<CalendarPeriod> weeksWithRegular = new HashSet<>();
      Instant firstWeek = null;
      for (Meeting m : records.meetings()) {
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
      LocalDate last = period.end().atZone(zone).toLocalDate();
      for (LocalDate day = period.start().atZone(zone).toLocalDate();
          firstWeek != null && day.isBefore(last);
          day = day.plusDays(1)) {
        Instant slotEnd = day.atTime(policy.afternoonEnd()).atZone(zone).toInstant();
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
      put(Metric.count(MetricKind.REGULAR_MEETINGS_EXPECTED, expected));
      put(Metric.ratio(MetricKind.WEEKLY_CADENCE, kept, expected, 0));
      put(
          Metric.count(
              MetricKind.EMERGENCY_MEETINGS,
              (int) held.stream().filter(m -> m.kind() == MeetingKind.EMERGENCY).count()));
      put(
          Metric.count(
              MetricKind.ONLINE_OR_HYBRID_MEETINGS,
              (int) held.stream().filter(m -> m.mode() != MeetingMode.IN_PERSON).count()));
    }

    private List<MeetingNote> notes(
        java.util.function.Predicate<Meeting> which,
        java.util.function.Function<Meeting, String> reason) {
      return held.stream()
          .filter(which)
          .map(m -> new MeetingNote(m.id(), policy.local(m.start()), m.mode(), reason.apply(m)))
          .toList();
    }

    // ---- preparation (3.4–3.7, from the rules) --------------------------------------------

    private void measurePreparation() {
      List<Meeting> regular = held.stream().filter(m -> m.kind() == MeetingKind.REGULAR).toList();
      List<Meeting> inRoom =
          held.stream().filter(m -> m.mode().usesRoom() && m.room() != null).toList();
      put(clauseShare(MetricKind.NOTICE_ON_TIME, regular));
      put(clauseShare(MetricKind.RECONFIRMATION_ON_TIME, regular));
      put(clauseShare(MetricKind.ROOM_BOOKED, inRoom));
      put(clauseShare(MetricKind.EQUIPMENT_CHECKED, inRoom));
    }

    /**
     * The share of {@code asked} with no violation of the metric's clause, leaving out meetings for
     * which the clause is only due so far.
     */
    private Metric clauseShare(MetricKind kind, List<Meeting> asked) {
      String clause = kind.clauseId();
      ClauseStatus status =
          report.clause(clause).map(ClauseResult::status).orElse(ClauseStatus.NOT_CHECKED);
      if (status == ClauseStatus.NOT_CHECKED) {
        return Metric.notChecked(kind);
      }
      int complying = 0;
      int violating = 0;
      int pending = 0;
      for (Meeting m : asked) {
        List<Finding> findings =
            report.findingsFor(m.id()).stream().filter(f -> f.clauseId().equals(clause)).toList();
        if (findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION)) {
          violating++;
        } else if (findings.stream().anyMatch(f -> f.severity() == Severity.DUE)) {
          pending++;
        } else {
          complying++;
        }
      }
      return Metric.ratio(kind, complying, complying + violating, pending);
    }

    // ---- attendance (5.1, 5.6) ------------------------------------------------------------

    private void measureAttendance() {
      int invitees = 0;
      int present = 0;
      int punctual = 0;
      int lateWith = 0;
      int lateWithout = 0;
      int earlyWith = 0;
      int earlyWithout = 0;
      int absentWith = 0;
      int absentWithout = 0;
      int missedPart = 0;
      int caughtUp = 0;
      for (Meeting m : held) {
        Instant expectedBy = m.start().minus(policy.expectedArrivalLead());
        Instant actualEnd =
            m.minutes() != null && m.minutes().actualEnd() != null
                ? m.minutes().actualEnd()
                : m.end();
        for (PersonId person : m.invitees()) {
          invitees++;
          Optional<Attendance> attendance =
              m.attendanceOf(person).filter(a -> !a.presences().isEmpty());
          boolean missed = false;
          if (attendance.isEmpty()) {
            missed = true;
            if (noticed(m, person, AttendanceNoticeKind.ABSENCE)) {
              absentWith++;
            } else {
              absentWithout++;
            }
          } else {
            present++;
            Instant arrival = attendance.get().arrival().orElseThrow();
            if (!arrival.isAfter(expectedBy)) {
              punctual++;
            }
            if (arrival.isAfter(m.start())) {
              missed = true;
              if (noticed(m, person, AttendanceNoticeKind.LATE_ARRIVAL)) {
                lateWith++;
              } else {
                lateWithout++;
              }
            }
            Optional<Instant> departure = attendance.get().departure();
            if (departure.isPresent() && departure.get().isBefore(actualEnd)) {
              missed = true;
              if (noticed(m, person, AttendanceNoticeKind.EARLY_LEAVE)) {
                earlyWith++;
              } else {
                earlyWithout++;
              }
            }
          }
          if (missed) {
            missedPart++;
            if (m.catchUps().stream()
                .anyMatch(c -> c.person().equals(person) && !c.at().isAfter(asOf))) {
              caughtUp++;
            }
          }
        }
      }
      put(Metric.ratio(MetricKind.ATTENDANCE_RATE, present, invitees, 0));
      put(Metric.ratio(MetricKind.PUNCTUALITY, punctual, present, 0));
      put(Metric.count(MetricKind.LATE_ARRIVALS_WITH_NOTICE, lateWith));
      put(Metric.count(MetricKind.LATE_ARRIVALS_WITHOUT_NOTICE, lateWithout));
      put(Metric.count(MetricKind.EARLY_LEAVES_WITH_NOTICE, earlyWith));
      put(Metric.count(MetricKind.EARLY_LEAVES_WITHOUT_NOTICE, earlyWithout));
      put(Metric.count(MetricKind.ABSENCES_WITH_NOTICE, absentWith));
      put(Metric.count(MetricKind.ABSENCES_WITHOUT_NOTICE, absentWithout));
      put(Metric.ratio(MetricKind.CATCH_UP_COMPLETION, caughtUp, missedPart, 0));
    }

    // 5.6: the organizer must be told before the start.
    private boolean noticed(Meeting m, PersonId person, AttendanceNoticeKind kind) {
      return m.attendanceNotices().stream()
          .anyMatch(
              n ->
                  n.person().equals(person)
                      && n.kind() == kind
                      && !n.notifiedAt().isAfter(m.start()));
    }

    // ---- minutes (4.10, 6.2, 6.4, 6.5) ----------------------------------------------------

    private void measureMinutes() {
      List<Meeting> withMinutes = held.stream().filter(m -> m.minutes() != null).toList();
      put(Metric.ratio(MetricKind.MINUTES_RECORDED, withMinutes.size(), held.size(), 0));
      put(clauseShare(MetricKind.MINUTES_COMPLETE, withMinutes));
      put(clauseShare(MetricKind.MINUTES_APPROVED_BEFORE_DISTRIBUTION, withMinutes));
      put(clauseShare(MetricKind.MINUTES_DISTRIBUTED_ON_TIME, withMinutes));
      List<Double> delays = new ArrayList<>();
      for (Meeting m : withMinutes) {
        Objects.requireNonNull(m.minutes(), "kept for its minutes").distributions().stream()
            .map(Distribution::at)
            .filter(at -> !at.isAfter(asOf))
            .min(Comparator.naturalOrder())
            .ifPresent(first -> delays.add(hours(Duration.between(m.end(), first))));
      }
      put(Metric.statistic(MetricKind.MEDIAN_DISTRIBUTION_DELAY, median(delays), delays.size()));
    }

    // ---- decisions (7.3, 8.8) -------------------------------------------------------------

    private void measureDecisions() {
      Instant cutoff = period.end().isBefore(asOf) ? period.end() : asOf;
      int due = 0;
      int executed = 0;
      int overdue = 0;
      int open = 0;
      int tracked = 0;
      int regular = 0;
      for (Meeting m : records.meetings()) {
        for (Resolution r : m.resolutions()) {
          Instant deadline = r.deadline();
          if (deadline != null
              && period.contains(deadline)
              && !deadline.isAfter(asOf)
              && r.status() != ResolutionStatus.CANCELLED) {
            due++;
            if (r.status() == ResolutionStatus.DONE
                && r.completedAt() != null
                && !r.completedAt().isAfter(deadline)) {
              executed++;
            }
          }
          if (m.start().isBefore(cutoff) && isOpenAt(r, cutoff)) {
            open++;
            if (deadline != null && deadline.isBefore(cutoff)) {
              overdue++;
            }
          }
          Boolean reported = reportedRegularly(m, r, cutoff);
          if (reported != null) {
            tracked++;
            if (reported) {
              regular++;
            }
          }
        }
      }
      put(Metric.ratio(MetricKind.DECISION_EXECUTION_RATE, executed, due, 0));
      put(Metric.count(MetricKind.RESOLUTIONS_OVERDUE, overdue));
      put(Metric.count(MetricKind.RESOLUTIONS_OPEN, open));
      put(Metric.ratio(MetricKind.PROGRESS_REPORT_REGULARITY, regular, tracked, 0));
    }

    /**
     * Whether the resolution was reported on at least every interval while open during the period;
     * null when it was not open during the period. Open time runs from the meeting's end to the
     * completion, or to the cutoff while still open.
     */
    private @Nullable Boolean reportedRegularly(Meeting m, Resolution r, Instant cutoff) {
      Instant trackStart = m.end();
      if (!trackStart.isBefore(cutoff)) {
        return null;
      }
      Instant closed =
          r.completedAt() != null ? r.completedAt() : r.status().isOpen() ? null : trackStart;
      Instant trackEnd = closed == null || closed.isAfter(cutoff) ? cutoff : closed;
      Instant windowStart = trackStart.isAfter(period.start()) ? trackStart : period.start();
      if (!trackEnd.isAfter(windowStart)) {
        return null;
      }
      List<Instant> checkpoints = new ArrayList<>();
      checkpoints.add(trackStart);
      r.progressReports().stream()
          .map(ProgressReport::at)
          .filter(at -> at.isAfter(trackStart) && at.isBefore(trackEnd))
          .sorted()
          .forEach(checkpoints::add);
      checkpoints.add(trackEnd);
      Duration interval = policy.progressReportInterval();
      for (int i = 1; i < checkpoints.size(); i++) {
        Instant from = checkpoints.get(i - 1);
        Instant to = checkpoints.get(i);
        // Only gaps that reach into the period count for it.
        if (to.isAfter(windowStart) && Duration.between(from, to).compareTo(interval) > 0) {
          return false;
        }
      }
      return true;
    }

    // ---- satisfaction (2.10, 8.5) ---------------------------------------------------------

    private void measureSatisfaction() {
      SatisfactionSurvey survey = recorded == null ? null : recorded.survey();
      if (survey == null) {
        put(Metric.ratio(MetricKind.SURVEY_RESPONSE_RATE, 0, 0, 0));
        put(Metric.statistic(MetricKind.SURVEY_MEAN_SCORE, null, 0));
      } else {
        put(Metric.ratio(MetricKind.SURVEY_RESPONSE_RATE, survey.responded(), survey.invited(), 0));
        double weighted = 0;
        int responses = 0;
        for (SurveyQuestion q : survey.questions()) {
          if (q.meanScore() != null && q.responses() > 0) {
            weighted += q.meanScore() * q.responses();
            responses += q.responses();
          }
        }
        put(
            Metric.statistic(
                MetricKind.SURVEY_MEAN_SCORE,
                responses == 0 ? null : weighted / responses,
                responses));
      }
      int feedback = 0;
      int rated = 0;
      int ratingSum = 0;
      for (FeedbackTopic topic : FeedbackTopic.values()) {
        feedbackByTopic.put(topic, 0);
      }
      for (Meeting m : held) {
        for (Feedback f : m.feedback()) {
          if (!f.at().isAfter(asOf)) {
            feedback++;
            feedbackByTopic.merge(f.topic(), 1, Integer::sum);
            if (f.rating() != null) {
              rated++;
              ratingSum += f.rating();
            }
          }
        }
      }
      put(Metric.ratio(MetricKind.FEEDBACK_PER_MEETING, feedback, held.size(), 0));
      put(
          Metric.statistic(
              MetricKind.FEEDBACK_MEAN_RATING,
              rated == 0 ? null : (double) ratingSum / rated,
              rated));
    }

    // ---- targets (8.4) and evaluations ----------------------------------------------------

    private Optional<Evaluation> recordedEvaluation() {
      return records.evaluations().stream()
          .filter(e -> !e.conductedAt().isAfter(asOf) && covers(e, period))
          .max(Comparator.comparing(Evaluation::conductedAt));
    }

    private Optional<Evaluation> earlierEvaluation() {
      return records.evaluations().stream()
          .filter(e -> !e.conductedAt().isAfter(asOf))
          .filter(e -> !e.period().end().isAfter(period.start()))
          .max(
              Comparator.comparing((Evaluation e) -> e.period().end())
                  .thenComparing(Evaluation::conductedAt));
    }

    private Map<MetricKind, Double> targets() {
      Map<MetricKind, Double> targets = new EnumMap<>(MetricKind.class);
      if (targetSource == null) {
        return targets;
      }
      for (Indicator indicator : targetSource.indicators()) {
        Double target = indicator.target();
        if (target == null) {
          continue;
        }
        Optional<MetricKind> kind =
            indicator.kind() == IndicatorKind.DECISION_EXECUTION_RATE
                ? Optional.of(MetricKind.DECISION_EXECUTION_RATE)
                : MetricKind.byId(indicator.name());
        kind.ifPresent(k -> targets.putIfAbsent(k, inUnit(target, indicator.unit(), k)));
      }
      return targets;
    }

    // ---- findings per section -------------------------------------------------------------

    private List<SectionTally> sections() {
      Map<MeetingId, Meeting> meetings = new HashMap<>();
      records.meetings().forEach(m -> meetings.put(m.id(), m));
      Map<EvaluationId, Evaluation> evaluations = new HashMap<>();
      records.evaluations().forEach(e -> evaluations.put(e.id(), e));
      // Breach key: clause and meeting (or subject); a violation outranks a warning.
      Map<String, Severity> breaches = new LinkedHashMap<>();
      for (Finding f : report.findings()) {
        int section = section(f.clauseId());
        if (f.severity() == Severity.DUE
            || section < FIRST_SECTION
            || !belongsToPeriod(f, meetings, evaluations)) {
          continue;
        }
        Subject s = f.subject();
        String key =
            f.clauseId()
                + "|"
                + (s.meeting() != null ? "m:" + s.meeting() : s.kind() + ":" + s.id());
        breaches.merge(key, f.severity(), (a, b) -> a == Severity.VIOLATION ? a : b);
      }
      List<SectionTally> tallies = new ArrayList<>();
      for (int section = FIRST_SECTION; section <= LAST_SECTION; section++) {
        int violations = 0;
        int warnings = 0;
        for (Map.Entry<String, Severity> breach : breaches.entrySet()) {
          if (section(breach.getKey().substring(0, breach.getKey().indexOf('|'))) == section) {
            if (breach.getValue() == Severity.VIOLATION) {
              violations++;
            } else {
              warnings++;
            }
          }
        }
        tallies.add(new SectionTally(section, violations, warnings));
      }
      return tallies;
    }

    private boolean belongsToPeriod(
        Finding f, Map<MeetingId, Meeting> meetings, Map<EvaluationId, Evaluation> evaluations) {
      Subject s = f.subject();
      if (s.meeting() != null) {
        Meeting m = meetings.get(s.meeting());
        return m != null && period.contains(m.start());
      }
      if (s.kind() == SubjectKind.PERIOD) {
        // A week, month or quarter inside the period belongs to it; one that straddles its bounds
        // (a week across a quarter's end) goes by the finding's instant, such as a slot's end.
        try {
          CalendarPeriod subject = EvaluationPeriods.parse(s.id(), zone);
          if (!subject.start().isBefore(period.start()) && !subject.end().isAfter(period.end())) {
            return true;
          }
        } catch (IllegalArgumentException unreadable) {
          // Fall through to the finding's instant.
        }
      }
      Evaluation evaluation =
          s.kind() == SubjectKind.EVALUATION ? evaluations.get(EvaluationId.of(s.id())) : null;
      if (evaluation != null) {
        return covers(evaluation, period);
      }
      return f.at() != null && period.contains(f.at());
    }

    /** Every kind is measured when the measurement is made. */
    private Metric metric(MetricKind kind) {
      return Objects.requireNonNull(metrics.get(kind), "metric measured");
    }

    private void put(Metric metric) {
      metrics.put(metric.kind(), metric);
    }
  }

  // The same reading as rule 8.1's.
  private static boolean covers(Evaluation e, CalendarPeriod period) {
    return period.isCoveredBy(e.period());
  }

  private static double inUnit(double target, @Nullable String unit, MetricKind kind) {
    boolean percent = unit != null && unit.trim().equals("%");
    return kind.unit() == MetricUnit.RATE && percent ? target / 100.0 : target;
  }

  private static int section(String clauseId) {
    int dot = clauseId.indexOf('.');
    String head = dot < 0 ? clauseId : clauseId.substring(0, dot);
    if (head.isEmpty() || head.length() > 2 || !head.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(head);
  }

  private static double hours(Duration duration) {
    return duration.toSeconds() / 3600.0;
  }

  private static @Nullable Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private static boolean isOpenAt(Resolution r, Instant instant) {
    return r.completedAt() != null ? r.completedAt().isAfter(instant) : r.status().isOpen();
  }
}
