package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.DESIGNATED_FROM;
import static org.meetingpolicy.testkit.SampleDepartment.HR_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Designation;
import org.meetingpolicy.core.model.DesignationRole;
import org.meetingpolicy.core.model.FeedbackRequest;
import org.meetingpolicy.core.model.FinalAttendeeList;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Material;
import org.meetingpolicy.core.model.MaterialKind;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** The rules of policy section 2, Organization (organization.drl). */
class OrganizationRulesTest {

  private static final Meeting GOLDEN = GoldenMeeting.GOLDEN;
  private static final Instant START = GOLDEN.start();
  private static final Instant END = GOLDEN.end();
  private static final Instant AS_OF = GoldenMeeting.AS_OF;
  private static final List<String> OWN_CLAUSES =
      List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.10");

  // ---- golden ---------------------------------------------------------------------------------

  @Test
  void goldenMeetingHasNoFindingOfSection2() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : OWN_CLAUSES) {
      assertThat(report.findingsOf(clause)).as("findings of %s", clause).isEmpty();
      assertThat(report.status(clause))
          .as("status of %s", clause)
          .isEqualTo(ClauseStatus.COMPLIANT);
    }
  }

  @Test
  void goldenMeetingBeforeItsEndHasNothingDueUnder2_10() {
    ComplianceReport report = check(GOLDEN, START.plus(Duration.ofHours(1)));

    assertThat(report.findingsOf("2.10")).isEmpty();
    assertThat(report.status("2.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void freshlyPlannedMeetingHasOnlyDueObligationsOfSection2() {
    Meeting planned =
        GOLDEN.toBuilder()
            .agenda(null)
            .responses(List.of())
            .finalAttendeeList(null)
            .feedbackRequest(null)
            .build();

    ComplianceReport report = check(planned, START.minus(Duration.ofDays(10)));

    List<Finding> own = new ArrayList<>();
    OWN_CLAUSES.forEach(c -> own.addAll(report.findingsOf(c)));
    assertThat(own)
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder(
            "organization.agenda-due", "organization.responses-due", "organization.final-list-due");
    assertThat(report).hasSingleFromRule("organization.responses-due").withEvidence("count", "9");
    assertThat(report.status("2.4")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(report.status("2.7")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    assertThat(report.status("2.10")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 2.1 organizer --------------------------------------------------------------------------

  @Test
  void designatedDeputyOrganizingComplies2_1() {
    ComplianceReport report = check(GOLDEN.toBuilder().organizer(DEPUTY).build());

    assertThat(report.findingsOf("2.1")).isEmpty();
    assertThat(report.status("2.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void missingOrganizerViolates2_1() {
    ComplianceReport report = check(GOLDEN.toBuilder().organizer(null).build());

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.organizer-missing")
        .withEvidence("manager", MANAGER.value());
    assertThat(report.status("2.1")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void undesignatedSupervisorOrganizingViolates2_1() {
    ComplianceReport report = check(GOLDEN.toBuilder().organizer(SUPERVISOR).build());

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.organizer-not-designated")
        .about(Subject.meeting(GOLDEN.id()))
        .withEvidence("organizer", SUPERVISOR.value())
        .withEvidence("position", "supervisor")
        .withEvidence("manager", MANAGER.value());
  }

  @Test
  void undesignatedOrganizerOfEmergencyMeetingViolates2_1() {
    Meeting meeting = emergency(GOLDEN).toBuilder().organizer(SALES_1).build();

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.organizer-not-designated")
        .withEvidence("organizer", SALES_1.value());
  }

  @Test
  void deputyDesignationEndedAtTheStartViolates2_1() {
    Department department =
        withDesignations(
            secretaryDesignation(),
            new Designation(DesignationRole.ORGANIZER, DEPUTY, MANAGER, DESIGNATED_FROM, START));

    ComplianceReport report =
        checkIn(department, GOLDEN.toBuilder().organizer(DEPUTY).build(), AS_OF);

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.organizer-not-designated")
        .withEvidence("start", "2026-11-13 14:00");
  }

  @Test
  void deputyDesignationStartingAtTheStartComplies2_1() {
    Department department =
        withDesignations(
            secretaryDesignation(),
            new Designation(DesignationRole.ORGANIZER, DEPUTY, MANAGER, START, null));

    ComplianceReport report =
        checkIn(department, GOLDEN.toBuilder().organizer(DEPUTY).build(), AS_OF);

    assertThat(report.findingsOf("2.1")).isEmpty();
    assertThat(report.status("2.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void deputyDesignatedBySupervisorViolates2_1() {
    Department department =
        withDesignations(
            secretaryDesignation(),
            new Designation(DesignationRole.ORGANIZER, DEPUTY, SUPERVISOR, DESIGNATED_FROM, null));

    ComplianceReport report =
        checkIn(department, GOLDEN.toBuilder().organizer(DEPUTY).build(), AS_OF);

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.organizer-designated-by-other")
        .withEvidence("designatedBy", SUPERVISOR.value())
        .withEvidence("manager", MANAGER.value());
  }

  @Test
  void designatedOrganizerWhoIsNoDeputyManagerWarns2_1() {
    Department department =
        withDesignations(
            secretaryDesignation(),
            new Designation(DesignationRole.ORGANIZER, SUPERVISOR, MANAGER, DESIGNATED_FROM, null));

    ComplianceReport report =
        checkIn(department, GOLDEN.toBuilder().organizer(SUPERVISOR).build(), AS_OF);

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.organizer-not-deputy-manager")
        .withEvidence("position", "supervisor");
    assertThat(report.status("2.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void designatedOrganizerWithoutRecordedManagerWarns2_1() {
    Department d = SampleDepartment.department();
    Department department =
        new Department(
            d.id(),
            d.name(),
            null,
            d.people(),
            d.relatedDepartments(),
            d.designations(),
            d.rooms());

    ComplianceReport report =
        checkIn(department, GOLDEN.toBuilder().organizer(DEPUTY).build(), AS_OF);

    assertThat(report)
        .hasSingleFinding("2.1")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.organizer-manager-unknown")
        .withEvidence("organizer", DEPUTY.value());
  }

  // ---- 2.2 secretary --------------------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_2() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.2")).isEmpty();
    assertThat(report.status("2.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void missingSecretaryViolates2_2() {
    ComplianceReport report = check(GOLDEN.toBuilder().secretary(null).build());

    assertThat(report)
        .hasSingleFinding("2.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.secretary-missing");
    assertThat(report.status("2.2")).isEqualTo(ClauseStatus.VIOLATED);
  }

  @Test
  void undesignatedSecretaryViolates2_2() {
    ComplianceReport report = check(GOLDEN.toBuilder().secretary(SALES_1).build());

    assertThat(report)
        .hasSingleFinding("2.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.secretary-not-designated")
        .withEvidence("secretary", SALES_1.value());
  }

  @Test
  void secretaryDesignatedOnlyAfterTheStartViolates2_2() {
    Department department =
        withDesignations(
            new Designation(
                DesignationRole.SECRETARY, SECRETARY, MANAGER, START.plusSeconds(1), null),
            deputyDesignation());

    ComplianceReport report = checkIn(department, GOLDEN, AS_OF);

    assertThat(report)
        .hasSingleFinding("2.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.secretary-not-designated")
        .withEvidence("start", "2026-11-13 14:00");
  }

  // ---- 2.3 roster invited ---------------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_3() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.3")).isEmpty();
    assertThat(report.status("2.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void salesStaffNotInvitedViolates2_3() {
    ComplianceReport report = check(withoutInvitation(GOLDEN, SALES_3));

    assertThat(report)
        .hasSingleFinding("2.3")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.roster-member-not-invited")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("position", "sales staff");
  }

  @Test
  void everyMissingRosterMemberIsOneViolation2_3() {
    ComplianceReport report = check(withoutInvitation(withoutInvitation(GOLDEN, SALES_3), HR_HEAD));

    assertThat(findings(report, "2.3", Severity.VIOLATION))
        .extracting(Finding::subject)
        .containsExactlyInAnyOrder(
            Subject.person(GOLDEN.id(), SALES_3), Subject.person(GOLDEN.id(), HR_HEAD));
  }

  @Test
  void confidentialMeetingWithoutUnclearedStaffComplies2_3() {
    Meeting meeting =
        withoutInvitation(withoutInvitation(GOLDEN, SALES_2), SALES_3).toBuilder()
            .confidentiality(Confidentiality.CONFIDENTIAL)
            .build();

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.3")).isEmpty();
    assertThat(report.status("2.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void confidentialMeetingStillInvitesClearedMembers2_3() {
    Meeting meeting =
        withoutInvitation(GOLDEN, SALES_1).toBuilder()
            .confidentiality(Confidentiality.CONFIDENTIAL)
            .build();

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.3")
        .withSeverity(Severity.VIOLATION)
        .about(Subject.person(GOLDEN.id(), SALES_1))
        .withEvidence("confidentiality", "confidential");
  }

  // ---- 2.4 presenters -------------------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_4() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.4")).isEmpty();
    assertThat(report.status("2.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void meetingWithoutAgendaIsNotApplicable2_4() {
    ComplianceReport report = check(GOLDEN.toBuilder().agenda(null).build());

    assertThat(report.findingsOf("2.4")).isEmpty();
    assertThat(report.status("2.4")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void agendaItemWithoutPresenterViolatesOnce2_4() {
    Meeting meeting = withItem(GOLDEN, "a4", i -> item(i, null, null));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-item-without-presenter")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a4")))
        .withEvidence("title", "Open problems from the field");
  }

  @Test
  void presenterWithoutStatedRoleViolates2_4() {
    Meeting meeting = withItem(GOLDEN, "a3", i -> item(i, MARKETING_HEAD, "  "));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-item-presenter-role-missing")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a3")))
        .withEvidence("presenter", MARKETING_HEAD.value());
  }

  @Test
  void presenterNotInvitedViolates2_4() {
    Meeting meeting = withItem(GOLDEN, "a4", i -> item(i, TECHNICIAN, "technician: demo"));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-item-presenter-not-invited")
        .withEvidence("presenter", TECHNICIAN.value())
        .withEvidence("item", "a4");
  }

  // ---- 2.5 agenda preparation -----------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_5() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.5")).isEmpty();
    assertThat(report.status("2.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void agendaMissingBeforeTheDeadlineIsDue2_5() {
    ComplianceReport report =
        check(GOLDEN.toBuilder().agenda(null).build(), START.minus(Duration.ofDays(8)));

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.DUE)
        .fromRule("organization.agenda-due")
        .at(START.minus(Duration.ofDays(7)))
        .withEvidence("required", "7 d");
    assertThat(report.status("2.5")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void agendaMissingAtTheDeadlineViolates2_5() {
    ComplianceReport report =
        check(GOLDEN.toBuilder().agenda(null).build(), START.minus(Duration.ofDays(7)));

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-missing")
        .withEvidence("deadline", "2026-11-06 14:00");
  }

  @Test
  void agendaReadyExactlyAtTheDeadlineComplies2_5() {
    Meeting meeting = withAgenda(GOLDEN, a -> preparedAt(a, START.minus(Duration.ofDays(7))));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.5")).isEmpty();
    assertThat(report.status("2.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void agendaReadyOneSecondLateViolates2_5() {
    Instant late = START.minus(Duration.ofDays(7)).plusSeconds(1);
    Meeting meeting = withAgenda(GOLDEN, a -> preparedAt(a, late));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-too-late")
        .withEvidence("preparedAt", "2026-11-06 14:00:01")
        .withEvidence("late", "1 s")
        .withEvidence("required", "7 d");
  }

  @Test
  void agendaWithoutPreparationTimeWarns2_5() {
    ComplianceReport report = check(withAgenda(GOLDEN, a -> preparedAt(a, null)));

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.agenda-time-unknown");
    assertThat(report.status("2.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void agendaPreparedByTheOrganizerViolates2_5() {
    Meeting meeting =
        withAgenda(GOLDEN, a -> new Agenda(MANAGER, a.preparedAt(), a.consulted(), a.items()));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-not-by-secretary")
        .withEvidence("preparedBy", MANAGER.value())
        .withEvidence("secretary", SECRETARY.value());
  }

  @Test
  void agendaWithoutRecordedPreparerWarns2_5() {
    Meeting meeting =
        withAgenda(GOLDEN, a -> new Agenda(null, a.preparedAt(), a.consulted(), a.items()));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.agenda-preparer-unknown");
  }

  @Test
  void relatedHeadNotConsultedViolates2_5() {
    Meeting meeting =
        withAgenda(
            GOLDEN,
            a -> new Agenda(a.preparedBy(), a.preparedAt(), List.of(MARKETING_HEAD), a.items()));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-head-not-consulted")
        .about(Subject.person(GOLDEN.id(), HR_HEAD))
        .withEvidence("department", "Human Resources")
        .withEvidence("consulted", MARKETING_HEAD.value());
  }

  @Test
  void emergencyAgendaReadyAnHourBeforeTheStartComplies2_5() {
    Meeting meeting =
        withAgenda(emergency(GOLDEN), a -> preparedAt(a, START.minus(Duration.ofHours(1))));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.5")).isEmpty();
    assertThat(report.status("2.5")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void emergencyAgendaReadyAfterTheStartViolates2_5() {
    Meeting meeting = withAgenda(emergency(GOLDEN), a -> preparedAt(a, START.plusSeconds(1)));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.5")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.agenda-too-late")
        .withEvidence("required", "0 s")
        .withEvidence("late", "1 s");
  }

  // ---- 2.6 confirmations and final list -------------------------------------------------------

  @Test
  void goldenMeetingComplies2_6() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.6")).isEmpty();
    assertThat(report.status("2.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void silentInviteeBeforeTheDeadlineIsDue2_6() {
    ComplianceReport report =
        check(withoutResponseOf(GOLDEN, SALES_3), START.minus(Duration.ofDays(3)));

    // Three days ahead the golden final list (confirmed later) is not yet known: it is due too.
    assertThat(report.findingsOf("2.6"))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("organization.responses-due", "organization.final-list-due");
    assertThat(report)
        .hasSingleFromRule("organization.responses-due")
        .withSeverity(Severity.DUE)
        .at(START.minus(Duration.ofDays(2)))
        .withEvidence("count", "1")
        .withEvidence("silent", SALES_3.value());
    assertThat(report.status("2.6")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void silentInviteesAfterTheDeadlineViolateOncePerPerson2_6() {
    Meeting meeting = withoutResponseOf(withoutResponseOf(GOLDEN, SALES_3), SALES_1);

    ComplianceReport report = check(meeting, START.minus(Duration.ofDays(2)));

    List<Finding> violations = findings(report, "2.6", Severity.VIOLATION);
    assertThat(violations)
        .extracting(Finding::ruleId)
        .containsOnly("organization.response-missing");
    assertThat(violations)
        .extracting(Finding::subject)
        .containsExactlyInAnyOrder(
            Subject.person(GOLDEN.id(), SALES_3), Subject.person(GOLDEN.id(), SALES_1));
    assertThat(evidence(violations.get(0), "deadline")).isEqualTo("2026-11-11 14:00");
  }

  @Test
  void answerExactlyAtTheDeadlineComplies2_6() {
    Meeting meeting = withResponseOf(GOLDEN, SALES_3, START.minus(Duration.ofDays(2)));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.6")).isEmpty();
  }

  @Test
  void answerOneSecondLateViolates2_6() {
    Meeting meeting =
        withResponseOf(GOLDEN, SALES_3, START.minus(Duration.ofDays(2)).plusSeconds(1));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.response-too-late")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("respondedAt", "2026-11-11 14:00:01")
        .withEvidence("late", "1 s")
        .withEvidence("required", "2 d");
  }

  @Test
  void emergencyAnswerAnHourBeforeTheStartComplies2_6() {
    Meeting meeting = withResponseOf(emergency(GOLDEN), SALES_3, START.minus(Duration.ofHours(1)));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.6")).isEmpty();
  }

  @Test
  void finalListMissingBeforeTheStartIsDue2_6() {
    ComplianceReport report =
        check(GOLDEN.toBuilder().finalAttendeeList(null).build(), START.minus(Duration.ofHours(1)));

    assertThat(report)
        .hasSingleFinding("2.6")
        .withSeverity(Severity.DUE)
        .fromRule("organization.final-list-due")
        .at(START);
  }

  @Test
  void finalListMissingAfterTheStartViolates2_6() {
    ComplianceReport report = check(GOLDEN.toBuilder().finalAttendeeList(null).build());

    assertThat(report)
        .hasSingleFinding("2.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.final-list-missing")
        .withEvidence("start", "2026-11-13 14:00");
  }

  @Test
  void finalListConfirmedExactlyAtTheStartComplies2_6() {
    ComplianceReport report = check(withFinalList(GOLDEN, MANAGER, START));

    assertThat(report.findingsOf("2.6")).isEmpty();
  }

  @Test
  void finalListConfirmedOneSecondAfterTheStartViolates2_6() {
    ComplianceReport report = check(withFinalList(GOLDEN, MANAGER, START.plusSeconds(1)));

    assertThat(report)
        .hasSingleFinding("2.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.final-list-too-late")
        .withEvidence("late", "1 s");
  }

  @Test
  void finalListConfirmedByTheSecretaryViolates2_6() {
    ComplianceReport report =
        check(withFinalList(GOLDEN, SECRETARY, START.minus(Duration.ofDays(1))));

    assertThat(report)
        .hasSingleFinding("2.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.final-list-not-by-organizer")
        .withEvidence("confirmedBy", SECRETARY.value())
        .withEvidence("organizer", MANAGER.value());
  }

  // ---- 2.7 materials --------------------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_7() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.7")).isEmpty();
    assertThat(report.status("2.7")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void agendaWithoutItemsNeedingMaterialIsNotApplicable2_7() {
    Meeting meeting =
        withAgenda(
            GOLDEN,
            a ->
                new Agenda(
                    a.preparedBy(),
                    a.preparedAt(),
                    a.consulted(),
                    a.items().stream()
                        .map(
                            i ->
                                new AgendaItem(
                                    i.id(),
                                    i.title(),
                                    i.category(),
                                    i.presenter(),
                                    i.presenterRole(),
                                    false,
                                    i.materials()))
                        .toList()));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.7")).isEmpty();
    assertThat(report.status("2.7")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void materialMissingBeforeTheDeadlineIsDue2_7() {
    ComplianceReport report = check(withMaterials(GOLDEN, "a1"), START.minus(Duration.ofDays(2)));

    assertThat(report)
        .hasSingleFinding("2.7")
        .withSeverity(Severity.DUE)
        .fromRule("organization.material-due")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a1")))
        .at(START.minus(Duration.ofDays(1)))
        .withEvidence("required", "1 d");
  }

  @Test
  void materialMissingAfterTheDeadlineViolates2_7() {
    ComplianceReport report = check(withMaterials(GOLDEN, "a1"));

    assertThat(report)
        .hasSingleFinding("2.7")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.material-missing")
        .withEvidence("item", "a1")
        .withEvidence("deadline", "2026-11-12 14:00");
  }

  @Test
  void materialReadyExactlyAtTheDeadlineComplies2_7() {
    Meeting meeting =
        withMaterials(GOLDEN, "a3", material(SECRETARY, START.minus(Duration.ofDays(1))));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.7")).isEmpty();
  }

  @Test
  void materialReadyOneSecondLateViolates2_7() {
    Meeting meeting =
        withMaterials(
            GOLDEN, "a3", material(SECRETARY, START.minus(Duration.ofDays(1)).plusSeconds(1)));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.7")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.material-too-late")
        .withEvidence("preparedAt", "2026-11-12 14:00:01")
        .withEvidence("late", "1 s");
  }

  @Test
  void oneMaterialInTimeIsEnough2_7() {
    Instant ready = START.minus(Duration.ofDays(2));
    Meeting meeting =
        withMaterials(
            GOLDEN, "a3", material(SECRETARY, ready), material(SECRETARY, START.minusSeconds(60)));

    ComplianceReport report = check(meeting);

    assertThat(report.findingsOf("2.7")).isEmpty();
  }

  @Test
  void materialPreparedByThePresenterWarns2_7() {
    Meeting meeting =
        withMaterials(GOLDEN, "a3", material(MARKETING_HEAD, START.minus(Duration.ofDays(2))));

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.7")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.material-not-by-secretary")
        .withEvidence("preparedBy", MARKETING_HEAD.value());
    assertThat(report.status("2.7")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void materialWithoutPreparationTimeWarns2_7() {
    ComplianceReport report = check(withMaterials(GOLDEN, "a3", material(SECRETARY, null)));

    assertThat(report)
        .hasSingleFinding("2.7")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.material-time-unknown")
        .withEvidence("item", "a3");
  }

  // ---- 2.10 feedback --------------------------------------------------------------------------

  @Test
  void goldenMeetingComplies2_10() {
    ComplianceReport report = check(GOLDEN);

    assertThat(report.findingsOf("2.10")).isEmpty();
    assertThat(report.status("2.10")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void feedbackRequestMissingBeforeTheDeadlineIsDue2_10() {
    ComplianceReport report = check(GOLDEN.toBuilder().feedbackRequest(null).build());

    // Friday 16:00 plus two working days is the Tuesday 16:00 after the weekend.
    assertThat(report)
        .hasSingleFinding("2.10")
        .withSeverity(Severity.DUE)
        .fromRule("organization.feedback-request-due")
        .withEvidence("deadline", "2026-11-17 16:00")
        .withEvidence("workingDays", "2");
    assertThat(report.status("2.10")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void feedbackRequestMissingAtTheDeadlineViolates2_10() {
    ComplianceReport report =
        check(GOLDEN.toBuilder().feedbackRequest(null).build(), feedbackDeadline());

    assertThat(report)
        .hasSingleFinding("2.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.feedback-request-missing")
        .withEvidence("end", "2026-11-13 16:00");
  }

  @Test
  void feedbackRequestedExactlyAtTheDeadlineComplies2_10() {
    Instant deadline = feedbackDeadline();
    Meeting meeting =
        GOLDEN.toBuilder()
            .feedbackRequest(new FeedbackRequest(SECRETARY, deadline, "form"))
            .build();

    ComplianceReport report = check(meeting, deadline);

    assertThat(report.findingsOf("2.10")).isEmpty();
  }

  @Test
  void feedbackRequestedOneSecondLateViolates2_10() {
    Instant late = feedbackDeadline().plusSeconds(1);
    Meeting meeting =
        GOLDEN.toBuilder().feedbackRequest(new FeedbackRequest(SECRETARY, late, "form")).build();

    ComplianceReport report = check(meeting, late);

    assertThat(report)
        .hasSingleFinding("2.10")
        .withSeverity(Severity.VIOLATION)
        .fromRule("organization.feedback-request-too-late")
        .withEvidence("late", "1 s");
  }

  @Test
  void feedbackRequestWithoutChannelWarns2_10() {
    Meeting meeting =
        GOLDEN.toBuilder()
            .feedbackRequest(new FeedbackRequest(SECRETARY, END.plusSeconds(60), null))
            .build();

    ComplianceReport report = check(meeting);

    assertThat(report)
        .hasSingleFinding("2.10")
        .withSeverity(Severity.WARNING)
        .fromRule("organization.feedback-channel-missing");
    assertThat(report.status("2.10")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- messages -------------------------------------------------------------------------------

  @Test
  void messagesAreFilledInBothLanguages() {
    Meeting meeting =
        withoutInvitation(withMaterials(GOLDEN, "a1"), SALES_3).toBuilder()
            .organizer(SUPERVISOR)
            .finalAttendeeList(null)
            .build();

    ComplianceReport report = check(meeting);

    List<Finding> own = new ArrayList<>();
    OWN_CLAUSES.forEach(c -> own.addAll(report.findingsOf(c)));
    assertThat(own).hasSizeGreaterThanOrEqualTo(4);
    assertThat(own)
        .allSatisfy(
            f -> {
              assertThat(f.messageEn()).doesNotContain("{", "}");
              assertThat(f.messageZh()).doesNotContain("{", "}");
            });
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static ComplianceReport checkIn(Department department, Meeting meeting, Instant asOf) {
    return RuleTestSupport.check(DepartmentRecords.of(department, meeting), asOf);
  }

  private static Meeting emergency(Meeting meeting) {
    return meeting.toBuilder()
        .kind(MeetingKind.EMERGENCY)
        .emergencyReason("Key customer escalation")
        .build();
  }

  private static Department withDesignations(Designation... designations) {
    Department d = SampleDepartment.department();
    return new Department(
        d.id(),
        d.name(),
        d.manager(),
        d.people(),
        d.relatedDepartments(),
        List.of(designations),
        d.rooms());
  }

  private static Designation secretaryDesignation() {
    return new Designation(DesignationRole.SECRETARY, SECRETARY, MANAGER, DESIGNATED_FROM, null);
  }

  private static Designation deputyDesignation() {
    return new Designation(DesignationRole.ORGANIZER, DEPUTY, MANAGER, DESIGNATED_FROM, null);
  }

  private static Meeting withoutInvitation(Meeting meeting, PersonId person) {
    List<Invitation> invitations =
        meeting.invitations().stream().filter(i -> !i.person().equals(person)).toList();
    return meeting.toBuilder().invitations(invitations).build();
  }

  private static Meeting withoutResponseOf(Meeting meeting, PersonId person) {
    List<Response> responses =
        meeting.responses().stream().filter(r -> !r.person().equals(person)).toList();
    return meeting.toBuilder().responses(responses).build();
  }

  private static Meeting withResponseOf(Meeting meeting, PersonId person, Instant at) {
    return withoutResponseOf(meeting, person).toBuilder()
        .addResponses(new Response(person, ResponseKind.ACCEPT, at))
        .build();
  }

  private static Meeting withFinalList(Meeting meeting, PersonId by, Instant at) {
    return meeting.toBuilder()
        .finalAttendeeList(new FinalAttendeeList(by, at, meeting.invitees()))
        .build();
  }

  private static Meeting withAgenda(Meeting meeting, UnaryOperator<Agenda> change) {
    return meeting.toBuilder().agenda(change.apply(meeting.agenda())).build();
  }

  private static Agenda preparedAt(Agenda agenda, Instant at) {
    return new Agenda(agenda.preparedBy(), at, agenda.consulted(), agenda.items());
  }

  private static Meeting withItem(Meeting meeting, String id, UnaryOperator<AgendaItem> change) {
    return withAgenda(
        meeting,
        a ->
            new Agenda(
                a.preparedBy(),
                a.preparedAt(),
                a.consulted(),
                a.items().stream()
                    .map(i -> i.id().equals(AgendaItemId.of(id)) ? change.apply(i) : i)
                    .toList()));
  }

  private static AgendaItem item(AgendaItem item, PersonId presenter, String role) {
    return new AgendaItem(
        item.id(),
        item.title(),
        item.category(),
        presenter,
        role,
        item.materialsNeeded(),
        item.materials());
  }

  /** The item, still needing material, with exactly these materials. */
  private static Meeting withMaterials(Meeting meeting, String id, Material... materials) {
    return withItem(
        meeting,
        id,
        i ->
            new AgendaItem(
                i.id(),
                i.title(),
                i.category(),
                i.presenter(),
                i.presenterRole(),
                true,
                List.of(materials)));
  }

  private static Material material(PersonId by, Instant at) {
    return new Material("Market trends", MaterialKind.MARKET_ANALYSIS, by, at);
  }

  /** Friday 16:00 plus two working days: Tuesday 17 November 2026, 16:00. */
  private static Instant feedbackDeadline() {
    return END.plus(Duration.ofDays(4));
  }
}
