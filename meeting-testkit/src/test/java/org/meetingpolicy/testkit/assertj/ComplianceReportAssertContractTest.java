package org.meetingpolicy.testkit.assertj;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ClauseCatalogue;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;

/**
 * Each assertion passes on exactly what the report holds and fails otherwise, with a message that
 * names what was expected and lists every finding. Reports are built by hand: no engine needed.
 */
class ComplianceReportAssertContractTest {

  private static final Instant AS_OF = Instant.parse("2026-11-16T10:00:00Z");
  private static final MeetingId M1 = MeetingId.of("m-1");

  private static final Finding LATE_NOTICE =
      finding("3.4", "schedule.notice-too-late", Severity.VIOLATION, "The notice was late.");
  private static final Finding SECOND_LATE_NOTICE =
      finding("3.4", "schedule.notice-incomplete", Severity.VIOLATION, "The notice is short.");
  private static final Finding NO_ROLE =
      finding("2.4", "organization.presenter-role", Severity.WARNING, "No role stated.");
  private static final Finding MINUTES_DUE =
      finding("6.5", "minutes.distribution-due", Severity.DUE, "Send the minutes.");
  private static final Finding NOTICE_DUE =
      finding("3.4", "schedule.notice-due", Severity.DUE, "Send the notice.");
  private static final Finding LATE_NOTICE_OTHER_MEETING =
      new Finding(
          "3.4",
          "schedule.notice-too-late",
          Severity.VIOLATION,
          Subject.meeting(MeetingId.of("m-2")),
          null,
          List.of(),
          "中文：The notice was late.",
          "The notice was late.");

  private static final ComplianceReport MIXED =
      report(
          List.of(LATE_NOTICE, SECOND_LATE_NOTICE, NO_ROLE, MINUTES_DUE),
          List.of(
              result("2.4", ClauseStatus.COMPLIANT),
              result("3.4", ClauseStatus.VIOLATED),
              result("6.5", ClauseStatus.DUE),
              result("9.1", ClauseStatus.NOT_APPLICABLE)));

  private static final ComplianceReport EMPTY =
      report(List.of(), List.of(result("3.4", ClauseStatus.COMPLIANT)));

  @Test
  void findingAssertionsPassOnWhatTheReportHolds() {
    assertThatCode(
            () ->
                assertThat(MIXED)
                    .hasViolation("3.4")
                    .hasWarning("2.4")
                    .hasDue("6.5")
                    .hasNoViolation("2.4")
                    .hasNoViolation("6.5")
                    .hasOnlyViolations("3.4")
                    .hasOnlyDue("6.5")
                    .hasFindingFromRule("schedule.notice-incomplete")
                    .hasStatus("9.1", ClauseStatus.NOT_APPLICABLE)
                    .isCompliantWith("2.4"))
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(EMPTY).hasNoFindings().hasNoViolations().hasNoWarnings())
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(EMPTY).hasOnlyViolations().hasOnlyDue())
        .doesNotThrowAnyException();
  }

  @Test
  void severityMattersAsMuchAsTheClause() {
    fails(() -> assertThat(MIXED).hasWarning("3.4"), "Expected a WARNING of clause 3.4");
    fails(() -> assertThat(MIXED).hasViolation("2.4"), "Expected a VIOLATION of clause 2.4");
    fails(() -> assertThat(MIXED).hasDue("3.4"), "Expected a DUE of clause 3.4");
    fails(() -> assertThat(MIXED).hasOnlyDue("3.4"), "missing [3.4] and unexpected [6.5]");
  }

  @Test
  void failuresNameWhatWasExpectedAndListEveryFinding() {
    fails(
        () -> assertThat(MIXED).hasNoViolations(),
        "Expected no VIOLATION findings, but found 2:",
        "  VIOLATION 3.4 [schedule.notice-too-late] meeting m-1: The notice was late.",
        "  VIOLATION 3.4 [schedule.notice-incomplete] meeting m-1: The notice is short.");
    fails(
        () -> assertThat(MIXED).hasNoWarnings(),
        "Expected no WARNING findings, but found 1:",
        "  WARNING 2.4 [organization.presenter-role] meeting m-1: No role stated.");
    fails(
        () -> assertThat(MIXED).hasNoFindings(),
        "Expected no findings, but found:",
        "  DUE 6.5 [minutes.distribution-due] meeting m-1: Send the minutes.");
    fails(
        () -> assertThat(MIXED).hasNoViolation("3.4"),
        "Expected no violation of clause 3.4, but found:",
        "[schedule.notice-too-late]");
    fails(
        () -> assertThat(MIXED).hasOnlyViolations("2.4", "3.4"),
        "Expected VIOLATION findings of exactly clauses [2.4, 3.4], but missing [2.4] and"
            + " unexpected []",
        "[organization.presenter-role]");
    fails(() -> assertThat(MIXED).hasOnlyViolations(), "missing [] and unexpected [3.4]");
    fails(
        () -> assertThat(MIXED).hasFindingFromRule("schedule.notice-missing"),
        "Expected a finding from rule schedule.notice-missing, but found:",
        "[minutes.distribution-due]");
    fails(
        () -> assertThat(MIXED).hasStatus("3.4", ClauseStatus.COMPLIANT),
        "Expected clause 3.4 to be COMPLIANT, but it was VIOLATED. Findings:",
        "[schedule.notice-too-late]");
    fails(
        () -> assertThat(MIXED).isCompliantWith("6.5"),
        "Expected clause 6.5 to be COMPLIANT, but it was DUE");
    fails(
        () -> assertThat(MIXED).hasStatus("10.2", ClauseStatus.COMPLIANT),
        "Expected clause 10.2 to be COMPLIANT, but it was null");
  }

  @Test
  void failuresOnAReportWithoutFindingsSaySo() {
    fails(() -> assertThat(EMPTY).hasViolation("3.4"), "(no findings)");
    fails(() -> assertThat(EMPTY).hasFindingFromRule("x"), "(no findings)");
  }

  @Test
  void findingsListIsOneLinePerFinding() {
    fails(
        () -> assertThat(MIXED).hasNoFindings(),
        // Report order: rule ids alphabetically within a clause.
        "The notice is short."
            + System.lineSeparator()
            + "  VIOLATION 3.4 [schedule.notice-too-late]");
  }

  @Test
  void hasSingleFindingTakesTheClauseWhateverTheSeverity() {
    assertThatCode(
            () ->
                assertThat(MIXED)
                    .hasSingleFinding("2.4")
                    .withSeverity(Severity.WARNING)
                    .fromRule("organization.presenter-role"))
        .doesNotThrowAnyException();
    ComplianceReport violatedAndDue =
        report(List.of(LATE_NOTICE, NOTICE_DUE), List.of(result("3.4", ClauseStatus.VIOLATED)));
    assertThatCode(
            () ->
                assertThat(violatedAndDue)
                    .hasSingle(Severity.VIOLATION, "3.4")
                    .fromRule("schedule.notice-too-late"))
        .doesNotThrowAnyException();
    fails(
        () -> assertThat(violatedAndDue).hasSingleFinding("3.4"),
        "Expected exactly one finding of clause 3.4, but found 2. Findings:",
        "  VIOLATION 3.4 [schedule.notice-too-late] meeting m-1: The notice was late.",
        "  DUE 3.4 [schedule.notice-due] meeting m-1: Send the notice.");
    fails(
        () -> assertThat(MIXED).hasSingleFinding("9.1"),
        "Expected exactly one finding of clause 9.1, but found 0. Findings:",
        "[minutes.distribution-due]");
    fails(() -> assertThat(EMPTY).hasSingleFinding("3.4"), "found 0", "(no findings)");
  }

  @Test
  void hasSingleFindingAmongTakesAnyOfTheClauses() {
    assertThatCode(
            () ->
                assertThat(MIXED)
                    .hasSingleFindingAmong(List.of("9.1", "6.5", "2.10"))
                    .fromRule("minutes.distribution-due"))
        .doesNotThrowAnyException();
    fails(
        () -> assertThat(MIXED).hasSingleFindingAmong(List.of("6.5", "2.4", "9.1")),
        "Expected exactly one finding of clauses [2.4, 6.5, 9.1], but found 2. Findings:",
        "  WARNING 2.4 [organization.presenter-role] meeting m-1: No role stated.");
    fails(
        () -> assertThat(MIXED).hasSingleFindingAmong(List.of("3.4")),
        "Expected exactly one finding of clauses [3.4], but found 2");
  }

  @Test
  void hasSingleFromRuleTakesTheRuleWhateverTheClauseAndSeverity() {
    assertThatCode(
            () ->
                assertThat(MIXED)
                    .hasSingleFromRule("schedule.notice-incomplete")
                    .withSeverity(Severity.VIOLATION)
                    .withMessage(Language.EN, "The notice is short."))
        .doesNotThrowAnyException();
    ComplianceReport twice = report(List.of(LATE_NOTICE, LATE_NOTICE_OTHER_MEETING), List.of());
    fails(
        () -> assertThat(twice).hasSingleFromRule("schedule.notice-too-late"),
        "Expected exactly one finding from rule schedule.notice-too-late, but found 2. Findings:",
        "meeting m-2: The notice was late.");
    fails(
        () -> assertThat(EMPTY).hasSingleFromRule("schedule.notice-too-late"),
        "Expected exactly one finding from rule schedule.notice-too-late, but found 0",
        "(no findings)");
  }

  @Test
  void findingSeverityAndMessagesAreCheckedAndFailuresPrintTheFinding() {
    assertThatCode(
            () ->
                assertThat(MIXED)
                    .hasSingle(Severity.DUE, "6.5")
                    .withSeverity(Severity.DUE)
                    .withMessage(Language.EN, "Send the minutes.")
                    .withMessage(Language.ZH, "中文：Send the minutes.")
                    .withMessageContaining(Language.EN, "the minutes")
                    .withMessageContaining(Language.ZH, "中文")
                    .withMessageStartingWith(Language.EN, "Send the")
                    .withMessageStartingWith(Language.ZH, "中文：Send"))
        .doesNotThrowAnyException();
    fails(
        () -> assertThat(MIXED).hasSingleFinding("2.4").withSeverity(Severity.VIOLATION),
        "Expected the finding to be a VIOLATION, but it is a WARNING:",
        "WARNING 2.4 [organization.presenter-role] meeting m-1: No role stated.");
    fails(
        () -> assertThat(MIXED).hasSingleFinding("2.4").withMessage(Language.EN, "No role."),
        "Expected the EN message",
        "No role.",
        "but it is",
        "No role stated.",
        "[organization.presenter-role]");
    fails(
        () -> assertThat(MIXED).hasSingleFinding("2.4").withMessage(Language.ZH, "No role stated."),
        "Expected the ZH message",
        "but it is",
        "中文：No role stated.");
    fails(
        () ->
            assertThat(MIXED)
                .hasSingleFinding("2.4")
                .withMessageContaining(Language.EN, "never approved"),
        "Expected the EN message to contain",
        "never approved",
        "but it is",
        "No role stated.",
        "[organization.presenter-role]");
    fails(
        () -> assertThat(MIXED).hasSingleFinding("2.4").withMessageContaining(Language.ZH, "角色"),
        "Expected the ZH message to contain",
        "角色",
        "中文：No role stated.");
    fails(
        () ->
            assertThat(MIXED)
                .hasSingleFinding("2.4")
                .withMessageStartingWith(Language.EN, "role stated"),
        "Expected the EN message to start with",
        "role stated",
        "but it is",
        "No role stated.",
        "[organization.presenter-role]");
  }

  @Test
  void everyAssertionFailsOnANullReport() {
    ComplianceReportAssert onNull = assertThat((ComplianceReport) null);
    List<ThrowingCallable> calls =
        List.of(
            onNull::hasNoViolations,
            onNull::hasNoFindings,
            onNull::hasNoWarnings,
            () -> onNull.hasViolation("3.4"),
            () -> onNull.hasNoViolation("3.4"),
            () -> onNull.hasOnlyViolations("3.4"),
            () -> onNull.hasFindingFromRule("x"),
            () -> onNull.hasStatus("3.4", ClauseStatus.VIOLATED),
            () -> onNull.hasSingle(Severity.VIOLATION, "3.4"),
            () -> onNull.hasSingleFinding("3.4"),
            () -> onNull.hasSingleFindingAmong(List.of("3.4")),
            () -> onNull.hasSingleFromRule("x"));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(AssertionError.class).hasMessageContaining("null");
    }
  }

  private static void fails(ThrowingCallable call, String... messageParts) {
    assertThatThrownBy(call)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(messageParts);
  }

  private static Finding finding(String clause, String rule, Severity severity, String message) {
    return new Finding(
        clause,
        rule,
        severity,
        Subject.meeting(M1),
        severity == Severity.DUE ? AS_OF.plusSeconds(3600) : null,
        List.of(),
        "中文：" + message,
        message);
  }

  private static ClauseResult result(String clause, ClauseStatus status) {
    return new ClauseResult(ClauseCatalogue.builtIn().get(clause), status, 0, 0, 0, null);
  }

  private static ComplianceReport report(List<Finding> findings, List<ClauseResult> clauses) {
    return new ComplianceReport(
        "meeting 'm-1' of department 'sales'",
        AS_OF,
        ZoneId.of("Asia/Shanghai"),
        "default",
        List.of(M1),
        findings,
        clauses);
  }
}
