package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.reports.HandMadeEvaluations.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's value types' own contracts, on hand-made evaluations (their page:
 * meeting-report's EvaluationPageTest).
 */
class EffectivenessReportTest {

  @Test
  void reportNeedsPeriodsInOrder() {
    PeriodEvaluation q3 = evaluation(Q3, Q2, Map.of(), noBreaches(), "Sales");
    PeriodEvaluation q4 = evaluation(Q4, Q3, Map.of(), noBreaches(), "Sales");

    assertThatThrownBy(() -> EffectivenessReport.of(List.of(q4, q3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oldest first");
    assertThatThrownBy(() -> EffectivenessReport.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluationNeedsEveryMetricOnceInOrder() {
    PeriodEvaluation q4 = evaluation(Q4, Q3, Map.of(), noBreaches(), "Sales");
    List<Metric> missingOne = q4.metrics().subList(1, q4.metrics().size());

    assertThatThrownBy(
            () ->
                new PeriodEvaluation(
                    "Sales",
                    Q4,
                    Q3,
                    Instant.EPOCH,
                    ZONE,
                    missingOne,
                    List.of(),
                    List.of(),
                    Map.of(),
                    List.of(),
                    noBreaches(),
                    null,
                    null,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Metric ------------------------------------------------------------------------------

  @Test
  void metricHasAValueExactlyWhenMeasured() {
    assertThatThrownBy(
            () ->
                new Metric(
                    MetricKind.PUNCTUALITY, MetricStatus.MEASURED, null, 1, 2, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Metric(MetricKind.PUNCTUALITY, MetricStatus.NO_DATA, 0.5, 1, 2, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trendAndTargetFollowWhichWayIsBetter() {
    Metric fewerLate = Metric.count(MetricKind.LATE_ARRIVALS_WITHOUT_NOTICE, 1).compared(3.0, 2.0);
    Metric moreEmergencies = Metric.count(MetricKind.EMERGENCY_MEETINGS, 2).compared(1.0, null);
    Metric lowerAttendance = Metric.ratio(MetricKind.ATTENDANCE_RATE, 9, 10, 0).compared(1.0, 0.9);
    Metric noData = Metric.ratio(MetricKind.ATTENDANCE_RATE, 0, 0, 0).compared(1.0, 0.9);

    assertThat(fewerLate.change()).isEqualTo(-2.0);
    assertThat(fewerLate.trend()).isEqualTo(Trend.IMPROVED);
    assertThat(fewerLate.targetResult()).isEqualTo(TargetResult.MET); // 1 ≤ 2
    assertThat(moreEmergencies.trend()).isEqualTo(Trend.CHANGED);
    assertThat(moreEmergencies.targetResult()).isEqualTo(TargetResult.NO_TARGET);
    assertThat(lowerAttendance.trend()).isEqualTo(Trend.WORSENED);
    assertThat(lowerAttendance.targetResult()).isEqualTo(TargetResult.MET); // 0.9 ≥ 0.9
    assertThat(noData.trend()).isEqualTo(Trend.NOT_COMPARABLE);
    assertThat(noData.targetResult()).isEqualTo(TargetResult.NOT_MEASURED);
  }

  @Test
  void metricIdsNameTheIndicatorsThatSetTargets() {
    assertThat(MetricKind.MINUTES_DISTRIBUTED_ON_TIME.id())
        .isEqualTo("minutes-distributed-on-time");
    assertThat(MetricKind.byId(" Notice-On-Time ")).contains(MetricKind.NOTICE_ON_TIME);
    assertThat(MetricKind.byId("meetings end on time")).isEmpty();
  }

  @Test
  void everyRulesMetricNamesTheClauseItCounts() {
    assertThat(
            java.util.Arrays.stream(MetricKind.values())
                .filter(k -> k.source() == MetricSource.RULES)
                .map(MetricKind::clauseId))
        .containsExactly("3.4", "3.7", "3.5", "3.6", "6.2", "6.4", "6.5");
  }

  // ---- EvaluationPeriods -------------------------------------------------------------------

  @Test
  void labelsAreReadAndSteppedBack() {
    assertThat(EvaluationPeriods.parse("2026-Q4", ZONE).start())
        .isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse("2026-Q1", ZONE), ZONE).label())
        .isEqualTo("2025-Q4");
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse("2026-H1", ZONE), ZONE).label())
        .isEqualTo("2025-H2");
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse("2026-01", ZONE), ZONE).label())
        .isEqualTo("2025-12");
    // 2026-W01 begins on Monday 29 Dec 2025; the week before it is 2025-W52.
    assertThat(EvaluationPeriods.parse("2026-W01", ZONE).start())
        .isEqualTo(Instant.parse("2025-12-28T16:00:00Z"));
    assertThat(EvaluationPeriods.previous(EvaluationPeriods.parse("2026-W01", ZONE), ZONE).label())
        .isEqualTo("2025-W52");
    // 2026 has 53 ISO weeks; 2025 has 52.
    assertThat(EvaluationPeriods.parse("2026-W53", ZONE).label()).isEqualTo("2026-W53");
    assertThatThrownBy(() -> EvaluationPeriods.parse("2025-W53", ZONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvaluationPeriods.parse("2026-Q5", ZONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a period label");
  }
}
