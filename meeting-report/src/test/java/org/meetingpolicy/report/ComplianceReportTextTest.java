package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.testkit.reports.HandMadeReport.*;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.ReportNote;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** A report built by hand, as text in both languages. */
class ComplianceReportTextTest {

  @Test
  void textGroupsFindingsByMeetingWithDeadlinesSubjectsRulesAndEvidence() {
    assertThat(ComplianceReportText.render(REPORT, Language.EN))
        .isEqualTo(
            """
            records of department 'sales' as of 2026-11-16 18:00 (Asia/Shanghai)
            meeting m-1
              WARNING 2.4 EN a.role
                meeting m-1 · a.role
              DUE 3.9 EN d.next (by 2026-11-16 19:00)
                meeting m-1 · d.next
              DUE 6.5 EN c.minutes (by 2026-11-16 20:00)
                meeting m-1 · c.minutes
            meeting m-2
              VIOLATION 3.4 EN b.late
                meeting m-2 · b.late
            across meetings
              VIOLATION 3.1 No regular meeting in week 46.
                period 2026-W46 · e.week · week = 2026-W46
            clauses concerned
              3.1 violated: One regular meeting per week, on Friday afternoon.
              3.4 violated: The notice goes out at least one week before the start, by e-mail or\
             internal messaging, stating time, place and agenda.
              3.9 due: After a meeting, the secretary schedules the next one.
              6.5 due: Approved minutes are distributed, timely, to every attendee and to the\
             departments concerned.
            2 violation(s), 1 warning(s), 2 due; clauses: 1 compliant, 2 violated, 2 due, 1 not\
             applicable, 1 not checked
            """);
    assertThat(ComplianceReportText.render(REPORT, Language.ZH))
        .startsWith(
            "records of department 'sales'，截至 2026年11月16日 周一 18:00（Asia/Shanghai）\n会议 m-1\n")
        .contains("  警告 2.4 ZH a.role\n")
        .contains("  待办 3.9 ZH d.next（期限 2026年11月16日 周一 19:00）\n")
        .contains("\n    期间 2026-W46 · e.week · 周 = 2026-W46\n")
        .contains("\n  3.1 违规：原则上每周召开一次")
        .contains("  违规 3.4 ZH b.late\n")
        .contains("跨会议\n  违规 3.1 第 46 周没有例会。\n")
        .endsWith("违规 2 项，警告 1 项，待办 2 项；条款：合规 1，违规 2，待办 2，不适用 1，未检查 1\n");
  }

  @Test
  void aReportNamedInChineseStartsWithItsChineseName() {
    ComplianceReport named = REPORT_NAMED_IN_CHINESE;

    assertThat(ComplianceReportText.render(named, Language.ZH))
        .startsWith("部门 'sales' 的记录，截至 2026年11月16日 周一 18:00");
    assertThat(ComplianceReportText.render(named, Language.EN))
        .isEqualTo(ComplianceReportText.render(REPORT, Language.EN));
  }

  @Test
  void notesFollowTheClausesInTheLanguage() {
    ComplianceReport noted =
        new ComplianceReport(
            REPORT.records(),
            REPORT.recordsZh(),
            AS_OF,
            SHANGHAI,
            "p",
            REPORT.meetings(),
            REPORT.findings(),
            REPORT.clauses(),
            List.of(
                new ReportNote(
                    "calendar-years", "2027 年按周一至周五计。", "2027 is counted Monday to Friday.")));

    assertThat(ComplianceReportText.render(noted, Language.EN))
        .contains("not applicable, 1 not checked")
        .contains("\nnote: 2027 is counted Monday to Friday.\n2 violation(s)");
    assertThat(ComplianceReportText.render(noted, Language.ZH))
        .contains("\n说明：2027 年按周一至周五计。\n违规 2 项");
  }

  @Test
  void anEngineReportNamesEachViolatedOrDueClauseWithItsTextInTheLanguage() {
    ComplianceEngine engine = ReportTestSupport.ENGINE;
    Meeting noNotice =
        GoldenMeeting.GOLDEN.toBuilder().notices(List.of()).responses(List.of()).build();
    ComplianceReport report =
        engine.check(
            DepartmentRecords.of(SampleDepartment.department(), noNotice), GoldenMeeting.AS_OF);

    assertThat(ComplianceReportText.render(report, Language.EN))
        .contains("clauses concerned\n")
        .contains("  3.4 violated: " + engine.catalogue().get("3.4").textEn() + "\n")
        .doesNotContain("  3.10 ");
    assertThat(ComplianceReportText.render(report, Language.ZH))
        .contains("相关条款\n")
        .contains("  3.4 违规：" + engine.catalogue().get("3.4").textZh() + "\n");
  }

  @Test
  void theChineseWordsHaveEveryKeyAndNoLatinWord() throws Exception {
    Properties en = load("compliance_report.properties");
    Properties zh = load("compliance_report_zh.properties");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    zh.forEach(
        (key, text) -> assertThat((String) text).as("%s", key).doesNotContainPattern("[A-Za-z]"));
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (var in = ComplianceReportText.class.getResourceAsStream(name);
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
