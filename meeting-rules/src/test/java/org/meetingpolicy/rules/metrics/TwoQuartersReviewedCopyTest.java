package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.metrics.TwoQuartersSample.AS_OF;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.RuleTestSupport;

/**
 * The whole text and HTML page of the two-quarter evaluation, in both languages, against reviewed
 * copies: every heading, figure, basis, change, target, source, table row and chart point in its
 * place. The figures are derived by hand, one by one, in {@link TwoQuartersEvaluationTest} and the
 * page's structure is checked in {@link TwoQuartersHtmlTest}; this test pins how they are written.
 * After a deliberate change of wording or layout, review the new output and replace the copy.
 */
class TwoQuartersReviewedCopyTest {

  @Test
  void englishTextIsTheReviewedOne() throws IOException {
    assertThat(report().toText(Language.EN)).isEqualTo(expected("two-quarters.en.txt"));
  }

  @Test
  void chineseTextIsTheReviewedOne() throws IOException {
    assertThat(report().toText(Language.ZH)).isEqualTo(expected("two-quarters.zh.txt"));
  }

  @Test
  void englishPageIsTheReviewedOne() throws IOException {
    assertThat(report().toHtml(Language.EN)).isEqualTo(expected("two-quarters.en.html"));
  }

  @Test
  void chinesePageIsTheReviewedOne() throws IOException {
    assertThat(report().toHtml(Language.ZH)).isEqualTo(expected("two-quarters.zh.html"));
  }

  // Computed per test: a report cached in a static field would hide PIT's mutants.
  private static EffectivenessReport report() {
    return new EffectivenessEvaluator(RuleTestSupport.ENGINE)
        .report(TwoQuartersSample.records(), "2026-Q4", 2, AS_OF);
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = TwoQuartersReviewedCopyTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
