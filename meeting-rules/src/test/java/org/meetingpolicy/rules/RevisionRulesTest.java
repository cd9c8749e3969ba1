package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetingpolicy.rules.RuleTestSupport.check;
import static org.meetingpolicy.testkit.SampleDepartment.DEPUTY;
import static org.meetingpolicy.testkit.SampleDepartment.HR_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.ZONE;
import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.RevisionBasis;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RevisionNotification;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/** Section 10, revision: revision.drl. */
class RevisionRulesTest {

  /** When the golden revision takes effect: Monday 9 November 2026, before the golden AS_OF. */
  private static final Instant EFFECTIVE =
      ZonedDateTime.of(2026, 11, 9, 0, 0, 0, 0, ZONE).toInstant();

  /** A revision taking effect after the golden AS_OF: Tuesday 1 December 2026. */
  private static final Instant LATER = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZONE).toInstant();

  @Test
  void goldenMeetingHasNoFindingsOf10_2() {
    ComplianceReport report = check(GoldenMeeting.GOLDEN);

    assertThat(report.findingsOf("10.2")).isEmpty();
    assertThat(report.status("10.2")).isEqualTo(ClauseStatus.NOT_APPLICABLE);
  }

  @Test
  void revisionApprovedByTheManagerAndNotifiedToEveryoneComplies10_2() {
    ComplianceReport report = checkWith(revision(EFFECTIVE));

    assertThat(report.findingsOf("10.2")).isEmpty();
    assertThat(report.status("10.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  // ---- approval ----------------------------------------------------------------------------

  @Test
  void revisionApprovedByTheDeputyViolates10_2() {
    PolicyRevision byDeputy =
        approved(revision(EFFECTIVE), DEPUTY, EFFECTIVE.minus(Duration.ofDays(7)));

    ComplianceReport report = checkWith(byDeputy);

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("revision.approver-not-manager")
        .about(Subject.revision(byDeputy.id()))
        .withEvidence("approvedBy", DEPUTY.value())
        .withEvidence("manager", MANAGER.value());
  }

  @Test
  void unapprovedRevisionNotYetInEffectIsDue10_2() {
    PolicyRevision unapproved = approved(revision(LATER), null, null);

    ComplianceReport report = checkWith(unapproved);

    // The notifications are dated after AS_OF: not yet known, so they are due as well.
    assertThat(report.findingsOf("10.2"))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("revision.approval-due", "revision.notification-due");
    assertThat(report)
        .hasSingleFromRule("revision.approval-due")
        .withSeverity(Severity.DUE)
        .at(LATER);
    assertThat(report.status("10.2")).isEqualTo(ClauseStatus.DUE);
  }

  @Test
  void unapprovedRevisionInEffectViolates10_2() {
    PolicyRevision unapproved = approved(revision(EFFECTIVE), null, null);

    ComplianceReport report = checkWith(unapproved, EFFECTIVE);

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("revision.approval-missing")
        .withEvidence("effectiveFrom", "2026-11-09 00:00");
  }

  @Test
  void revisionApprovedExactlyWhenItTakesEffectComplies10_2() {
    ComplianceReport report = checkWith(approved(revision(EFFECTIVE), MANAGER, EFFECTIVE));

    assertThat(report.findingsOf("10.2")).isEmpty();
  }

  @Test
  void revisionApprovedOneSecondAfterItTookEffectViolates10_2() {
    ComplianceReport report =
        checkWith(approved(revision(EFFECTIVE), MANAGER, EFFECTIVE.plusSeconds(1)));

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("revision.approval-late")
        .withEvidence("late", "1 s");
  }

  // ---- notification ------------------------------------------------------------------------

  @Test
  void revisionInEffectWithTwoMembersNeverNotifiedViolates10_2Once() {
    PolicyRevision partial =
        notified(
            revision(EFFECTIVE),
            rosterExcept(SALES_3, HR_HEAD),
            EFFECTIVE.minus(Duration.ofDays(6)));

    ComplianceReport report = checkWith(partial);

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("revision.notification-missing")
        .withEvidence("missing", SALES_3.value() + ", " + HR_HEAD.value())
        .withEvidence("count", "2")
        .withEvidence("roster", "9");
  }

  @Test
  void revisionNotYetInEffectWithMembersToNotifyIsDue10_2() {
    PolicyRevision partial =
        approved(
            notified(
                revision(LATER),
                rosterExcept(SALES_3),
                GoldenMeeting.AS_OF.minus(Duration.ofDays(1))),
            MANAGER,
            GoldenMeeting.AS_OF.minus(Duration.ofDays(2)));

    ComplianceReport report = checkWith(partial);

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.DUE)
        .fromRule("revision.notification-due")
        .at(LATER)
        .withEvidence("missing", SALES_3.value());
  }

  @Test
  void revisionNotifiedToEveryoneExactlyWhenItTakesEffectComplies10_2() {
    ComplianceReport report =
        checkWith(notified(revision(EFFECTIVE), SampleDepartment.roster(), EFFECTIVE));

    assertThat(report.findingsOf("10.2")).isEmpty();
    assertThat(report.status("10.2")).isEqualTo(ClauseStatus.COMPLIANT);
  }

  @Test
  void memberNotifiedOneSecondAfterTheRevisionTookEffectViolates10_2() {
    PolicyRevision onTime = notified(revision(EFFECTIVE), rosterExcept(SALES_3), EFFECTIVE);
    PolicyRevision oneLate =
        withNotifications(
            onTime,
            concat(
                onTime.notifications(),
                new RevisionNotification(SALES_3, EFFECTIVE.plusSeconds(1))));

    ComplianceReport report = checkWith(oneLate);

    assertThat(report)
        .hasSingleFinding("10.2")
        .withSeverity(Severity.VIOLATION)
        .fromRule("revision.notification-late")
        .withEvidence("person", SALES_3.value())
        .withEvidence("notifiedAt", "2026-11-09 00:00:01")
        .withEvidence("late", "1 s");
  }

  // ---- fixtures ----------------------------------------------------------------------------

  /** The golden records with the revision, as of the golden instant. */
  private static ComplianceReport checkWith(PolicyRevision revision) {
    return checkWith(revision, GoldenMeeting.AS_OF);
  }

  /** The golden records with the revision, as of the instant. */
  private static ComplianceReport checkWith(PolicyRevision revision, Instant asOf) {
    return check(GoldenMeeting.records().withRevisions(List.of(revision)), asOf);
  }

  /**
   * A compliant revision taking effect at the instant: approved by the manager a week before and
   * notified to every roster member six days before.
   */
  private static PolicyRevision revision(Instant effectiveFrom) {
    Instant notifiedAt = effectiveFrom.minus(Duration.ofDays(6));
    return new PolicyRevision(
        RevisionId.of("rev-2026-2"),
        "2.0",
        "Quarterly evaluation: shorter agenda",
        Set.of(RevisionBasis.EVALUATION_RESULT),
        MANAGER,
        effectiveFrom.minus(Duration.ofDays(7)),
        SampleDepartment.roster().stream()
            .map(p -> new RevisionNotification(p, notifiedAt))
            .toList(),
        effectiveFrom);
  }

  private static PolicyRevision approved(PolicyRevision r, PersonId by, Instant at) {
    return new PolicyRevision(
        r.id(), r.version(), r.reason(), r.bases(), by, at, r.notifications(), r.effectiveFrom());
  }

  private static PolicyRevision notified(PolicyRevision r, List<PersonId> people, Instant at) {
    return withNotifications(r, people.stream().map(p -> new RevisionNotification(p, at)).toList());
  }

  private static PolicyRevision withNotifications(
      PolicyRevision r, List<RevisionNotification> notifications) {
    return new PolicyRevision(
        r.id(),
        r.version(),
        r.reason(),
        r.bases(),
        r.approvedBy(),
        r.approvedAt(),
        notifications,
        r.effectiveFrom());
  }

  private static List<PersonId> rosterExcept(PersonId... left) {
    List<PersonId> out = List.of(left);
    return SampleDepartment.roster().stream().filter(p -> !out.contains(p)).toList();
  }

  private static <T> List<T> concat(List<T> list, T more) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
  }
}
