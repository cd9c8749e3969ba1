package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.core.fixtures.SampleQuarters.AS_OF;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.fixtures.SampleQuarters;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.RuleTestSupport;

/**
 * The HTML page of {@link SampleQuarters}: self-contained and well-formed, with the trend points of
 * the figures that do not need the rules still being written (those are in {@link
 * TwoQuartersRuleMetricsTest}).
 */
class TwoQuartersHtmlTest {

  // Per test, not static: a report cached once per JVM would hide PIT's mutants from the tests.
  private final EffectivenessReport report =
      new EffectivenessEvaluator(RuleTestSupport.ENGINE)
          .report(SampleQuarters.records(), "2026-Q4", 2, AS_OF);

  @Test
  void englishAndChinesePagesAreSelfContainedAndWellFormed() throws Exception {
    for (Language language : Language.values()) {
      Document page = HtmlChecks.selfContainedPage(report.toHtml(language));

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
    String html = report.toHtml(Language.EN);

    assertThat(html).contains("Key customer &lt;Acme &amp; Co&gt; threatens");
    Document page = HtmlChecks.selfContainedPage(html);
    assertThat(page.select("li").eachText())
        .contains(
            "m-2026-11-17 · 2026-11-17 10:00 · IN_PERSON · " + SampleQuarters.EMERGENCY_REASON);
  }

  @Test
  void trendPointsSitAtEachQuartersValue() throws Exception {
    Document page = HtmlChecks.selfContainedPage(report.toHtml(Language.EN));

    // Two periods: x = 48 + 20 = 68 and 620 − 20 = 600; y = 220 − 200 × value.
    // Notice on time: Q3 13/13 → y 20.0; Q4 12/13 = 0.92308 → y 220 − 184.615 = 35.4.
    assertPoints(page, "notice-on-time", "68.0,20.0,1.0000", "600.0,35.4,0.9231");
    // Attendance: Q3 116/117 = 0.99145 → y 21.7; Q4 125/126 = 0.99206 → y 21.6.
    assertPoints(page, "attendance-rate", "68.0,21.7,0.9915", "600.0,21.6,0.9921");
    // Arrived on time: Q3 1 → y 20.0; Q4 123/125 = 0.984 → y 23.2.
    assertPoints(page, "punctuality", "68.0,20.0,1.0000", "600.0,23.2,0.9840");
    // Cadence 13/13 both quarters.
    assertPoints(page, "weekly-cadence", "68.0,20.0,1.0000", "600.0,20.0,1.0000");
    // Decisions: Q3 11/12 = 0.91667 → y 36.7; Q4 13/14 = 0.92857 → y 34.3.
    assertPoints(page, "decision-execution-rate", "68.0,36.7,0.9167", "600.0,34.3,0.9286");
    assertThat(page.select("polyline.line[data-metric=notice-on-time]").attr("points"))
        .isEqualTo("68.0,20.0 600.0,35.4");
  }

  @Test
  void sectionChartHasAViolationAndAWarningBarForEverySection() throws Exception {
    Document page = HtmlChecks.selfContainedPage(report.toHtml(Language.EN));

    assertThat(page.select("svg.sections rect.bar.violations").eachAttr("data-section"))
        .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(page.select("svg.sections rect.bar.warnings").eachAttr("data-section"))
        .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void theTrendLegendStaysInsideTheChart() throws Exception {
    for (Language language : Language.values()) {
      Document page = HtmlChecks.selfContainedPage(report.toHtml(language));
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
}
