package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleQuarters.AS_OF;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;
import org.meetingpolicy.testkit.SampleQuarters;

/** The evaluation's words: both languages complete, and the Chinese text and page in Chinese. */
class EvaluationTextsTest {

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void chineseBundleHasEveryKeyWithTheSamePlaceholdersAndNoLatinWord() throws Exception {
    Properties en = load("evaluation.properties");
    Properties zh = load("evaluation_zh.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(placeholders(zh.getProperty(key)))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(en.getProperty(key)));
      assertThat(zh.getProperty(key)).as(key).doesNotContainPattern(LATIN);
    }
  }

  @Test
  void everyMetricGroupTrendAndTargetResultHasItsWordsInBothLanguages() {
    for (Language language : Language.values()) {
      for (MetricKind kind : MetricKind.values()) {
        assertThat(kind.title(language)).isNotBlank();
      }
      for (MetricGroup group : MetricGroup.values()) {
        assertThat(group.title(language)).isNotBlank();
      }
      for (Trend trend : Trend.values()) {
        assertThat(Formats.trend(trend, language)).isNotBlank();
      }
      for (TargetResult result : TargetResult.values()) {
        assertThat(Formats.targetResult(result, language)).isNotBlank();
      }
    }
    assertThat(MetricKind.NOTICE_ON_TIME.title(Language.ZH)).isEqualTo("提前通知合规率");
    assertThat(MetricKind.NOTICE_ON_TIME.title(Language.EN)).isEqualTo("Notice on time");
  }

  @Test
  void englishStaysEnglishWhateverTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
      ResourceBundle.clearCache();
      assertThat(Words.EVALUATION.get(Language.EN, "html.metrics")).isEqualTo("Metrics");
      assertThat(MetricGroup.MINUTES.title(Language.EN)).isEqualTo("Minutes");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void argumentsHoldingPlaceholdersAreNotFilledInAgain() {
    assertThat(Words.EVALUATION.get(Language.EN, "title", "{1}", "sales"))
        .isEqualTo("Effectiveness evaluation {1} — sales");
  }

  /**
   * The Chinese text and page of the sample quarters hold no Latin word once what comes from the
   * records is taken out: ids, names, survey questions, indicator names and units, period labels.
   */
  @Test
  void chineseTextAndPageHoldNoLatinWordBeyondTheData() {
    DepartmentRecords records = SampleQuarters.records();
    EffectivenessReport report =
        new EffectivenessEvaluator(ReportTestSupport.ENGINE).report(records, "2026-Q4", 2, AS_OF);
    List<String> data = new ArrayList<>();
    data.add(records.department().id().value());
    data.add(report.current().zone().getId());
    data.add(String.valueOf(report.current().department()));
    records.meetings().forEach(m -> data.add(m.id().value()));
    for (PeriodEvaluation period : report.periods()) {
      data.add(period.period().label());
      data.add(period.previousPeriod().label());
      if (period.evaluation() != null) {
        data.add(period.evaluation().value());
      }
      if (period.targetsFrom() != null) {
        data.add(period.targetsFrom().value());
      }
      period.surveyQuestions().forEach(q -> data.add(q.question()));
      for (Indicator indicator : period.recordedIndicators()) {
        data.add(indicator.name());
        if (indicator.unit() != null) {
          data.add(indicator.unit());
        }
      }
      period.emergencyMeetings().forEach(n -> data.add(String.valueOf(n.reason())));
      period.onlineOrHybridMeetings().forEach(n -> data.add(String.valueOf(n.reason())));
    }
    data.sort((a, b) -> b.length() - a.length());

    List<String> latin = new ArrayList<>();
    String page = Jsoup.parse(EvaluationPage.render(report, Language.ZH)).body().wholeText();
    for (String text : List.of(EvaluationText.render(report, Language.ZH), page)) {
      for (String datum : data) {
        text = text.replace(datum, "");
      }
      // "n = 12": the number of answers, written as statisticians write it in either language.
      text = text.replace("n = ", "");
      for (String line : text.split("\n")) {
        if (LATIN.matcher(line).find()) {
          latin.add(line.strip());
        }
      }
    }
    assertThat(latin).as("lines with Latin words").isEmpty();
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (var in = EvaluationTextsTest.class.getResourceAsStream(name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> found = new TreeSet<>(Collections.emptySet());
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
