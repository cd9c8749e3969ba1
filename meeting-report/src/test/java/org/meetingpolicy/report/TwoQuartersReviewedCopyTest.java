package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.SampleQuarters.AS_OF;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.metrics.*;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * The whole text and HTML page of the two-quarter evaluation, in both languages, against reviewed
 * copies: every heading, figure, basis, change, target, source, table row and chart point in its
 * place. The figures are derived by hand, one by one, in {@link TwoQuartersEvaluationTest} and the
 * page's structure is checked in {@link TwoQuartersHtmlTest}; this test pins how they are written.
 * After a deliberate change of wording or layout, rewrite the copies with {@code
 * -Dmeetingpolicy.reviewed.write=true} (run from the module directory), review their diff, and
 * commit them.
 */
class TwoQuartersReviewedCopyTest {

  @Test
  void englishTextIsTheReviewedOne() throws IOException {
    String actual = EvaluationText.render(report(), Language.EN);
    assertThat(actual).isEqualTo(expected("two-quarters.en.txt", actual));
  }

  @Test
  void chineseTextIsTheReviewedOne() throws IOException {
    String actual = EvaluationText.render(report(), Language.ZH);
    assertThat(actual).isEqualTo(expected("two-quarters.zh.txt", actual));
  }

  @Test
  void englishPageIsTheReviewedOne() throws IOException {
    String actual = EvaluationPage.render(report(), Language.EN);
    assertThat(actual).isEqualTo(expected("two-quarters.en.html", actual));
  }

  @Test
  void chinesePageIsTheReviewedOne() throws IOException {
    String actual = EvaluationPage.render(report(), Language.ZH);
    assertThat(actual).isEqualTo(expected("two-quarters.zh.html", actual));
  }

  // Computed per test: a report cached in a static field would hide PIT's mutants.
  private static EffectivenessReport report() {
    return new EffectivenessEvaluator(ReportTestSupport.ENGINE)
        .report(SampleQuarters.records(), "2026-Q4", 2, AS_OF);
  }

  private static String expected(String name, String actual) throws IOException {
    if (Boolean.getBoolean("meetingpolicy.reviewed.write")) {
      Files.writeString(
          Path.of("src/test/resources/org/meetingpolicy/report", name),
          actual,
          StandardCharsets.UTF_8);
    }
    try (InputStream in = TwoQuartersReviewedCopyTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
