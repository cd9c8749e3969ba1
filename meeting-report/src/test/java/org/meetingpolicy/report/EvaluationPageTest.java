package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.reports.HandMadeEvaluations.*;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;

/**
 * The page of hand-made evaluations, independent of the rules: chart geometry, gaps in a trend
 * line, bar heights, escaping.
 */
class EvaluationPageTest {

  @Test
  void trendLineBreaksWhereAPeriodHasNoValue() throws Exception {
    Document page =
        HtmlChecks.selfContainedPage(EvaluationPage.render(threeQuarters(), Language.EN));

    // Three periods: x = 68, 334, 600 (68 + 532 × i / 2). The values run from 50 to 100 %, so
    // the axis does, in steps of 10: y = 220 − 200 × (value − 0.5) / 0.5.
    assertThat(page.select("svg.trend text.tick").eachText())
        .containsExactly("50 %", "60 %", "70 %", "80 %", "90 %", "100 %");
    assertThat(
            page.select("svg.trend circle.point[data-metric=attendance-rate]").stream()
                .map(HtmlChecks::point))
        .containsExactly("68.0,60.0,0.9000", "334.0,40.0,0.9500", "600.0,20.0,1.0000");
    assertThat(page.select("polyline.line[data-metric=attendance-rate]").eachAttr("points"))
        .containsExactly("68.0,60.0 334.0,40.0 600.0,20.0");
    // Notice on time has no Q3 value: two lone points and no line across the gap.
    assertThat(
            page.select("svg.trend circle.point[data-metric=notice-on-time]").stream()
                .map(HtmlChecks::point))
        .containsExactly("68.0,220.0,0.5000", "600.0,20.0,1.0000");
    assertThat(page.select("polyline.line[data-metric=notice-on-time]")).isEmpty();
    assertThat(page.select("svg.trend text.period").eachText())
        .containsExactly("2026-Q2", "2026-Q3", "2026-Q4");
  }

  @Test
  void sectionBarsAreScaledToTheLargestCount() throws Exception {
    Document page =
        HtmlChecks.selfContainedPage(EvaluationPage.render(threeQuarters(), Language.EN));

    // Largest count 4 → 180 units; 2 → 90; 1 → 45; bars stand on y = 200.
    var violations = page.select("svg.sections rect.bar.violations");
    assertThat(violations.eachAttr("data-count"))
        .containsExactly("0", "4", "0", "2", "0", "0", "0", "0", "0");
    assertThat(violations.eachAttr("height"))
        .containsExactly("0.0", "180.0", "0.0", "90.0", "0.0", "0.0", "0.0", "0.0", "0.0");
    assertThat(violations.get(1).attr("y")).isEqualTo("20.0");
    var warnings = page.select("svg.sections rect.bar.warnings");
    assertThat(warnings.eachAttr("data-count"))
        .containsExactly("0", "1", "0", "0", "0", "0", "0", "0", "0");
    assertThat(warnings.get(1).attr("height")).isEqualTo("45.0");
    assertThat(page.select("svg.sections text.count").eachText()).containsExactly("4", "1", "2");
    // Both series have bars, so both have a legend entry.
    assertThat(page.select("svg.sections rect.legend")).hasSize(2);
  }

  @Test
  void everyTextFromTheRecordsIsEscaped() throws Exception {
    String html = EvaluationPage.render(threeQuarters(), Language.ZH);

    assertThat(html)
        .contains("Sales &lt;East&gt; &amp; &quot;Co&quot;")
        .contains("Typhoon &quot;Bebinca&quot; &lt;signal 8&gt; &amp; rain")
        .doesNotContain("<East>");
    Document page = HtmlChecks.selfContainedPage(html);
    assertThat(page.select("h1").text()).isEqualTo("会议效果评估 2026-Q4 — Sales <East> & \"Co\"");
  }
}
