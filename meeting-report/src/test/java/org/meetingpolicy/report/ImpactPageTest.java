package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.impact.Impact;
import org.meetingpolicy.rules.impact.ImpactAnalysis;
import org.meetingpolicy.testkit.SampleQuarters;

@Tag(ReportTestSupport.BUILDS_ENGINE)
class ImpactPageTest {

  private static final MeetingPolicy THURSDAYS =
      MeetingPolicy.defaults().toBuilder()
          .name("Thursdays <proposed> & co")
          .regularMeetingDay(DayOfWeek.THURSDAY)
          .build();

  @Test
  void theThursdayProposalOverTheSampleQuartersInBothLanguages() throws Exception {
    ComplianceEngine current = ReportTestSupport.ENGINE;
    Impact impact =
        new ImpactAnalysis(current, current.withPolicy(THURSDAYS))
            .compare(List.of(SampleQuarters.records()), SampleQuarters.AS_OF);

    for (Language language : Language.values()) {
      String html =
          ImpactPage.render(
              impact, current.policy().zone(), List.of("two-quarters.json"), language);
      Document page = wellFormedAndSelfContained(html);

      assertThat(page.select("html").attr("lang"))
          .isEqualTo(language == Language.ZH ? "zh-CN" : "en");
      assertThat(page.select("table.clauses tr[data-clause]").eachAttr("data-clause"))
          .containsExactly("3.1");
      assertThat(page.select("table.findings tr[data-kind]")).hasSize(impact.findings().size());
      assertThat(page.select("h3").first().text())
          .isEqualTo(
              (language == Language.ZH ? "会议 m-2026-07-03（" : "Meeting m-2026-07-03 (")
                  + "two-quarters.json"
                  + (language == Language.ZH ? "）" : ")"));
      assertThat(html).contains("Thursdays &lt;proposed&gt; &amp; co");
    }
  }

  @Test
  void noChangeSaysSo() throws Exception {
    ComplianceEngine engine = ReportTestSupport.ENGINE;
    Impact impact =
        new ImpactAnalysis(engine, engine)
            .compare(List.of(SampleQuarters.records()), SampleQuarters.AS_OF);

    Document page =
        wellFormedAndSelfContained(
            ImpactPage.render(impact, engine.policy().zone(), List.of(), Language.ZH));

    assertThat(page.select("p.none").text()).startsWith("无变化");
    assertThat(page.select("table")).isEmpty();
  }

  @Test
  void theChineseWordsHaveEveryKeyAndNoLatinWord() throws Exception {
    java.util.Properties en = load("impact_page.properties");
    java.util.Properties zh = load("impact_page_zh.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    zh.forEach(
        (key, text) -> assertThat((String) text).as("%s", key).doesNotContainPattern("[A-Za-z]"));
  }

  private static java.util.Properties load(String name) throws Exception {
    java.util.Properties properties = new java.util.Properties();
    try (var in = ImpactPage.class.getResourceAsStream(name);
        var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Document wellFormedAndSelfContained(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http:").doesNotContain("https:");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, link, img, iframe")).isEmpty();
    return page;
  }
}
