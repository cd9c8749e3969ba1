package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;

/** Assertions on one metric of a {@link PeriodEvaluation}, comparing with hand-computed values. */
final class MetricAssertions {

  static final Offset<Double> EXACT = within(1e-9);

  private MetricAssertions() {}

  /** The metric is a count equal to {@code expected}. */
  static void assertCount(PeriodEvaluation e, MetricKind kind, int expected) {
    Metric m = e.metric(kind);
    assertThat(m.status()).as("%s status in %s", kind, e.period()).isEqualTo(MetricStatus.MEASURED);
    assertThat(m.value()).as("%s in %s", kind, e.period()).isCloseTo(expected, EXACT);
  }

  /** The metric is the share {@code numerator / denominator}, with nothing pending. */
  static void assertRate(PeriodEvaluation e, MetricKind kind, int numerator, int denominator) {
    assertRate(e, kind, numerator, denominator, 0);
  }

  /** The metric is the share {@code numerator / denominator}, with {@code pending} left out. */
  static void assertRate(
      PeriodEvaluation e, MetricKind kind, int numerator, int denominator, int pending) {
    Metric m = e.metric(kind);
    assertThat(m.status()).as("%s status in %s", kind, e.period()).isEqualTo(MetricStatus.MEASURED);
    assertThat(m.numerator()).as("%s numerator in %s", kind, e.period()).isEqualTo(numerator);
    assertThat(m.denominator()).as("%s denominator in %s", kind, e.period()).isEqualTo(denominator);
    assertThat(m.value())
        .as("%s in %s", kind, e.period())
        .isCloseTo((double) numerator / denominator, EXACT);
    assertThat(m.pending()).as("%s pending in %s", kind, e.period()).isEqualTo(pending);
  }

  /** The metric is a mean or median {@code value} over {@code observations} values. */
  static void assertStatistic(PeriodEvaluation e, MetricKind kind, double value, int observations) {
    Metric m = e.metric(kind);
    assertThat(m.status()).as("%s status in %s", kind, e.period()).isEqualTo(MetricStatus.MEASURED);
    assertThat(m.value()).as("%s in %s", kind, e.period()).isCloseTo(value, EXACT);
    assertThat(m.denominator())
        .as("%s observations in %s", kind, e.period())
        .isEqualTo(observations);
  }

  /** The metric has no value for the reason given. */
  static void assertStatus(PeriodEvaluation e, MetricKind kind, MetricStatus status) {
    assertThat(e.metric(kind).status()).as("%s status in %s", kind, e.period()).isEqualTo(status);
    assertThat(e.metric(kind).value()).as("%s in %s", kind, e.period()).isNull();
  }
}
