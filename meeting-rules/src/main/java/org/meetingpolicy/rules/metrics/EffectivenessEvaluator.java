package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.MeetingPolicy;

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
 * afternoon end, progress report interval); each {@link MetricKind} constant says how. Where a rule
 * already decides the case a metric counts, the metric reads that rule's findings instead of
 * deciding it again: punctuality (5.1), arrivals, early leaves and absences without notice and
 * catch-ups still owed (5.6, whose {@code Participant} classification also says who arrived late,
 * left early or missed part), and resolutions completed after their deadline (7.3). Such a metric
 * reads {@link MetricStatus#NOT_CHECKED} when the engine runs without the rule.
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
 *
 * <p><b>How.</b> Each {@link MetricGroup} is measured by a class of its own ({@code
 * MeetingMetrics}, {@code PreparationMetrics}, {@code AttendanceMetrics}, {@code MinutesMetrics},
 * {@code DecisionMetrics}, {@code SatisfactionMetrics}) from one context per period: the records,
 * the period, the policy and the engine's verdicts as of the instant. This class builds the
 * contexts of the period and the one before, asks each group, and compares.
 */
public final class EffectivenessEvaluator {

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
    return evaluate(records, period, new Verdicts(report, engine.rules(), policy, records));
  }

  /** The period measured over verdicts that a report of several periods builds once. */
  private PeriodEvaluation evaluate(
      DepartmentRecords records, CalendarPeriod period, Verdicts verdicts) {
    return evaluation(
        EvaluationContext.of(records, period, policy, verdicts),
        EvaluationContext.of(
            records, EvaluationPeriods.previous(period, policy.zone()), policy, verdicts));
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
    // One snapshot and one index of the findings for every period of the trend.
    Verdicts verdicts = new Verdicts(report, engine.rules(), policy, records);
    List<PeriodEvaluation> evaluations = new ArrayList<>();
    for (CalendarPeriod each : chain) {
      evaluations.add(evaluate(records, each, verdicts));
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

  /** The period's evaluation: its metrics compared with the previous period's, and the rest. */
  private static PeriodEvaluation evaluation(EvaluationContext c, EvaluationContext previous) {
    Map<MetricKind, Metric> now = measure(c);
    Map<MetricKind, Metric> before = measure(previous);
    Map<MetricKind, Double> targets = Targets.of(c.targetSource());
    // A period still under way has counted only part of its meetings: its counts are not
    // compared with a whole previous period (rates and means are, being per meeting).
    boolean underWay = !c.period().isOverAt(c.asOf());
    List<Metric> compared = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      Double previousValue =
          underWay && kind.unit() == MetricUnit.COUNT ? null : metric(before, kind).value();
      compared.add(metric(now, kind).compared(previousValue, targets.get(kind)));
    }
    Evaluation recorded = c.recorded();
    return new PeriodEvaluation(
        c.records().department().name(),
        c.period(),
        previous.period(),
        c.asOf(),
        c.zone(),
        compared,
        MeetingMetrics.emergencyMeetings(c),
        MeetingMetrics.onlineOrHybridMeetings(c),
        SatisfactionMetrics.feedbackByTopic(c),
        recorded == null || recorded.survey() == null ? List.of() : recorded.survey().questions(),
        SectionTallies.of(c),
        recorded == null ? null : recorded.id(),
        c.targetSource() == null ? null : c.targetSource().id(),
        recorded == null ? List.of() : recorded.indicators());
  }

  /** Every metric of the period, each from its group. */
  private static Map<MetricKind, Metric> measure(EvaluationContext c) {
    Map<MetricKind, Metric> metrics = new EnumMap<>(MetricKind.class);
    for (MetricGroup group : MetricGroup.values()) {
      for (Metric metric : measure(group, c)) {
        if (metric.kind().group() != group || metrics.put(metric.kind(), metric) != null) {
          throw new IllegalStateException(group + " measured " + metric.kind());
        }
      }
    }
    if (metrics.size() != MetricKind.values().length) {
      throw new IllegalStateException("unmeasured metrics");
    }
    return metrics;
  }

  /** Every kind is measured: {@link #measure(EvaluationContext)} checks it. */
  private static Metric metric(Map<MetricKind, Metric> metrics, MetricKind kind) {
    return Objects.requireNonNull(metrics.get(kind), "metric measured");
  }

  private static List<Metric> measure(MetricGroup group, EvaluationContext c) {
    return switch (group) {
      case MEETINGS -> MeetingMetrics.measure(c);
      case PREPARATION -> PreparationMetrics.measure(c);
      case ATTENDANCE -> AttendanceMetrics.measure(c);
      case MINUTES -> MinutesMetrics.measure(c);
      case DECISIONS -> DecisionMetrics.measure(c);
      case SATISFACTION -> SatisfactionMetrics.measure(c);
    };
  }
}
