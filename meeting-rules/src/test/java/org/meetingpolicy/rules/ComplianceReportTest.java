package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.testkit.reports.HandMadeReport.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.MeetingId;

/**
 * The report on its own, built by hand: the order of findings, the views by severity, clause and
 * meeting, the tally and the summary in both languages (its text: meeting-report's
 * ComplianceReportTextTest). The engine's tests show that reports are right; these show that a
 * report says what it holds.
 */
class ComplianceReportTest {

  @Test
  void findingsAreInReportOrderWithoutRepeats() {
    // By meeting (department-wide last), then severity, clause and rule.
    assertThat(REPORT.findings()).containsExactly(ROLE, NEXT_DUE, MINUTES_DUE, LATE, WEEK);
    assertThat(REPORT.meetings()).containsExactly(M1, M2);
  }

  @Test
  void viewsSelectBySeverityClauseAndMeeting() {
    assertThat(REPORT.violations()).containsExactly(LATE, WEEK);
    assertThat(REPORT.warnings()).containsExactly(ROLE);
    assertThat(REPORT.findings(Severity.DUE)).containsExactly(NEXT_DUE, MINUTES_DUE);
    assertThat(REPORT.due()).as("earliest deadline first").containsExactly(NEXT_DUE, MINUTES_DUE);
    assertThat(REPORT.findingsOf("3.4")).containsExactly(LATE);
    assertThat(REPORT.findingsOf("7.1")).isEmpty();
    assertThat(REPORT.findingsFor(M1)).containsExactly(ROLE, NEXT_DUE, MINUTES_DUE);
    assertThat(REPORT.findingsFor(MeetingId.of("m-9"))).isEmpty();
    assertThat(REPORT.findingsByClause().keySet())
        .containsExactly("2.4", "3.1", "3.4", "3.9", "6.5");
    assertThat(REPORT.findingsByClause()).containsEntry("3.4", List.of(LATE));
  }

  @Test
  void complianceAndThresholdsFollowTheMostSeriousFinding() {
    assertThat(REPORT.isCompliant()).isFalse();
    assertThat(REPORT.hasFindingsAtLeast(Severity.VIOLATION)).isTrue();
    ComplianceReport onlyDue = report(List.of(MINUTES_DUE), List.of());
    assertThat(onlyDue.isCompliant()).isTrue();
    assertThat(onlyDue.hasFindingsAtLeast(Severity.WARNING)).isFalse();
    assertThat(onlyDue.hasFindingsAtLeast(Severity.DUE)).isTrue();
    ComplianceReport onlyWarning = report(List.of(ROLE), List.of());
    assertThat(onlyWarning.hasFindingsAtLeast(Severity.WARNING)).isTrue();
    assertThat(onlyWarning.hasFindingsAtLeast(Severity.VIOLATION)).isFalse();
    assertThat(report(List.of(), List.of()).hasFindingsAtLeast(Severity.DUE)).isFalse();
  }

  @Test
  void statusOfEveryClauseInTheTableAndRefusalOfOthers() {
    assertThat(REPORT.status("3.9")).isEqualTo(ClauseStatus.DUE);
    assertThat(REPORT.clause("9.1"))
        .map(ClauseResult::status)
        .contains(ClauseStatus.NOT_APPLICABLE);
    assertThat(REPORT.clause("7.1")).isEmpty();
    assertThatThrownBy(() -> REPORT.status("7.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7.1");
    assertThat(REPORT.statusCounts())
        .isEqualTo(
            Map.of(
                ClauseStatus.VIOLATED, 2L,
                ClauseStatus.DUE, 2L,
                ClauseStatus.COMPLIANT, 1L,
                ClauseStatus.NOT_APPLICABLE, 1L,
                ClauseStatus.NOT_CHECKED, 1L));
  }

  @Test
  void summaryCountsFindingsAndClausesInBothLanguages() {
    assertThat(REPORT.summary())
        .isEqualTo(REPORT.summary(Language.EN))
        .isEqualTo(
            "2 violation(s), 1 warning(s), 2 due; clauses: 1 compliant, 2 violated, 2 due,"
                + " 1 not applicable, 1 not checked");
    assertThat(REPORT.summary(Language.ZH))
        .isEqualTo("违规 2 项，警告 1 项，待办 2 项；条款：合规 1，违规 2，待办 2，不适用 1，未检查 1");
    ComplianceReport allChecked =
        report(List.of(), List.of(result("2.4", ClauseStatus.COMPLIANT, 0, 0, 0)));
    assertThat(allChecked.summary(Language.EN)).endsWith("0 not applicable");
    assertThat(allChecked.summary(Language.ZH)).endsWith("不适用 0");
  }

  @Test
  void aReportNamesItsRecordsInChineseWhenGivenTheChineseName() {
    ComplianceReport named = REPORT_NAMED_IN_CHINESE;

    assertThat(named.records(Language.ZH)).isEqualTo("部门 'sales' 的记录");
    assertThat(named.records(Language.EN)).isEqualTo(REPORT.records(Language.EN));
    assertThat(named).isNotEqualTo(REPORT);
    assertThat(REPORT.records(Language.ZH)).isEqualTo(REPORT.records());
  }

  @Test
  void labelsNameTheSeverityInEachLanguage() {
    assertThat(ComplianceReport.label(Severity.VIOLATION, Language.EN)).isEqualTo("VIOLATION");
    assertThat(ComplianceReport.label(Severity.VIOLATION, Language.ZH)).isEqualTo("违规");
    assertThat(ComplianceReport.label(Severity.WARNING, Language.ZH)).isEqualTo("警告");
    assertThat(ComplianceReport.label(Severity.DUE, Language.ZH)).isEqualTo("待办");
  }

  @Test
  void equalityCoversEveryPart() {
    ComplianceReport same =
        report(List.of(LATE, ROLE, MINUTES_DUE, NEXT_DUE, WEEK), REPORT.clauses());

    assertThat(same).isEqualTo(REPORT).hasSameHashCodeAs(REPORT);
    assertThat(same.toString()).isEqualTo(REPORT.toString()).contains(REPORT.summary());
    List<ComplianceReport> others =
        List.of(
            new ComplianceReport(
                "other",
                AS_OF,
                SHANGHAI,
                "p",
                REPORT.meetings(),
                REPORT.findings(),
                REPORT.clauses()),
            withAsOf(AS_OF.plusSeconds(1)),
            new ComplianceReport(
                REPORT.records(),
                AS_OF,
                ZoneId.of("UTC"),
                "p",
                REPORT.meetings(),
                REPORT.findings(),
                REPORT.clauses()),
            new ComplianceReport(
                REPORT.records(),
                AS_OF,
                SHANGHAI,
                "q",
                REPORT.meetings(),
                REPORT.findings(),
                REPORT.clauses()),
            new ComplianceReport(
                REPORT.records(),
                AS_OF,
                SHANGHAI,
                "p",
                List.of(M1),
                REPORT.findings(),
                REPORT.clauses()),
            new ComplianceReport(
                REPORT.records(),
                AS_OF,
                SHANGHAI,
                "p",
                REPORT.meetings(),
                List.of(LATE),
                REPORT.clauses()),
            new ComplianceReport(
                REPORT.records(),
                AS_OF,
                SHANGHAI,
                "p",
                REPORT.meetings(),
                REPORT.findings(),
                List.of()));
    assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(REPORT));
    assertThat(REPORT).isNotEqualTo("a report");
    assertThat(REPORT.records()).isEqualTo("records of department 'sales'");
    assertThat(REPORT.asOf()).isEqualTo(AS_OF);
    assertThat(REPORT.zone()).isEqualTo(SHANGHAI);
    assertThat(REPORT.policyName()).isEqualTo("p");
  }

  @Test
  void departmentWideSubjectsSortAfterEveryMeeting() {
    Finding room = finding("3.5", "f.room", Severity.VIOLATION, null, null);
    Finding dept =
        new Finding(
            "2.3",
            "g.dept",
            Severity.WARNING,
            Subject.department(DepartmentId.of("sales")),
            null,
            List.of(),
            "z",
            "e");

    ComplianceReport report = report(List.of(room, dept, LATE), List.of());

    assertThat(report.findings()).containsExactly(LATE, room, dept);
  }

  private static ComplianceReport withAsOf(Instant asOf) {
    return new ComplianceReport(
        REPORT.records(),
        asOf,
        SHANGHAI,
        "p",
        REPORT.meetings(),
        REPORT.findings(),
        REPORT.clauses());
  }

  @Test
  void theChineseReportWordsHaveEveryKeyAndNoLatinWord() throws Exception {
    java.util.Properties en = load("report.properties");
    java.util.Properties zh = load("report_zh.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    zh.forEach(
        (key, text) -> assertThat((String) text).as("%s", key).doesNotContainPattern("[A-Za-z]"));
    for (ClauseStatus status : ClauseStatus.values()) {
      assertThat(ComplianceReport.statusLabel(status, Language.ZH)).isNotBlank();
    }
    assertThat(ComplianceReport.statusLabel(ClauseStatus.NOT_APPLICABLE, Language.EN))
        .isEqualTo("not applicable");
    assertThat(ComplianceReport.label(Severity.DUE, Language.ZH)).isEqualTo("待办");
  }

  private static java.util.Properties load(String name) throws Exception {
    java.util.Properties properties = new java.util.Properties();
    try (var in = ComplianceReport.class.getResourceAsStream(name);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
