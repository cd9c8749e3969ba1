package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.rules.Language;

class CliTextTest {

  @Test
  void chineseBundlesHaveEveryKeyAndNoLatinWord() throws Exception {
    for (String bundle : new String[] {"cli", "rollup", "impact"}) {
      Properties en = load(bundle + ".properties");
      Properties zh = load(bundle + "_zh.properties");

      assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
      for (String key : zh.stringPropertyNames()) {
        // MessageFormat's own words ({1,choice,…}) and option names (--format json) are syntax.
        String text =
            zh.getProperty(key)
                .replaceAll("\\{\\d+(,(choice|number))?", "")
                .replaceAll("--[a-z-]+ [a-z]+", "");
        assertThat(text).as(bundle + " " + key).doesNotContainPattern("[A-Za-z]");
      }
    }
  }

  @Test
  void theEnglishReconciliationLineIsTheJsonReportsOne() {
    assertThat(TextReport.reconciliation(100_000, 99_998, 1, 1, Language.EN))
        .isEqualTo(BatchReport.reconciliation(100_000, 99_998, 1, 1) + "\n");
    assertThat(TextReport.reconciliation(3, 3, 0, 0, Language.EN))
        .isEqualTo(BatchReport.reconciliation(3, 3, 0, 0) + "\n");
    assertThat(TextReport.reconciliation(100_000, 99_998, 1, 1, Language.ZH))
        .isEqualTo("读取 100000 份记录，检查 99998 份，拒绝 1 份，失败 1 份\n");
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (var in = CliTextTest.class.getResourceAsStream(name);
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
