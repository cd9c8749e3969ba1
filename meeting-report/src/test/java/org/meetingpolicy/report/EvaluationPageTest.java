package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;

/**
 * The page of hand-made evaluations, independent of the rules: chart geometry, gaps in a trend
 * line, bar heights, escaping.
 */
class EvaluationPageTest {

  private static final CalendarPeriod Q2 = EvaluationPeriods.parse("2026-Q2", ZONE);
  private static final CalendarPeriod Q3 = EvaluationPeriods.parse("2026-Q3", ZONE);
  private static final CalendarPeriod Q4 = EvaluationPeriods.parse("2026-Q4", ZONE);

  /** An evaluation where only the given metrics are measured, with the given breaches. */
  private static PeriodEvaluation evaluation(
      CalendarPeriod period,
      CalendarPeriod previous,
      Map<MetricKind, Double> values,
      List<SectionTally> sections,
      String department) {
    List<Metric> metrics = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      Double value = values.get(kind);
      metrics.add(
          value == null
              ? new Metric(kind, MetricStatus.NO_DATA, null, null, null, 0, null, null)
              : new Metric(kind, MetricStatus.MEASURED, value, null, null, 0, null, null));
    }
    return new PeriodEvaluation(
        department,
        period,
        previous,
        period.end(),
        ZONE,
        metrics,
        List.of(),
        List.of(
            new MeetingNote(
                MeetingId.of("m-1"),
                period.start().atZone(ZONE),
                MeetingMode.HYBRID,
                "Typhoon \"Bebinca\" <signal 8> & rain")),
        Map.of(),
        List.of(),
        sections,
        null,
        null,
        List.of());
  }

  private static List<SectionTally> noBreaches() {
    List<SectionTally> sections = new ArrayList<>();
    for (int section = 2; section <= 10; section++) {
      sections.add(new SectionTally(section, 0, 0));
    }
    return sections;
  }

  private static EffectivenessReport threeQuarters() {
    List<SectionTally> q4Sections = new ArrayList<>(noBreaches());
    q4Sections.set(1, new SectionTally(3, 4, 1));
    q4Sections.set(3, new SectionTally(5, 2, 0));
    return EffectivenessReport.of(
        List.of(
            evaluation(
                Q2,
                EvaluationPeriods.parse("2026-Q1", ZONE),
                Map.of(MetricKind.NOTICE_ON_TIME, 0.5, MetricKind.ATTENDANCE_RATE, 0.9),
                noBreaches(),
                "Sales"),
            evaluation(Q3, Q2, Map.of(MetricKind.ATTENDANCE_RATE, 0.95), noBreaches(), "Sales"),
            evaluation(
                Q4,
                Q3,
                Map.of(MetricKind.NOTICE_ON_TIME, 1.0, MetricKind.ATTENDANCE_RATE, 1.0),
                q4Sections,
                "Sales <East> & \"Co\"")));
  }

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
