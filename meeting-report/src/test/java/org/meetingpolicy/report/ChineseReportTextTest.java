package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Evidence;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * Chinese reports are Chinese: every word a reader sees with {@code --lang zh} is Chinese, except
 * what comes from the data (ids, names, titles), rule ids and the zone's id. (The rules' own
 * templates and constants: meeting-rules' ChineseTextTest.)
 */
class ChineseReportTextTest {

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  /**
   * Whole reports in Chinese — the golden meeting, the sample quarters and random records at
   * instants throughout their lives — hold no Latin word once the data, the rule ids and the zone
   * are taken out.
   */
  @Test
  void chineseReportsHoldNoLatinWordBeyondTheData() {
    List<DepartmentRecords> checked = new ArrayList<>();
    List<ComplianceReport> reports = new ArrayList<>();
    checked.add(GoldenMeeting.records());
    reports.add(ReportTestSupport.ENGINE.check(GoldenMeeting.records(), GoldenMeeting.AS_OF));
    checked.add(SampleQuarters.records());
    reports.add(ReportTestSupport.ENGINE.check(SampleQuarters.records(), SampleQuarters.AS_OF));
    for (long seed : RandomRecords.seeds(40).toArray()) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      for (int i = 0; i < 2; i++) {
        checked.add(records);
        reports.add(ReportTestSupport.ENGINE.check(records, random.asOf(records)));
      }
    }
    List<String> latin = new ArrayList<>();
    int evidence = 0;
    for (int r = 0; r < reports.size(); r++) {
      ComplianceReport report = reports.get(r);
      String text = ComplianceReportText.render(report, Language.ZH);
      // The zone's and the working calendar's ids name things; they are not words.
      List<String> data = new ArrayList<>(List.of(report.zone().getId(), "mainland-china"));
      data.add(checked.get(r).department().id().value());
      checked.get(r).meetings().forEach(m -> data.add(m.id().value()));
      for (Finding finding : report.findings()) {
        data.add(finding.ruleId());
        data.add(finding.subject().id());
        if (finding.subject().meeting() != null) {
          data.add(finding.subject().meeting().value());
        }
        for (Evidence e : finding.evidence()) {
          evidence++;
          assertThat(Format.evidenceName(e.name(), Language.ZH))
              .as("the name of evidence %s in Chinese", e.name())
              .doesNotContainPattern(LATIN);
          // A list's elements: the Chinese joins with 、 where English joins with a comma.
          for (String element : e.value().split(", ")) {
            if (e.valueZh().contains(element) && isData(element)) {
              data.add(element);
            }
          }
        }
      }
      // Longest first, so that an id inside another is not taken out first.
      data.sort((a, b) -> b.length() - a.length());
      for (String datum : data) {
        text = text.replace(datum, "");
      }
      for (String line : text.split("\n")) {
        if (LATIN.matcher(line).find()) {
          latin.add(line);
        }
      }
    }

    assertThat(evidence).isGreaterThan(1_000);
    assertThat(latin.stream().distinct().limit(20)).as("lines with Latin words").isEmpty();
  }

  /**
   * Whether an untranslated evidence value comes from the records: not a constant's name, not an
   * English unit, not an English word the rules wrote.
   */
  private static boolean isData(String value) {
    return LATIN.matcher(value).find()
        && !value.matches(".*\\b[A-Z][A-Z_]{2,}\\b.*")
        && !value.matches(".*\\d+ (d|h|min|s)\\b.*")
        && !value.equals("none")
        && !value.equals("true")
        && !value.equals("false");
  }
}
