package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.ENGINE;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.rules.RuleTestSupport.evidence;
import static org.meetingpolicy.rules.RuleTestSupport.findings;
import static org.meetingpolicy.testkit.GoldenMeeting.GOLDEN;
import static org.meetingpolicy.testkit.SampleDepartment.EXTERNAL_GUEST;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_2;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendeeChange;
import org.meetingpolicy.core.model.ChangeKind;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.core.model.VideoConference;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 9, special situations: special.drl. */
class SpecialRulesTest {

  private static final List<String> CLAUSES = List.of("9.1", "9.2", "9.3", "9.4", "9.6");

  private static final Instant START = GOLDEN.start();

  /**
   * When the golden meeting's only notice went out, 8 days before the start: 9.3 counts from it.
   */
  private static final Instant NOTICE_SENT = GOLDEN.notices().get(0).sentAt();

  private static final VideoConference ENCRYPTED_VIDEO =
      new VideoConference("https://meet.example.com/sales-weekly", "Tencent Meeting", true);

  private static final VideoConference PLAIN_VIDEO =
      new VideoConference("https://meet.example.com/sales-weekly", "Open Call", false);

  /** When the golden meeting's attendee change below is decided: two days before the start. */
  private static final Instant CHANGE_DECIDED = START.minus(Duration.ofDays(2));

  private static final Instant CHANGE_DEADLINE =
      CHANGE_DECIDED.plus(ENGINE.policy().attendeeChangeNoticePeriod());

  @Test
  void goldenMeetingHasNoFindingsOfSection9() {
    ComplianceReport report = check(GOLDEN);

    for (String clause : CLAUSES) {
      assertThat(report.findingsOf(clause)).as(clause).isEmpty();
      // A regular in-person internal meeting without changes: no special situation.
      assertThat(report.status(clause)).as(clause).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }
  }

  // ---- 9.1 ---------------------------------------------------------------------------------

  @Test
  void emergencyMeetingWithReasonAndNoticeComplies9_1() {
    ComplianceReport report = check(emergency("Key account threatens to leave"));

    assertThat(report.findingsOf("9.1")).isEmpty();
    assertThat(report.status("9.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void emergencyMeetingWithoutReasonViolates9_1() {
    ComplianceReport report = check(emergency(null));

    assertThat(report)
        .hasSingleFinding("9.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.emergency-reason-missing")
        .about(Subject.meeting(GOLDEN.id()))
        .withEvidence("emergencyReason", "none");
  }

  @Test
  void emergencyMeetingWithBlankReasonViolates9_1() {
    ComplianceReport report = check(emergency("   "));

    assertThat(findings(report, "9.1", Severity.VIOLATION))
        .extracting(Finding::ruleId)
        .containsExactly("special.emergency-reason-missing");
  }

  @Test
  void emergencyNoticeTwoHoursAheadComplies9_1() {
    ComplianceReport report = check(emergencyNoticedAt(START.minus(Duration.ofHours(2))));

    assertThat(report.findingsOf("9.1")).isEmpty();
    assertThat(report.status("9.1")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void emergencyNoticeExactlyAtTheStartComplies9_1() {
    ComplianceReport report = check(emergencyNoticedAt(START));

    assertThat(report.findingsOf("9.1")).isEmpty();
  }

  @Test
  void emergencyNoticeOneSecondAfterTheStartViolates9_1() {
    ComplianceReport report = check(emergencyNoticedAt(START.plusSeconds(1)));

    assertThat(report)
        .hasSingleFinding("9.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.emergency-notice-late")
        .withEvidence("sentAt", "2026-11-13 14:00:01")
        .withEvidence("late", "1 s");
  }

  @Test
  void emergencyNoticeNotSentBeforeTheStartIsDue9_1() {
    ComplianceReport report = check(emergencyWithoutNotice(), START.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("9.1")
        .withSeverity(Severity.DUE)
        .fromRule("special.emergency-notice-due")
        .at(START);
    assertThat(report.status("9.1")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void emergencyMeetingStartedWithoutNoticeViolates9_1() {
    ComplianceReport report = check(emergencyWithoutNotice(), START);

    assertThat(report)
        .hasSingleFinding("9.1")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.emergency-notice-missing")
        .withEvidence("start", "2026-11-13 14:00");
  }

  // ---- 9.2 ---------------------------------------------------------------------------------

  @Test
  void onlineMeetingWithReasonAndVideoLinkComplies9_2() {
    ComplianceReport report =
        check(online(MeetingMode.ONLINE, "Typhoon: office closed", ENCRYPTED_VIDEO));

    assertThat(report.findingsOf("9.2")).isEmpty();
    assertThat(report.status("9.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void onlineMeetingWithoutReasonViolates9_2() {
    ComplianceReport report = check(online(MeetingMode.ONLINE, null, ENCRYPTED_VIDEO));

    assertThat(report)
        .hasSingleFinding("9.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.online-reason-missing")
        .withEvidence("mode", "online");
  }

  @Test
  void hybridMeetingWithoutVideoLinkViolates9_2() {
    ComplianceReport report = check(online(MeetingMode.HYBRID, "Two members travelling", null));

    assertThat(report)
        .hasSingleFinding("9.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.online-video-missing")
        .withEvidence("mode", "hybrid");
  }

  // ---- 9.3 ---------------------------------------------------------------------------------

  @Test
  void agendaChangedByTheOrganizerAfterTheNoticeComplies9_3() {
    ComplianceReport report =
        check(withAgendaChange(MANAGER, START.minus(Duration.ofDays(2)), "a3"));

    assertThat(report.findingsOf("9.3")).isEmpty();
    assertThat(report.status("9.3")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void agendaItemChangedByTheSecretaryAfterTheNoticeViolates9_3() {
    ComplianceReport report =
        check(withAgendaChange(SECRETARY, START.minus(Duration.ofDays(2)), "a3"));

    assertThat(report)
        .hasSingleFinding("9.3")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.agenda-change-not-by-organizer")
        .about(Subject.agendaItem(GOLDEN.id(), AgendaItemId.of("a3")))
        .withEvidence("by", SECRETARY.value())
        .withEvidence("organizer", MANAGER.value());
  }

  @Test
  void agendaChangeWithoutItemByAnotherPersonIsAboutTheMeeting9_3() {
    ComplianceReport report = check(withAgendaChange(SUPERVISOR, NOTICE_SENT, null));

    assertThat(report)
        .hasSingleFinding("9.3")
        .about(Subject.meeting(GOLDEN.id()))
        .withEvidence("item", "none");
  }

  @Test
  void agendaDraftChangedBeforeTheNoticeIsNotApplicable9_3() {
    ComplianceReport report = check(withAgendaChange(SECRETARY, NOTICE_SENT.minusSeconds(1), "a3"));

    assertThat(report.findingsOf("9.3")).isEmpty();
    assertThat(report.status("9.3")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  // ---- 9.4 ---------------------------------------------------------------------------------

  @Test
  void attendeeChangeNotifiedByTheOrganizerAtOnceComplies9_4() {
    ComplianceReport report =
        check(withAttendeeChange(MANAGER, CHANGE_DECIDED.plus(Duration.ofHours(1))));

    assertThat(report.findingsOf("9.4")).isEmpty();
    assertThat(report.status("9.4")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void attendeeChangeNotifiedExactlyAtTheDeadlineComplies9_4() {
    ComplianceReport report = check(withAttendeeChange(MANAGER, CHANGE_DEADLINE));

    assertThat(report.findingsOf("9.4")).isEmpty();
  }

  @Test
  void attendeeChangeNotifiedOneSecondLateViolates9_4() {
    ComplianceReport report = check(withAttendeeChange(MANAGER, CHANGE_DEADLINE.plusSeconds(1)));

    assertThat(report)
        .hasSingleFinding("9.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.attendee-change-notice-late")
        .about(Subject.person(GOLDEN.id(), SALES_3))
        .withEvidence("late", "1 s")
        .withEvidence("required", "1 d");
  }

  @Test
  void attendeeChangeNotifiedByTheSecretaryViolates9_4() {
    ComplianceReport report =
        check(withAttendeeChange(SECRETARY, CHANGE_DECIDED.plus(Duration.ofHours(1))));

    assertThat(report)
        .hasSingleFinding("9.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.attendee-change-notified-not-by-organizer")
        .withEvidence("notifiedBy", SECRETARY.value())
        .withEvidence("organizer", MANAGER.value());
  }

  @Test
  void attendeeChangeNotifiedByNobodyRecordedViolates9_4() {
    ComplianceReport report =
        check(withAttendeeChange(null, CHANGE_DECIDED.plus(Duration.ofHours(1))));

    assertThat(report)
        .hasSingleFinding("9.4")
        .fromRule("special.attendee-change-notified-not-by-organizer")
        .withEvidence("notifiedBy", "none");
  }

  @Test
  void attendeeChangeNotYetNotifiedBeforeTheDeadlineIsDue9_4() {
    ComplianceReport report =
        check(withAttendeeChange(null, null), CHANGE_DEADLINE.minusSeconds(1));

    assertThat(report)
        .hasSingleFinding("9.4")
        .withSeverity(Severity.DUE)
        .fromRule("special.attendee-change-notice-due")
        .at(CHANGE_DEADLINE);
    assertThat(report.status("9.4")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void attendeeChangeNotNotifiedByTheDeadlineViolates9_4() {
    ComplianceReport report = check(withAttendeeChange(null, null), CHANGE_DEADLINE);

    assertThat(report)
        .hasSingleFinding("9.4")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.attendee-change-notice-missing")
        .withEvidence("deadline", "2026-11-12 14:00");
  }

  // ---- 9.6 ---------------------------------------------------------------------------------

  @Test
  void confidentialMeetingOfClearedPeopleOnlyComplies9_6() {
    ComplianceReport report = check(restrictedToCleared(Confidentiality.CONFIDENTIAL));

    assertThat(report.findingsOf("9.6")).isEmpty();
    assertThat(report.status("9.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void confidentialMeetingWithTheWholeRosterViolates9_6PerUnclearedPerson() {
    Meeting confidential = GOLDEN.toBuilder().confidentiality(Confidentiality.CONFIDENTIAL).build();

    ComplianceReport report = check(confidential);

    assertThat(findings(report, "9.6", Severity.VIOLATION))
        .hasSize(2)
        .allSatisfy(
            f -> assertThat(f.ruleId()).isEqualTo("special.confidential-participant-not-cleared"))
        .allSatisfy(f -> assertThat(evidence(f, "clearance")).isEqualTo("internal"))
        .allSatisfy(f -> assertThat(evidence(f, "required")).isEqualTo("confidential"))
        .extracting(Finding::subject)
        .containsExactlyInAnyOrder(
            Subject.person(GOLDEN.id(), SALES_2), Subject.person(GOLDEN.id(), SALES_3));
  }

  @Test
  void secretMeetingExcludesConfidentialClearanceToo9_6() {
    Meeting secret = GOLDEN.toBuilder().confidentiality(Confidentiality.SECRET).build();

    ComplianceReport report = check(secret);

    assertThat(findings(report, "9.6", Severity.VIOLATION))
        .extracting(f -> f.subject().id())
        .containsExactlyInAnyOrder(
            SUPERVISOR.value(),
            SALES_1.value(),
            SALES_2.value(),
            SALES_3.value(),
            MARKETING_HEAD.value());
  }

  @Test
  void externalGuestAttendingAConfidentialMeetingViolates9_6() {
    Meeting cleared = restrictedToCleared(Confidentiality.CONFIDENTIAL);
    List<Attendance> attendance = new ArrayList<>(cleared.attendance());
    attendance.add(
        new Attendance(
            EXTERNAL_GUEST, List.of(new Presence(START.plus(Duration.ofMinutes(30)), null))));
    Meeting withGuest = cleared.toBuilder().attendance(attendance).build();

    ComplianceReport report = check(withGuest);

    assertThat(report)
        .hasSingleFinding("9.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.confidential-external-participant")
        .about(Subject.person(GOLDEN.id(), EXTERNAL_GUEST));
  }

  @Test
  void confidentialHybridMeetingOverUnencryptedToolViolates9_6() {
    Meeting hybrid =
        restrictedToCleared(Confidentiality.CONFIDENTIAL).toBuilder()
            .mode(MeetingMode.HYBRID)
            .onlineReason("Two members travelling")
            .video(PLAIN_VIDEO)
            .build();

    ComplianceReport report = check(hybrid);

    assertThat(report)
        .hasSingleFinding("9.6")
        .withSeverity(Severity.VIOLATION)
        .fromRule("special.confidential-video-not-encrypted")
        .withEvidence("tool", "Open Call");
    assertThat(report.findingsOf("9.2")).isEmpty();
  }

  @Test
  void confidentialHybridMeetingOverEncryptedToolComplies9_6() {
    Meeting hybrid =
        restrictedToCleared(Confidentiality.CONFIDENTIAL).toBuilder()
            .mode(MeetingMode.HYBRID)
            .onlineReason("Two members travelling")
            .video(ENCRYPTED_VIDEO)
            .build();

    ComplianceReport report = check(hybrid);

    assertThat(report.findingsOf("9.6")).isEmpty();
    assertThat(report.status("9.6")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- variations of the golden meeting ----------------------------------------------------

  private static Meeting emergency(String reason) {
    return GOLDEN.toBuilder().kind(MeetingKind.EMERGENCY).emergencyReason(reason).build();
  }

  /** An emergency meeting whose only notice went out at the instant; nobody has responded yet. */
  private static Meeting emergencyNoticedAt(Instant sentAt) {
    Notice notice =
        new Notice(
            SECRETARY,
            sentAt,
            NoticeChannel.INSTANT_MESSAGE,
            SampleDepartment.roster(),
            true,
            true,
            true,
            GOLDEN.plannedStart());
    return emergency("Key account threatens to leave").toBuilder()
        .notices(List.of(notice))
        .responses(List.of())
        .build();
  }

  private static Meeting emergencyWithoutNotice() {
    return emergency("Key account threatens to leave").toBuilder()
        .notices(List.of())
        .responses(List.of())
        .build();
  }

  private static Meeting online(MeetingMode mode, String reason, VideoConference video) {
    return GOLDEN.toBuilder()
        .mode(mode)
        .room(mode.usesRoom() ? GOLDEN.room() : null)
        .onlineReason(reason)
        .video(video)
        .build();
  }

  private static Meeting withAgendaChange(PersonId by, Instant at, String item) {
    AgendaChange change =
        new AgendaChange(
            by,
            at,
            ChangeKind.MODIFIED,
            item == null ? null : AgendaItemId.of(item),
            "More time for the market analysis");
    return GOLDEN.toBuilder().agendaChanges(List.of(change)).build();
  }

  /** SALES_3 drops out two days before the start; notified as given (null: not notified). */
  private static Meeting withAttendeeChange(PersonId notifiedBy, Instant notifiedAt) {
    AttendeeChange change =
        new AttendeeChange(SALES_3, ChangeKind.REMOVED, CHANGE_DECIDED, notifiedBy, notifiedAt);
    return GOLDEN.toBuilder().attendeeChanges(List.of(change)).build();
  }

  /** The golden meeting at the level, inviting and admitting only the people cleared for it. */
  private static Meeting restrictedToCleared(Confidentiality level) {
    List<PersonId> cleared =
        SampleDepartment.roster().stream()
            .filter(p -> SampleDepartment.department().person(p).orElseThrow().isClearedFor(level))
            .toList();
    return GOLDEN.toBuilder()
        .confidentiality(level)
        .invitations(
            GOLDEN.invitations().stream().filter(i -> cleared.contains(i.person())).toList())
        .attendance(GOLDEN.attendance().stream().filter(a -> cleared.contains(a.person())).toList())
        .build();
  }
}
