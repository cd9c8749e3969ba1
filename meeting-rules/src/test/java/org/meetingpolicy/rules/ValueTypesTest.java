package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.testkit.GoldenMeeting;

/**
 * The small value types of the API on their own: clause order, calendar periods, subjects,
 * findings, evidence, severities, clauses, batch results and the rule failure.
 */
class ValueTypesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void clauseIdsOrderNumericallyPartByPartThenAsText() {
    List<String> ids =
        new ArrayList<>(List.of("X-1", "4.1", "3.10", "3", "3.9", "10.2", "3.1", "X-1.2", "3.a"));

    ids.sort(ClauseIds.ORDER);

    assertThat(ids)
        .containsExactly("3", "3.1", "3.9", "3.10", "3.a", "4.1", "10.2", "X-1", "X-1.2");
    assertThat(ClauseIds.ORDER.compare("3.4", "3.4")).isZero();
    assertThat(ClauseIds.ORDER.compare("3.04", "3.4"))
        .as("same number, told apart as text")
        .isNegative();
    // Parts of ten digits or more are text, not numbers that could overflow.
    assertThat(ClauseIds.ORDER.compare("1.9999999999", "1.2")).isPositive();
    assertThat(ClauseIds.ORDER.compare("1.", "1.1")).isNegative();
  }

  @Test
  void calendarPeriodsRunFromTheirStartToTheStartOfTheNext() {
    CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2026, 11, 15), SHANGHAI);

    assertThat(week.label()).isEqualTo("2026-W46").isEqualTo(week.toString());
    assertThat(week.start()).isEqualTo(Instant.parse("2026-11-08T16:00:00Z"));
    assertThat(week.end()).isEqualTo(Instant.parse("2026-11-15T16:00:00Z"));
    assertThat(week.contains(week.start())).isTrue();
    assertThat(week.contains(week.end())).isFalse();
    assertThat(week.contains(week.start().minusNanos(1))).isFalse();
    assertThat(week.isOverAt(week.end())).isTrue();
    assertThat(week.isOverAt(week.end().minusNanos(1))).isFalse();
    assertThat(CalendarPeriod.week(LocalDate.of(2027, 1, 1), SHANGHAI).label())
        .isEqualTo("2026-W53");
    assertThat(CalendarPeriod.month(LocalDate.of(2026, 2, 27), SHANGHAI).label())
        .isEqualTo("2026-02");
    assertThat(
            CalendarPeriod.evaluationPeriod(
                LocalDate.of(2026, 9, 30), EvaluationCycle.QUARTERLY, SHANGHAI))
        .extracting(CalendarPeriod::label, CalendarPeriod::start)
        .containsExactly("2026-Q3", Instant.parse("2026-06-30T16:00:00Z"));
    assertThat(
            CalendarPeriod.evaluationPeriod(
                LocalDate.of(2026, 7, 1), EvaluationCycle.HALF_YEARLY, SHANGHAI))
        .extracting(CalendarPeriod::label, CalendarPeriod::end)
        .containsExactly("2026-H2", Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(EvaluationCycle.QUARTERLY.months()).isEqualTo(3);
    assertThat(EvaluationCycle.HALF_YEARLY.months()).isEqualTo(6);
  }

  @Test
  void calendarPeriodsOrderByStartThenLabelAndRefuseEmptySpans() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    CalendarPeriod a = new CalendarPeriod("a", t, t.plusSeconds(10));
    CalendarPeriod b = new CalendarPeriod("b", t, t.plusSeconds(5));
    CalendarPeriod later = new CalendarPeriod("0", t.plusSeconds(1), t.plusSeconds(2));

    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(later)).isNegative();
    assertThat(later.compareTo(a)).isPositive();
    assertThat(a.compareTo(new CalendarPeriod("a", t, t.plusSeconds(1)))).isZero();
    assertThatThrownBy(() -> new CalendarPeriod("empty", t, t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> new CalendarPeriod(null, t, t.plusSeconds(1)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void subjectsNameWhatTheyAreAboutAndOrderByMeetingKindAndId() {
    MeetingId m = MeetingId.of("m-1");

    assertThat(Subject.meeting(m)).hasToString("meeting m-1");
    assertThat(Subject.person(m, PersonId.of("p-1"))).hasToString("person p-1 in meeting m-1");
    assertThat(Subject.agendaItem(m, AgendaItemId.of("a1")))
        .hasToString("agenda item a1 in meeting m-1");
    assertThat(Subject.minutes(m)).hasToString("minutes m-1 in meeting m-1");
    assertThat(Subject.resolution(m, ResolutionId.of("r-1")))
        .hasToString("resolution r-1 in meeting m-1");
    assertThat(Subject.room(RoomId.of("room-a"))).hasToString("room room-a");
    assertThat(Subject.department(DepartmentId.of("sales"))).hasToString("department sales");
    assertThat(Subject.period("2026-W46")).hasToString("period 2026-W46");
    assertThat(Subject.evaluation(EvaluationId.of("e-1"))).hasToString("evaluation e-1");
    assertThat(Subject.revision(RevisionId.of("rev-1"))).hasToString("revision rev-1");
    assertThat(Subject.room(RoomId.of("r")).meeting()).isNull();

    List<Subject> subjects =
        new ArrayList<>(
            List.of(
                Subject.person(MeetingId.of("m-2"), PersonId.of("a")),
                Subject.person(m, PersonId.of("b")),
                Subject.person(m, PersonId.of("a")),
                Subject.meeting(m),
                Subject.period("2026-W46")));
    subjects.sort(Subject::compareTo);
    assertThat(subjects)
        .containsExactly(
            Subject.period("2026-W46"),
            Subject.meeting(m),
            Subject.person(m, PersonId.of("a")),
            Subject.person(m, PersonId.of("b")),
            Subject.person(MeetingId.of("m-2"), PersonId.of("a")));
    assertThatThrownBy(() -> new Subject(null, "x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Subject(SubjectKind.ROOM, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void findingsCarryEvidenceAndOrderOnEveryPart() {
    Subject subject = Subject.meeting(MeetingId.of("m-1"));
    Instant at = Instant.parse("2026-11-13T06:00:00Z");
    Finding finding =
        new Finding(
            "3.4",
            "schedule.notice-too-late",
            Severity.VIOLATION,
            subject,
            at,
            List.of(new Evidence("lead", "2 d"), new Evidence("required", "7 d")),
            "通知太晚。",
            "The notice was late.");

    assertThat(finding.evidenceValue("required")).contains("7 d");
    assertThat(finding.evidenceValue("missing")).isEmpty();
    assertThat(finding.evidenceText()).isEqualTo("lead = 2 d; required = 7 d");
    assertThat(finding.message(Language.ZH)).isEqualTo("通知太晚。");
    assertThat(finding.message(Language.EN)).isEqualTo("The notice was late.");
    assertThat(finding)
        .hasToString("VIOLATION 3.4 [schedule.notice-too-late] meeting m-1: The notice was late.");

    Finding noInstant = withAt(finding, null);
    Finding laterInstant = withAt(finding, at.plusSeconds(1));
    Finding otherEvidence =
        new Finding("3.4", finding.ruleId(), Severity.VIOLATION, subject, at, List.of(), "z", "e");
    List<Finding> findings =
        new ArrayList<>(List.of(laterInstant, finding, noInstant, otherEvidence));
    findings.sort(Finding.ORDER);
    assertThat(findings).containsExactly(noInstant, otherEvidence, finding, laterInstant);
    assertThatThrownBy(() -> new Finding(null, "r", Severity.DUE, subject, at, List.of(), "z", "e"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new Finding("3.4", "r", Severity.DUE, subject, at, List.of(), null, "e"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new Finding("3.4", "r", Severity.DUE, subject, at, List.of(), "z", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Evidence("x", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void severitiesCompareBySeriousness() {
    assertThat(Severity.VIOLATION.isAtLeast(Severity.VIOLATION)).isTrue();
    assertThat(Severity.VIOLATION.isAtLeast(Severity.DUE)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.VIOLATION)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.DUE.isAtLeast(Severity.WARNING)).isFalse();
  }

  @Test
  void clausesRefuseBlankIdsAndSpeakBothLanguages() {
    Clause clause = new Clause("X-1", ClauseKind.R, "Host", "中文", "English");

    assertThat(clause.text(Language.ZH)).isEqualTo("中文");
    assertThat(clause.text(Language.EN)).isEqualTo("English");
    assertThatThrownBy(() -> new Clause(" ", ClauseKind.R, "s", "z", "e"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClauseCatalogue.builtIn().get("99.9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99.9");
    assertThatThrownBy(() -> ClauseCatalogue.builtIn().with(List.of(clause, clause)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-1");
    assertThat(ClauseCatalogue.builtIn().with(List.of(clause)).all())
        .endsWith(clause)
        .hasSize(ClauseCatalogue.builtIn().all().size() + 1);
  }

  @Test
  void batchResultCountsWhatWasCheckedAndRejected() {
    DepartmentRecords records = GoldenMeeting.records();
    ComplianceReport report =
        new ComplianceReport("r", Instant.EPOCH, SHANGHAI, "p", List.of(), List.of(), List.of());
    BatchResult result =
        new BatchResult(
            List.of(
                new CheckOutcome.Checked(0, records, report),
                new CheckOutcome.Rejected(1, records, new ValidationResult(List.of())),
                new CheckOutcome.Checked(2, records, report)));

    assertThat(result.read()).isEqualTo(3);
    assertThat(result.checked()).isEqualTo(2);
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.reports()).containsExactly(report, report);
  }

  @Test
  void ruleFailureNamesTheRuleAndTheRecords() {
    RuntimeException cause = new ArithmeticException("/ by zero");

    RuleExecutionException known = new RuleExecutionException("R1", "meeting 'm-1'", cause);
    RuleExecutionException unknown = new RuleExecutionException(null, "records", cause);

    assertThat(known)
        .hasMessage(
            "rule \"R1\" failed while checking meeting 'm-1': java.lang.ArithmeticException: / by"
                + " zero")
        .hasCause(cause);
    assertThat(known.rule()).isEqualTo("R1");
    assertThat(known.records()).isEqualTo("meeting 'm-1'");
    assertThat(unknown).hasMessageStartingWith("rule (unknown) failed while checking records");
    assertThat(unknown.rule()).isNull();
  }

  private static Finding withAt(Finding f, Instant at) {
    return new Finding(
        f.clauseId(),
        f.ruleId(),
        f.severity(),
        f.subject(),
        at,
        f.evidence(),
        f.messageZh(),
        f.messageEn());
  }
}
