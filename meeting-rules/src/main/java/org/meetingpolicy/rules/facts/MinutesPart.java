package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Approval;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.rules.Subject;

/**
 * The parts of a meeting's minutes that section 6 judges one by one, each classified once in Java
 * and inserted with its {@link MinutesFact}. Every finding about them is about the minutes.
 */
public sealed interface MinutesPart extends OfMeeting {

  /** The minutes it belongs to. */
  MinutesFact minutes();

  @Override
  default MeetingFact meeting() {
    return minutes().meeting();
  }

  @Override
  default Subject subject() {
    return minutes().subject();
  }

  /** Every part of the minutes, in a stable order. */
  static List<MinutesPart> of(MinutesFact minutes) {
    List<MinutesPart> parts = new ArrayList<>();
    List<PersonId> approvers = minutes.approvers();
    for (Distribution d : minutes.minutes().distributions()) {
      parts.add(DistributionPart.of(minutes, d, approvers));
      for (DepartmentId department : d.departments()) {
        parts.add(new DepartmentCopy(minutes, d, department));
      }
    }
    for (PersonId person : minutes.attendeesToReach()) {
      parts.add(new Addressee(minutes, person, minutes.reachedInTime(person)));
    }
    for (DepartmentId department : minutes.departmentsToReach()) {
      parts.add(new Addressee(minutes, department, minutes.reachedInTime(department)));
    }
    for (PersonId person : minutes.recipients()) {
      parts.add(new Recipient(minutes, person, minutes.meeting().person(person)));
    }
    for (Resolution resolution : minutes.meeting().meeting().resolutions()) {
      for (PlanReview review : resolution.reviews()) {
        if (review.planAdjusted()) {
          Instant t = review.at();
          parts.add(
              new PlanChange(
                  minutes,
                  resolution.id(),
                  t,
                  t.plus(minutes.policy().minutesUpdatePeriod()),
                  minutes.firstVersionSince(t),
                  minutes.firstRedistributionSince(t)));
        }
      }
    }
    return parts;
  }

  /**
   * One distribution of the minutes and how its version was approved (6.4).
   *
   * @param minutes the minutes
   * @param distribution the distribution
   * @param approvedInTime whether an allowed approver approved its version at or before it
   * @param laterApproval the first approval of its version by an allowed approver after it; null
   * @param otherApproval when no allowed approver ever approved the version: the first approval of
   *     it at or before the distribution, by someone else; null
   */
  record DistributionPart(
      MinutesFact minutes,
      Distribution distribution,
      boolean approvedInTime,
      @Nullable Approval laterApproval,
      boolean approvedByAllowed,
      @Nullable Approval otherApproval)
      implements MinutesPart {

    static DistributionPart of(MinutesFact minutes, Distribution d, List<PersonId> approvers) {
      boolean inTime = false;
      boolean byAllowed = false;
      Approval later = null;
      Approval other = null;
      for (Approval a : minutes.minutes().approvals()) {
        if (a.version() != d.version()) {
          continue;
        }
        boolean allowed = approvers.contains(a.by());
        byAllowed |= allowed;
        if (allowed && !a.at().isAfter(d.at())) {
          inTime = true;
        }
        if (allowed && a.at().isAfter(d.at()) && (later == null || a.at().isBefore(later.at()))) {
          later = a;
        }
        if (!a.at().isAfter(d.at()) && (other == null || a.at().isBefore(other.at()))) {
          other = a;
        }
      }
      return new DistributionPart(minutes, d, inTime, later, byAllowed, byAllowed ? null : other);
    }
  }

  /**
   * A whole department a distribution went to (6.9).
   *
   * @param minutes the minutes
   * @param distribution the distribution
   * @param department the department
   */
  record DepartmentCopy(MinutesFact minutes, Distribution distribution, DepartmentId department)
      implements MinutesPart {}

  /**
   * A person or department the minutes must reach (6.5).
   *
   * @param minutes the minutes
   * @param addressee a {@link PersonId} or a {@link DepartmentId}
   * @param reachedInTime whether it was sent the minutes in time
   */
  record Addressee(MinutesFact minutes, Object addressee, boolean reachedInTime)
      implements MinutesPart {

    /** Whether it is a person (else a department). */
    public boolean person() {
      return addressee instanceof PersonId;
    }

    /** Whether any distribution reached it. */
    public boolean sent() {
      return minutes.firstSentTo(addressee) != null;
    }
  }

  /**
   * Someone the minutes were sent to (6.9).
   *
   * @param minutes the minutes
   * @param id who
   * @param person the person as recorded; null when unknown
   */
  record Recipient(MinutesFact minutes, PersonId id, @Nullable Person person)
      implements MinutesPart {

    /** When they were first sent the minutes. */
    public @Nullable Instant sentAt() {
      return minutes.firstSentTo(id);
    }
  }

  /**
   * A change of a resolution's plan that the minutes must follow (6.6).
   *
   * @param minutes the minutes
   * @param resolution the resolution whose plan changed
   * @param changedAt when the plan changed
   * @param deadline by when the minutes must be updated and redistributed
   * @param updatedAt the first version written since; null
   * @param redistributedAt the first redistribution of such a version; null
   */
  record PlanChange(
      MinutesFact minutes,
      ResolutionId resolution,
      Instant changedAt,
      Instant deadline,
      @Nullable Instant updatedAt,
      @Nullable Instant redistributedAt)
      implements MinutesPart {}
}
