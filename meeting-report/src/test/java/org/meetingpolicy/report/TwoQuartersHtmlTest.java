package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleQuarters.AS_OF;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * The HTML page of {@link SampleQuarters}: self-contained and well-formed, with the trend points of
 * the figures that do not need the rules still being written (those are in {@link
 * TwoQuartersRuleMetricsTest}).
 */
class TwoQuartersHtmlTest {

  // Per test, not static: a report cached once per JVM would hide PIT's mutants from the tests.
  private final EffectivenessReport report =
      new EffectivenessEvaluator(ReportTestSupport.ENGINE)
          .report(SampleQuarters.records(), "2026-Q4", 2, AS_OF);

  @Test
  void englishAndChinesePagesAreSelfContainedAndWellFormed() throws Exception {
    for (Language language : Language.values()) {
      Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, language));

      assertThat(page.select("html").attr("lang"))
          .isEqualTo(language == Language.ZH ? "zh-CN" : "en");
      assertThat(page.select("svg.trend")).hasSize(1);
      assertThat(page.select("svg.sections")).hasSize(1);
      assertThat(page.select(".card")).hasSize(EffectivenessReport.TREND_METRICS.size());
      assertThat(page.select("table.metrics tr[data-metric]")).hasSize(MetricKind.values().length);
    }
  }

  @Test
  void recordTextIsEscaped() throws Exception {
    String html = EvaluationPage.render(report, Language.EN);

    assertThat(html).contains("Key customer &lt;Acme &amp; Co&gt; threatens");
    Document page = HtmlChecks.selfContainedPage(html);
    assertThat(page.select("li").eachText())
        .contains(
            "m-2026-11-17 · 2026-11-17 10:00 · in person · " + SampleQuarters.EMERGENCY_REASON);
  }

  @Test
  void trendPointsSitAtEachQuartersValue() throws Exception {
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN));

    // The lowest value is Q3's decisions, 0.917, and the lowest target 95 %: the axis runs from
    // 90 to 100 % in steps of 2. Two periods: x = 48 + 20 = 68 and 620 − 20 = 600;
    // y = 220 − 200 × (value − 0.9) / 0.1.
    assertThat(page.select("svg.trend text.tick").eachText())
        .containsExactly("90 %", "92 %", "94 %", "96 %", "98 %", "100 %");
    // Notice on time: Q3 13/13 → y 20.0; Q4 12/13 = 0.92308 → y 220 − 46.15 = 173.8.
    assertPoints(page, "notice-on-time", "68.0,20.0,1.0000", "600.0,173.8,0.9231");
    // Attendance: Q3 116/117 = 0.99145 → y 37.1; Q4 125/126 = 0.99206 → y 35.9.
    assertPoints(page, "attendance-rate", "68.0,37.1,0.9915", "600.0,35.9,0.9921");
    // Arrived on time: Q3 1 → y 20.0; Q4 123/125 = 0.984 → y 52.0.
    assertPoints(page, "punctuality", "68.0,20.0,1.0000", "600.0,52.0,0.9840");
    // Cadence 13/13 both quarters.
    assertPoints(page, "weekly-cadence", "68.0,20.0,1.0000", "600.0,20.0,1.0000");
    // Decisions: Q3 11/12 = 0.91667 → y 186.7; Q4 13/14 = 0.92857 → y 162.9.
    assertPoints(page, "decision-execution-rate", "68.0,186.7,0.9167", "600.0,162.9,0.9286");
    assertThat(page.select("polyline.line[data-metric=notice-on-time]").attr("points"))
        .isEqualTo("68.0,20.0 600.0,173.8");
  }

  @Test
  void theLatestTargetsAreDashedLinesAtTheirRate() throws Exception {
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN));

    // ev-2026-q4 sets 100 % for notices, 98 % attendance, 97 % minutes, 95 % decisions.
    assertThat(
            page.select("svg.trend line.target").stream()
                .map(l -> l.attr("data-metric") + "@" + l.attr("y1"))
                .toList())
        .containsExactly(
            "notice-on-time@20.0",
            "attendance-rate@60.0",
            "minutes-distributed-on-time@80.0",
            "decision-execution-rate@120.0");
    assertThat(page.select("svg.trend line.target title").first().text())
        .isEqualTo("Notice on time: target 100.0 %");
  }

  @Test
  void aPeriodUnderWayIsLabelledSoAndItsPointsAreHollow() throws Exception {
    EffectivenessReport partial =
        new EffectivenessEvaluator(ReportTestSupport.ENGINE)
            .report(SampleQuarters.records(), "2026-Q4", 2, Instant.parse("2026-11-20T10:00:00Z"));
    for (Language language : Language.values()) {
      Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(partial, language));

      assertThat(page.select("svg.trend text.period").eachText())
          .containsExactly(
              "2026-Q3", language == Language.ZH ? "2026-Q4（截至目前）" : "2026-Q4 (so far)");
      assertThat(page.select("svg.trend circle.point.partial").eachAttr("data-period"))
          .isNotEmpty()
          .containsOnly("2026-Q4");
      assertThat(page.select("svg.trend circle.point.partial").eachAttr("fill"))
          .containsOnly("#fff");
    }
  }

  @Test
  void seriesWithoutAnyValueHaveNoLineAndNoLegendEntry() throws Exception {
    // Before the first meeting of the quarter, with no earlier period: nothing to draw.
    EffectivenessReport empty =
        new EffectivenessEvaluator(ReportTestSupport.ENGINE)
            .report(SampleQuarters.records(), "2026-Q4", 1, Instant.parse("2026-10-01T01:00:00Z"));
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(empty, Language.EN));

    assertThat(page.select("svg.trend polyline, svg.trend circle, svg.trend rect.legend"))
        .isEmpty();
    assertThat(page.select("svg.trend text.tick").eachText())
        .containsExactly("0 %", "25 %", "50 %", "75 %", "100 %");
  }

  @Test
  void sectionBarsAreNamedInTheLanguage() throws Exception {
    assertThat(
            HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN))
                .select("svg.sections text.section")
                .eachText())
        .startsWith("2 Organization", "3 Time and place")
        .hasSize(9);
    assertThat(
            HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.ZH))
                .select("svg.sections text.section")
                .eachText())
        .startsWith("2 会议组织架构", "3 会议时间与地点")
        .hasSize(9);
  }

  @Test
  void sectionChartHasAViolationAndAWarningBarForEverySection() throws Exception {
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN));

    assertThat(page.select("svg.sections rect.bar.violations").eachAttr("data-section"))
        .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(page.select("svg.sections rect.bar.warnings").eachAttr("data-section"))
        .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void theTrendLegendStaysInsideTheChart() throws Exception {
    for (Language language : Language.values()) {
      Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, language));
      double width = Double.parseDouble(page.selectFirst("svg.trend").attr("width"));

      for (Element swatch : page.select("svg.trend rect.legend")) {
        Element label = swatch.nextElementSibling();
        // At 11px a Latin letter is at most about 7 units wide, a Chinese character 11.
        double estimate = label.text().chars().mapToDouble(c -> c < 0x2E80 ? 7 : 11).sum();
        assertThat(Double.parseDouble(label.attr("x")) + estimate)
            .as("right end of '%s'", label.text())
            .isLessThanOrEqualTo(width);
      }
    }
  }

  private static void assertPoints(Document page, String metric, String... expected) {
    List<String> points =
        page.select("svg.trend circle.point[data-metric=" + metric + "]").stream()
            .map(HtmlChecks::point)
            .toList();
    assertThat(points).as(metric).containsExactly(expected);
  }

  @Test
  void pageDrawsTheSectionBarsAndTheMinutesTrend() throws Exception {
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN));

    // q4 counts 0, 2, 0, 3, 1, 2, 0, 0, 0 (sections 2–10); the tallest, 3, is 180 units high, so
    // 2 is 120.0 and 1 is 60.0.
    assertThat(page.select("svg.sections rect.bar.violations").eachAttr("data-count"))
        .containsExactly("0", "2", "0", "3", "1", "2", "0", "0", "0");
    assertThat(page.select("svg.sections rect.bar.violations").eachAttr("height"))
        .containsExactly("0.0", "120.0", "0.0", "180.0", "60.0", "120.0", "0.0", "0.0", "0.0");
    assertThat(page.select("svg.sections rect.bar.warnings").eachAttr("data-count"))
        .containsOnly("0");
    // Minutes on time, on the axis from 90 to 100 %: q3 13/13 → y 20.0; q4 13/14 = 0.92857 →
    // y 220 − 200 × 0.02857 / 0.1 = 162.9.
    List<String> points =
        page.select("svg.trend circle.point[data-metric=minutes-distributed-on-time]").stream()
            .map(HtmlChecks::point)
            .toList();
    assertThat(points).containsExactly("68.0,20.0,1.0000", "600.0,162.9,0.9286");
  }

  @Test
  void theSectionLegendNamesOnlyTheSeriesThatHaveBars() throws Exception {
    // The sample's q4 has violations in four sections and no warning at all.
    Document page = HtmlChecks.selfContainedPage(EvaluationPage.render(report, Language.EN));

    assertThat(page.select("svg.sections rect.legend").eachAttr("fill")).containsExactly("#c0392b");
    assertThat(page.select("svg.sections text").eachText())
        .contains("violations")
        .doesNotContain("warnings");
  }
}
