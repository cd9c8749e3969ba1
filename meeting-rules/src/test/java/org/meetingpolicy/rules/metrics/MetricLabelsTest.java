package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;

/** The names of the metrics and their groups: every one in both languages, Chinese in Chinese. */
class MetricLabelsTest {

  @Test
  void chineseBundleHasEveryKeyAndNoLatinLetter() throws Exception {
    Properties en = load("evaluation.properties");
    Properties zh = load("evaluation_zh.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).doesNotContainPattern("[A-Za-z]");
    }
  }

  @Test
  void everyMetricAndGroupHasATitleInBothLanguages() {
    for (Language language : Language.values()) {
      for (MetricKind kind : MetricKind.values()) {
        assertThat(kind.title(language)).as("%s in %s", kind, language).isNotBlank();
      }
      for (MetricGroup group : MetricGroup.values()) {
        assertThat(group.title(language)).as("%s in %s", group, language).isNotBlank();
      }
    }
    assertThat(MetricGroup.MINUTES.title(Language.ZH)).isEqualTo("会议纪要");
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = MetricLabelsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
