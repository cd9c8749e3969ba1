package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateAxisTest {

  @Test
  void ratesOfNinetyToOneHundredPercentGetAnAxisFromNinety() {
    RateAxis axis = RateAxis.fitting(List.of(0.9167, 1.0, 0.95));

    assertThat(axis.from()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(axis.to()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(axis.ticks().stream().map(axis::label))
        .containsExactly("90 %", "92 %", "94 %", "96 %", "98 %", "100 %");
  }

  @Test
  void equalRatesGetOneStepAboveThemOrBelowAtOneHundredPercent() {
    assertThat(RateAxis.fitting(List.of(1.0, 1.0)).ticks().stream().map(RateAxis.WHOLE::label))
        .containsExactly("99 %", "100 %");
    assertThat(RateAxis.fitting(List.of(0.0)).ticks().stream().map(RateAxis.WHOLE::label))
        .containsExactly("0 %", "1 %");
  }

  @Test
  void nothingToDrawGivesTheWholeRange() {
    assertThat(RateAxis.fitting(List.of())).isEqualTo(RateAxis.WHOLE);
    assertThat(RateAxis.fitting(List.of(0.0, 1.0)).ticks().stream().map(RateAxis.WHOLE::label))
        .containsExactly("0 %", "20 %", "40 %", "60 %", "80 %", "100 %");
  }

  /** Any rates: the axis holds them all, within 0–100 %, in at most five round steps. */
  @Test
  void everyAxisHoldsItsRatesInAtMostFiveSteps() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int run = 0; run < 2_000; run++) {
      List<Double> rates = new ArrayList<>();
      int count = 1 + random.nextInt(8);
      double centre = random.nextDouble();
      double spread = random.nextDouble() * random.nextDouble();
      for (int i = 0; i < count; i++) {
        rates.add(Math.max(0, Math.min(1, centre + (random.nextDouble() - 0.5) * spread)));
      }
      RateAxis axis = RateAxis.fitting(rates);
      String why = "seed " + seed + ", rates " + rates;
      assertThat(axis.from()).as(why).isGreaterThanOrEqualTo(0).isLessThan(axis.to());
      assertThat(axis.to()).as(why).isLessThanOrEqualTo(1 + 1e-9);
      assertThat(axis.ticks()).as(why).hasSizeBetween(2, 6);
      for (double rate : rates) {
        assertThat(rate).as(why).isBetween(axis.from() - 1e-9, axis.to() + 1e-9);
      }
    }
  }
}
