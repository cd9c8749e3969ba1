package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.rules.Subject;

/**
 * The minutes of a meeting as section 6 sees them, with what its rules need computed once: the
 * level they are classified at, who may approve them, their deadlines, whom they must reach.
 * Inserted, with its distributions, addressees and recipients, for every meeting that has minutes.
 *
 * @param meeting the meeting
 * @param minutes its minutes
 */
public record MinutesFact(MeetingFact meeting, Minutes minutes) implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.minutesSubject();
  }

  /**
   * The level the minutes are classified at (6.9): their own classification, else the meeting's.
   */
  public Confidentiality level() {
    return minutes.classification() != null ? minutes.classification() : meeting.confidentiality();
  }

  /** Who may approve the minutes (6.4): the organizer and the department manager. */
  public List<PersonId> approvers() {
    List<PersonId> approvers = new ArrayList<>();
    if (meeting.meeting().organizer() != null) {
      approvers.add(meeting.meeting().organizer());
    }
    if (meeting.manager() != null && !approvers.contains(meeting.manager())) {
      approvers.add(meeting.manager());
    }
    return approvers;
  }

  /** By when the approved minutes must be distributed (6.5). */
  public Instant distributionDeadline() {
    return meeting.workingDaysAfterEnd(policy().minutesDistributionWorkingDays());
  }

  /** By when the minutes must be archived (6.7). */
  public Instant archiveDeadline() {
    return meeting.workingDaysAfterEnd(policy().minutesArchiveWorkingDays());
  }

  /** Whether they have been distributed at all. */
  public boolean distributed() {
    return !minutes.distributions().isEmpty();
  }

  /** When they were first distributed; null when never. */
  public @Nullable Instant firstDistributionAt() {
    return minutes.distributions().stream()
        .map(Distribution::at)
        .min(Instant::compareTo)
        .orElse(null);
  }

  /** When a person or department was first sent the minutes; null when never. */
  public @Nullable Instant firstSentTo(Object addressee) {
    Instant first = null;
    for (Distribution d : minutes.distributions()) {
      if ((d.recipients().contains(addressee) || d.departments().contains(addressee))
          && (first == null || d.at().isBefore(first))) {
        first = d.at();
      }
    }
    return first;
  }

  /**
   * Whether the addressee was reached in time (6.5): by the deadline, or by a first distribution
   * that was itself late (the lateness is reported once, as distributed-late).
   */
  public boolean reachedInTime(Object addressee) {
    Instant deadline = distributionDeadline();
    Instant first = firstDistributionAt();
    for (Distribution d : minutes.distributions()) {
      if ((d.recipients().contains(addressee) || d.departments().contains(addressee))
          && (!d.at().isAfter(deadline) || !d.at().isAfter(first))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attendees the minutes must reach (6.5): present per the attendance record or listed in the
   * minutes, and allowed to see them (6.9), without repeats.
   */
  public List<PersonId> attendeesToReach() {
    LinkedHashSet<PersonId> people = new LinkedHashSet<>();
    for (Attendance attendance : meeting.meeting().attendance()) {
      if (!attendance.presences().isEmpty()) {
        people.add(attendance.person());
      }
    }
    people.addAll(minutes.attendees());
    Confidentiality level = level();
    List<PersonId> reach = new ArrayList<>();
    for (PersonId id : people) {
      Person person = meeting.person(id);
      if (person != null && person.isClearedFor(level)) {
        reach.add(id);
      }
    }
    return reach;
  }

  /**
   * The departments concerned (6.5), for minutes that are not restricted: each related department
   * whose head was invited, and each other department responsible for a resolution of the meeting.
   */
  public List<DepartmentId> departmentsToReach() {
    LinkedHashSet<DepartmentId> departments = new LinkedHashSet<>();
    if (level().isRestricted()) {
      return List.of();
    }
    for (RelatedDepartment related : meeting.department().relatedDepartments()) {
      if (related.head() != null && meeting.meeting().isInvited(related.head())) {
        departments.add(related.id());
      }
    }
    for (Resolution resolution : meeting.meeting().resolutions()) {
      Responsible responsible = resolution.responsible();
      if (responsible != null
          && responsible.department() != null
          && !responsible.department().equals(meeting.department().id())) {
        departments.add(responsible.department());
      }
    }
    return new ArrayList<>(departments);
  }

  /** Everyone the minutes were sent to, without repeats (6.9). */
  public List<PersonId> recipients() {
    LinkedHashSet<PersonId> people = new LinkedHashSet<>();
    for (Distribution d : minutes.distributions()) {
      people.addAll(d.recipients());
    }
    return new ArrayList<>(people);
  }

  /** The first version written at or after the instant; null when none (6.6). */
  public @Nullable Instant firstVersionSince(Instant since) {
    Instant first = null;
    for (MinutesVersion v : minutes.versions()) {
      if (!v.at().isBefore(since) && (first == null || v.at().isBefore(first))) {
        first = v.at();
      }
    }
    return first;
  }

  /** The first distribution of a version written at or after the instant; null when none (6.6). */
  public @Nullable Instant firstRedistributionSince(Instant since) {
    Instant first = null;
    for (Distribution d : minutes.distributions()) {
      boolean updated = false;
      for (MinutesVersion v : minutes.versions()) {
        if (v.number() == d.version() && !v.at().isBefore(since)) {
          updated = true;
        }
      }
      if (updated && !d.at().isBefore(since) && (first == null || d.at().isBefore(first))) {
        first = d.at();
      }
    }
    return first;
  }
}
