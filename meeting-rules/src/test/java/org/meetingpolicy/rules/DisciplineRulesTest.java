package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.EXTERNAL_GUEST;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.AttendeeRole;
import org.meetingpolicy.core.model.CatchUp;
import org.meetingpolicy.core.model.CatchUpMethod;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 5, Discipline (discipline.drl): clauses 5.1, 5.4 and 5.6. */
class DisciplineRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;

  /** Friday 13 November 2026, 14:00 in Shanghai. */
  private static final Instant START = GOLDEN.start();

  /** Everyone is expected 10 minutes before the start. */
  private static final Instant EXPECTED = at(2026, 11, 13, 13, 50);

  /** The minutes record the meeting ending at 15:55, five minutes before the planned end. */
  private static final Instant ACTUAL_END = at(2026, 11, 13, 15, 55);

  /** The minutes went out on Monday 11:00; the catch-up period is 7 days. */
  private static final Instant CATCH_UP_DEADLINE = at(2026, 11, 23, 11, 0);

  // ---- golden -------------------------------------------------------------------------------

  @Test
  void goldenMeetingCompliesWithEveryDisciplineClause() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : List.of("5.1", "5.4", "5.6")) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.COMPLIANT);
    }
  }

  @Test
  void disciplineIsNotJudgedBeforeTheMeetingStarts() {
    Meeting planned = GOLDEN.toBuilder().attendance(List.of()).minutes(null).build();

    ComplianceReport report = check(planned, START.minus(Duration.ofHours(1)));

    assertThat(report.status("5.1")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 5.1 arrival ----------------------------------------------------------------------------

  @Test
  void arrivingExactlyTenMinutesEarlyComplies5_1() {
    ComplianceReport report = check(arriving(GOLDEN, SALES_1, EXPECTED));

    assertThat(report.findingsOf("5.1")).isEmpty();
    assertThat(report.status("5.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void arrivingOneSecondShortOfTheLeadViolates5_1() {
    ComplianceReport report = check(arriving(GOLDEN, SALES_1, EXPECTED.plusSeconds(1)));

    assertThat(report)
        .hasSingleFinding("5.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("discipline.arrival.short-of-lead")
        .about(Subject.person(GOLDEN.id(), SALES_1))
        .withEvidence("arrival", "2026-11-13 13:50:01")
        .withEvidence("early", "9 min 59 s")
        .withEvidence("expected", "2026-11-13 13:50")
        .withEvidence("lead", "10 min");
    assertThat(report.status("5.1")).isEqualTo(ClauseStatus.VIOLATED);
    assertThat(report.findingsOf("5.6")).as("not late: before the start").isEmpty();
  }

  @Test
  void arrivingExactlyAtTheStartViolates5_1ButIsNotLateUnder5_6() {
    ComplianceReport report = check(arriving(GOLDEN, SALES_1, START));

    assertThat(report.findingsOf("5.1"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.VIOLATION, "discipline.arrival.short-of-lead"));
    assertThat(report.findingsOf("5.6")).isEmpty();
  }

  @Test
  void arrivingOneSecondAfterTheStartViolates5_1() {
    ComplianceReport report = check(arriving(GOLDEN, SALES_1, START.plusSeconds(1)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "5.1")
        .fromRule("discipline.arrival.late")
        .about(Subject.person(GOLDEN.id(), SALES_1))
        .at(START.plusSeconds(1))
        .withEvidence("late", "1 s")
        .withEvidence("lead", "10 min");
    assertThat(report.findingsOf("5.1")).hasSize(1);
    assertThat(report.status("5.1")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void lateArrivalWithoutNoticeViolates5_6AndStillOwesTheCatchUp() {
    ComplianceReport report = check(arriving(GOLDEN, SALES_1, START.plus(Duration.ofMinutes(5))));

    assertThat(report.findingsOf("5.1"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.VIOLATION, "discipline.arrival.late"));
    assertThat(report.findingsOf("5.6"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactlyInAnyOrder(
            tuple(Severity.VIOLATION, "discipline.late-without-notice"),
            tuple(Severity.DUE, "discipline.catch-up.due"));
    assertThat(report)
        .hasSingle(Severity.VIOLATION, "5.6")
        .about(Subject.person(GOLDEN.id(), SALES_1))
        .withEvidence("late", "5 min")
        .withEvidence("start", "2026-11-13 14:00");
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void lateArrivalNoticedExactlyAtTheStartIsNoBreachOf5_6ButStillOf5_1() {
    Meeting meeting =
        noticeOf(
            arriving(GOLDEN, SALES_1, START.plus(Duration.ofMinutes(5))),
            SALES_1,
            AttendanceNoticeKind.LATE_ARRIVAL,
            START,
            MANAGER);

    ComplianceReport report = check(meeting);

    // 5.1 has no exception; the notice is 5.6's exception, which keeps the catch-up.
    assertThat(report.findingsOf("5.1"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.VIOLATION, "discipline.arrival.late"));
    assertThat(report)
        .hasSingleFinding("5.6")
        .fromRule("discipline.catch-up.due")
        .withEvidence("missed", "late");
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void lateArrivalNoticedAfterTheStartViolates5_6() {
    Meeting meeting =
        noticeOf(
            arriving(GOLDEN, SALES_1, START.plus(Duration.ofMinutes(5))),
            SALES_1,
            AttendanceNoticeKind.LATE_ARRIVAL,
            START.plusSeconds(1),
            MANAGER);

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("5.1"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.VIOLATION, "discipline.arrival.late"));
    assertThat(findings(report, "5.6", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("discipline.late-without-notice");
  }

  // ---- 5.4 external people ----------------------------------------------------------------------

  @Test
  void externalGuestInvitedAndPresentViolatesOncePerPerson5_4() {
    ComplianceReport report = check(withGuest(GOLDEN, true, true));

    assertThat(report)
        .hasSingleFinding("5.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("discipline.external-person")
        .about(Subject.person(GOLDEN.id(), EXTERNAL_GUEST))
        .withEvidence("invited", "true")
        .withEvidence("arrival", "2026-11-13 13:45");
    assertThat(report.status("5.4")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void externalGuestOnlyInvitedViolates5_4() {
    ComplianceReport report = check(withGuest(GOLDEN, true, false));

    assertThat(report)
        .hasSingleFinding("5.4")
        .fromRule("discipline.external-person")
        .withEvidence("arrival", "none")
        .at(START);
  }

  @Test
  void externalGuestPresentWithoutInvitationViolates5_4() {
    ComplianceReport report = check(withGuest(GOLDEN, false, true));

    assertThat(report).hasSingleFinding("5.4").withEvidence("invited", "false");
  }

  @Test
  void externalGuestAtAConfidentialMeetingIsLeftTo9_6() {
    Meeting confidential =
        withGuest(GOLDEN, true, true).toBuilder()
            .confidentiality(Confidentiality.CONFIDENTIAL)
            .build();

    ComplianceReport report = check(confidential);

    assertThat(report.findingsOf("5.4")).isEmpty();
    assertThat(report.status("5.4")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 5.6 absence, early leave, notices ----------------------------------------------------

  @Test
  void absentWithoutNoticeViolates5_6() {
    ComplianceReport report = check(absent(GOLDEN, SALES_3));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "5.6")
        .fromRule("discipline.absent-without-notice")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("start", "2026-11-13 14:00");
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void absenceNoticedExactlyAtTheStartOnlyOwesTheCatchUp5_6() {
    Meeting meeting =
        noticeOf(absent(GOLDEN, SALES_3), SALES_3, AttendanceNoticeKind.ABSENCE, START, MANAGER);

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("5.6")
        .withSeverity(Severity.DUE)
        .fromRule("discipline.catch-up.due")
        .at(CATCH_UP_DEADLINE)
        .withEvidence("missed", "absent")
        .withEvidence("from", "2026-11-16 11:00")
        .withEvidence("period", "7 d");
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void absenceNoticedAfterTheStartViolates5_6() {
    Meeting meeting =
        noticeOf(
            absent(GOLDEN, SALES_3),
            SALES_3,
            AttendanceNoticeKind.ABSENCE,
            START.plusSeconds(1),
            MANAGER);

    assertThat(findings(check(meeting), "5.6", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("discipline.absent-without-notice");
  }

  @Test
  void declineBeforeTheStartCountsAsNoticeOfAbsence5_6() {
    ComplianceReport report =
        check(responding(absent(GOLDEN, SALES_3), SALES_3, ResponseKind.DECLINE));

    assertThat(findings(report, "5.6", Severity.VIOLATION)).isEmpty();
  }

  @Test
  void acceptingAfterDecliningIsNoNoticeOfAbsence5_6() {
    Meeting declinedThenAccepted =
        responding(absent(GOLDEN, SALES_3), SALES_3, ResponseKind.DECLINE).toBuilder()
            .addResponses(
                new Response(SALES_3, ResponseKind.ACCEPT, START.minus(Duration.ofDays(1))))
            .build();

    assertThat(findings(check(declinedThenAccepted), "5.6", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("discipline.absent-without-notice");
  }

  @Test
  void leavingOneSecondBeforeTheActualEndViolates5_6() {
    ComplianceReport report = check(leaving(GOLDEN, SALES_1, ACTUAL_END.minusSeconds(1)));

    assertThat(report)
        .hasSingle(Severity.VIOLATION, "5.6")
        .fromRule("discipline.left-early-without-notice")
        .about(Subject.person(GOLDEN.id(), SALES_1))
        .withEvidence("end", "2026-11-13 15:55")
        .withEvidence("early", "1 s");
  }

  @Test
  void leavingExactlyAtTheActualEndComplies5_6() {
    ComplianceReport report = check(leaving(GOLDEN, SALES_1, ACTUAL_END));

    assertThat(report.findingsOf("5.6")).isEmpty();
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void withoutMinutesLeavingIsJudgedAgainstThePlannedEnd5_6() {
    Meeting meeting =
        leaving(GOLDEN, SALES_1, GOLDEN.end().minusSeconds(1)).toBuilder().minutes(null).build();

    ComplianceReport report = check(meeting);

    assertThat(report).hasSingle(Severity.VIOLATION, "5.6").withEvidence("end", "2026-11-13 16:00");
    // Without minutes the catch-up period runs from the end.
    assertThat(report)
        .hasSingle(Severity.DUE, "5.6")
        .withEvidence("missed", "left early")
        .at(GOLDEN.end().plus(Duration.ofDays(7)));
  }

  @Test
  void earlyLeaveNoticedBeforeTheStartOnlyOwesTheCatchUp5_6() {
    Meeting meeting =
        noticeOf(
            leaving(GOLDEN, SALES_1, ACTUAL_END.minus(Duration.ofMinutes(30))),
            SALES_1,
            AttendanceNoticeKind.EARLY_LEAVE,
            START.minus(Duration.ofDays(1)),
            MANAGER);

    assertThat(check(meeting).findingsOf("5.6"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.DUE, "discipline.catch-up.due"));
  }

  @Test
  void noticeGivenToSomeoneOtherThanTheOrganizerWarns5_6() {
    Meeting meeting =
        noticeOf(
            absent(GOLDEN, SALES_3),
            SALES_3,
            AttendanceNoticeKind.ABSENCE,
            START.minus(Duration.ofDays(1)),
            TECHNICIAN);

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingle(Severity.WARNING, "5.6")
        .fromRule("discipline.notice-not-to-organizer")
        .withEvidence("notifiedTo", TECHNICIAN.value())
        .withEvidence("kind", "absence");
    assertThat(findings(report, "5.6", Severity.VIOLATION)).isEmpty();
  }

  @Test
  void noticeGivenToTheSecretaryIsAccepted5_6() {
    Meeting meeting =
        noticeOf(
            absent(GOLDEN, SALES_3),
            SALES_3,
            AttendanceNoticeKind.ABSENCE,
            START.minus(Duration.ofDays(1)),
            SECRETARY);

    assertThat(findings(check(meeting), "5.6", Severity.WARNING)).isEmpty();
  }

  // ---- 5.6 catch-up -------------------------------------------------------------------------

  @Test
  void noCatchUpOneSecondBeforeTheDeadlineIsDue5_6() {
    ComplianceReport report = check(excusedAbsence(), CATCH_UP_DEADLINE.minusSeconds(1));

    assertThat(report.findingsOf("5.6"))
        .extracting(Finding::severity, Finding::ruleId)
        .containsExactly(tuple(Severity.DUE, "discipline.catch-up.due"));
  }

  @Test
  void noCatchUpByTheDeadlineViolates5_6() {
    ComplianceReport report = check(excusedAbsence(), CATCH_UP_DEADLINE);

    assertThat(report)
        .hasSingleFinding("5.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("discipline.catch-up.missing")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("deadline", "2026-11-23 11:00");
  }

  @Test
  void catchUpExactlyAtTheDeadlineComplies5_6() {
    Meeting meeting = caughtUp(excusedAbsence(), SALES_3, CATCH_UP_DEADLINE);

    ComplianceReport report = check(meeting, CATCH_UP_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report.findingsOf("5.6")).isEmpty();
    assertThat(report.status("5.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void catchUpOneSecondAfterTheDeadlineViolates5_6() {
    Meeting meeting = caughtUp(excusedAbsence(), SALES_3, CATCH_UP_DEADLINE.plusSeconds(1));

    ComplianceReport report = check(meeting, CATCH_UP_DEADLINE.plus(Duration.ofDays(1)));

    assertThat(report)
        .hasSingleFinding("5.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("discipline.catch-up.late")
        .withEvidence("caughtUpAt", "2026-11-23 11:00:01")
        .withEvidence("late", "1 s");
  }

  @Test
  void catchUpBeforeTheDeadlineClearsTheObligationEarly5_6() {
    Meeting meeting = caughtUp(excusedAbsence(), SALES_3, at(2026, 11, 16, 15, 0));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("5.6")).isEmpty();
  }

  @Test
  void recordSetsCheckedTogetherAreJudgedApart() {
    // Same meeting id in both sets: a catch-up owed in one must not leak into the other.
    DepartmentRecords excused =
        DepartmentRecords.of(SampleDepartment.department(), excusedAbsence());
    DepartmentRecords caughtUp =
        DepartmentRecords.of(
            SampleDepartment.department(), caughtUp(excusedAbsence(), SALES_3, CATCH_UP_DEADLINE));
    Instant asOf = CATCH_UP_DEADLINE.plus(Duration.ofDays(1));

    List<ComplianceReport> together =
        RuleTestSupport.ENGINE.checkAll(List.of(excused, caughtUp), asOf).reports();

    assertThat(together.get(0).findingsOf("5.6"))
        .extracting(Finding::ruleId)
        .containsExactly("discipline.catch-up.missing");
    assertThat(together.get(1).findingsOf("5.6")).isEmpty();
    for (String clause : List.of("5.1", "5.4", "5.6")) {
      assertThat(together.get(0).findingsOf(clause))
          .as(clause)
          .isEqualTo(check(excused, asOf).findingsOf(clause));
      assertThat(together.get(1).findingsOf(clause))
          .as(clause)
          .isEqualTo(check(caughtUp, asOf).findingsOf(clause));
    }
  }

  // ---- variations ---------------------------------------------------------------------------

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE).toInstant();
  }

  private static Meeting present(Meeting meeting, PersonId person, List<Presence> presences) {
    return RuleTestSupport.withPresences(meeting, person, presences);
  }

  private static Meeting arriving(Meeting meeting, PersonId person, Instant arrival) {
    return present(meeting, person, List.of(new Presence(arrival, meeting.end())));
  }

  private static Meeting leaving(Meeting meeting, PersonId person, Instant departure) {
    Instant arrival = meeting.start().minus(Duration.ofMinutes(15));
    return present(meeting, person, List.of(new Presence(arrival, departure)));
  }

  private static Meeting absent(Meeting meeting, PersonId person) {
    return present(meeting, person, List.of());
  }

  private static Meeting noticeOf(
      Meeting meeting, PersonId person, AttendanceNoticeKind kind, Instant at, PersonId to) {
    return meeting.toBuilder()
        .addAttendanceNotices(new AttendanceNotice(person, kind, at, to, "customer visit"))
        .build();
  }

  /** The person's golden response replaced by one of this kind at the same time. */
  private static Meeting responding(Meeting meeting, PersonId person, ResponseKind kind) {
    return meeting.toBuilder()
        .responses(
            meeting.responses().stream()
                .map(r -> r.person().equals(person) ? new Response(person, kind, r.at()) : r)
                .toList())
        .build();
  }

  private static Meeting withGuest(Meeting meeting, boolean invited, boolean present) {
    Meeting.Builder builder = meeting.toBuilder();
    if (invited) {
      builder.addInvitations(new Invitation(EXTERNAL_GUEST, AttendeeRole.PARTICIPANT, null));
    }
    if (present) {
      builder.addAttendance(
          new Attendance(
              EXTERNAL_GUEST,
              List.of(new Presence(meeting.start().minus(Duration.ofMinutes(15)), null))));
    }
    return builder.build();
  }

  /** SALES_3 absent, having told the organizer the day before. */
  private static Meeting excusedAbsence() {
    return noticeOf(
        absent(GOLDEN, SALES_3),
        SALES_3,
        AttendanceNoticeKind.ABSENCE,
        START.minus(Duration.ofDays(1)),
        MANAGER);
  }

  private static Meeting caughtUp(Meeting meeting, PersonId person, Instant at) {
    return meeting.toBuilder()
        .addCatchUps(new CatchUp(person, at, CatchUpMethod.MINUTES_ACKNOWLEDGED))
        .build();
  }
}
