package org.meetingpolicy.rules.facts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.Confidentiality;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentFunction;
import org.meetingpolicy.core.model.DesignationRole;
import org.meetingpolicy.core.model.Equipment;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Position;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.Room;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * One meeting as the rules see it: the record, its department, the policy and the instant of
 * judgement, with zone-aware values derived once. Immutable.
 */
public final class MeetingFact implements RuleFact {

  private final int scope;
  private final Meeting meeting;
  private final Department department;
  private final MeetingPolicy policy;
  private final Instant asOf;
  private final Subject subject;
  private final ZonedDateTime localStart;
  private final ZonedDateTime localEnd;
  private final CalendarPeriod week;
  private final CalendarPeriod month;
  private final CalendarPeriod evaluationPeriod;
  private final @Nullable Instant firstNoticeAt;

  /** Wraps a meeting for the rules. */
  public MeetingFact(
      int scope, Meeting meeting, Department department, MeetingPolicy policy, Instant asOf) {
    this.scope = scope;
    this.meeting = meeting;
    this.department = department;
    this.policy = policy;
    this.asOf = asOf;
    this.subject = Subject.meeting(meeting.id());
    this.localStart = policy.local(meeting.start());
    this.localEnd = policy.local(meeting.end());
    this.week = policy.weekOf(meeting.start());
    this.month = policy.monthOf(meeting.start());
    this.evaluationPeriod = policy.evaluationPeriodOf(meeting.start());
    this.firstNoticeAt =
        meeting.notices().stream().map(Notice::sentAt).min(Instant::compareTo).orElse(null);
  }

  /** By when the room must be chosen and its booking confirmed (3.2, 3.5). */
  public Instant roomBookingDeadline() {
    return leadDeadline(policy.roomBookingLeadTime());
  }

  /** Whether it comes before the other regular meeting of its week: by start, then id (3.1). */
  public boolean precedesInWeek(MeetingFact other) {
    int byStart = start().compareTo(other.start());
    return byStart < 0 || (byStart == 0 && id().value().compareTo(other.id().value()) < 0);
  }

  /**
   * The invitees who have not answered (2.6), in invitation order; a response later than the
   * instant of judgement is already cut from the record.
   */
  public List<PersonId> silentInvitees() {
    List<PersonId> silent = new ArrayList<>();
    for (var invitation : meeting.invitations()) {
      PersonId person = invitation.person();
      if (meeting.responses().stream().noneMatch(r -> r.person().equals(person))) {
        silent.add(person);
      }
    }
    return silent;
  }

  /**
   * The deadline {@code lead} before the start; the start itself for an emergency meeting, which
   * 9.1 exempts from lead times.
   */
  public Instant leadDeadline(Duration lead) {
    return isEmergency() ? start() : beforeStart(lead);
  }

  /**
   * Whether a notice stating time, place and agenda counts (3.4): one sent by {@code deadline}; or,
   * when no notice at all was on time, any complete notice.
   */
  public boolean completeNoticeCounts(Instant deadline) {
    for (Notice notice : meeting.notices()) {
      if (notice.isComplete()
          && (!notice.sentAt().isAfter(deadline)
              || (firstNoticeAt != null && firstNoticeAt.isAfter(deadline)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The equipment the pre-meeting check must cover (3.6): the required room equipment, and video
   * conferencing for a hybrid meeting.
   */
  public Set<Equipment> equipmentToCheck() {
    Set<Equipment> needed = EnumSet.noneOf(Equipment.class);
    needed.addAll(policy.requiredRoomEquipment());
    if (meeting.mode() == MeetingMode.HYBRID) {
      needed.add(Equipment.VIDEO_CONFERENCE);
    }
    return needed;
  }

  /** The room chosen, as recorded in the department; null when none is chosen or known (3.2). */
  public @Nullable Room chosenRoom() {
    if (meeting.room() == null) {
      return null;
    }
    for (Room room : department.rooms()) {
      if (room.id().equals(meeting.room())) {
        return room;
      }
    }
    return null;
  }

  /** The bookings of the chosen room that cover the planned span (3.5). */
  public List<RoomBooking> coveringBookings() {
    List<RoomBooking> covering = new ArrayList<>();
    for (RoomBooking booking : meeting.bookings()) {
      if (booking.room().equals(meeting.room()) && booking.covers(start(), end())) {
        covering.add(booking);
      }
    }
    return covering;
  }

  /** The covering booking requested first; null when none (3.5). */
  public @Nullable RoomBooking firstCoveringBooking() {
    RoomBooking first = null;
    for (RoomBooking booking : coveringBookings()) {
      if (first == null || booking.requestedAt().isBefore(first.requestedAt())) {
        first = booking;
      }
    }
    return first;
  }

  /** When a covering booking was first confirmed; null when none was (3.5). */
  public @Nullable Instant firstCoveringConfirmation() {
    Instant first = null;
    for (RoomBooking booking : coveringBookings()) {
      if (booking.confirmedAt() != null
          && (first == null || booking.confirmedAt().isBefore(first))) {
        first = booking.confirmedAt();
      }
    }
    return first;
  }

  /** Whether the secretary requested some covering booking (3.5). */
  public boolean coveringBookingBySecretary() {
    for (RoomBooking booking : coveringBookings()) {
      if (booking.requestedBy().equals(meeting.secretary())) {
        return true;
      }
    }
    return false;
  }

  /** The first (lowest-numbered) version of the minutes; null when none is recorded (4.10). */
  public @Nullable MinutesVersion firstMinutesVersion() {
    if (meeting.minutes() == null) {
      return null;
    }
    MinutesVersion first = null;
    for (MinutesVersion version : meeting.minutes().versions()) {
      if (first == null || version.number() < first.number()) {
        first = version;
      }
    }
    return first;
  }

  /** The agenda's items, in order; none when no agenda was prepared (section 4). */
  public List<AgendaItem> agendaItems() {
    return meeting.agenda() == null ? List.of() : meeting.agenda().items();
  }

  /** Whether the agenda's last item is of the category; false for an empty agenda (4.8). */
  public boolean agendaEndsWith(AgendaCategory category) {
    List<AgendaItem> items = agendaItems();
    return !items.isEmpty() && items.get(items.size() - 1).category() == category;
  }

  /** The item's place on the agenda, counted from 1; 0 when it is not on it (4.8). */
  public int agendaPosition(AgendaItem item) {
    return agendaItems().indexOf(item) + 1;
  }

  /**
   * Whether the person may present the policy item (4.1): the department's manager (the recorded
   * one, or anyone of position MANAGER), or someone holding an ORGANIZER designation at the start,
   * the model's only record of a deputy the manager designated.
   */
  public boolean isManagerOrDesignee(PersonId person) {
    return person.equals(manager())
        || positionOf(person) == Position.MANAGER
        || isDesignated(person, DesignationRole.ORGANIZER);
  }

  /**
   * The related department the person heads (4.3): the one that records them as its head, else, for
   * an internal DEPARTMENT_HEAD, the related department they belong to; null when neither.
   */
  public @Nullable RelatedDepartment relatedDepartmentHeadedBy(PersonId person) {
    for (RelatedDepartment related : department.relatedDepartments()) {
      if (person.equals(related.head())) {
        return related;
      }
    }
    Person recorded = person(person);
    if (recorded != null
        && !recorded.external()
        && recorded.position() == Position.DEPARTMENT_HEAD) {
      for (RelatedDepartment related : department.relatedDepartments()) {
        if (related.id().equals(recorded.department())) {
          return related;
        }
      }
    }
    return null;
  }

  /** The head of the first related marketing department that records one; null when none (4.3). */
  public @Nullable PersonId marketingHead() {
    for (RelatedDepartment related : department.relatedDepartments()) {
      if (related.function() == DepartmentFunction.MARKETING && related.head() != null) {
        return related.head();
      }
    }
    return null;
  }

  /** Whether the person is sales staff, supervisors included (4.4). */
  public boolean isSalesStaff(PersonId person) {
    Position position = positionOf(person);
    return position == Position.SALES_STAFF || position == Position.SUPERVISOR;
  }

  /**
   * Who wrote the minutes (4.10): the recorder, else the author of the first version; null without
   * minutes or when neither is known.
   */
  public @Nullable PersonId minutesWriter() {
    Minutes minutes = meeting.minutes();
    if (minutes == null) {
      return null;
    }
    if (minutes.recorder() != null) {
      return minutes.recorder();
    }
    MinutesVersion first = firstMinutesVersion();
    return first == null ? null : first.by();
  }

  /**
   * Whether the minutes were written by someone other than the secretary (4.10): false while the
   * writer is unknown or no secretary is named (2.2 reports that).
   */
  public boolean minutesNotBySecretary() {
    PersonId writer = minutesWriter();
    return meeting.secretary() != null && writer != null && !writer.equals(meeting.secretary());
  }

  /**
   * A finding about the presenter of an agenda item (4.1, 4.3, 4.4, 4.8) begun in {@code finding},
   * made about the item, completed with the evidence every presenter message names (the item, its
   * presenter and their position, {@code unknown} when not recorded, the agenda's deadline and
   * lead) and built.
   */
  public FindingFact presenterFinding(Findings.Builder finding, AgendaItem item) {
    PersonId presenter = item.presenter();
    Position position = presenter == null ? null : positionOf(presenter);
    return finding
        .about(agendaItemSubject(item.id()))
        .with("item", item.id())
        .with("presenter", presenter)
        .with("position", position == null ? "unknown" : position)
        .with("deadline", beforeStart(policy.agendaLeadTime()))
        .with("lead", policy.agendaLeadTime())
        .build();
  }

  /** When the first notice went out; null when none did (3.4, 9.1, 9.3). */
  public @Nullable Instant firstNoticeAt() {
    return firstNoticeAt;
  }

  @Override
  public int scope() {
    return scope;
  }

  /** The meeting record. */
  public Meeting meeting() {
    return meeting;
  }

  /** The department the meeting belongs to. */
  public Department department() {
    return department;
  }

  @Override
  public MeetingPolicy policy() {
    return policy;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  @Override
  public Subject subject() {
    return subject;
  }

  /** The meeting's id. */
  public MeetingId id() {
    return meeting.id();
  }

  /** Whether it is a regular meeting (3.1). */
  public boolean isRegular() {
    return meeting.kind() == MeetingKind.REGULAR;
  }

  /** Whether it is an emergency meeting (9.1). */
  public boolean isEmergency() {
    return meeting.kind() == MeetingKind.EMERGENCY;
  }

  /** In person, online or hybrid. */
  public MeetingMode mode() {
    return meeting.mode();
  }

  /** How sensitive the meeting is. */
  public Confidentiality confidentiality() {
    return meeting.confidentiality();
  }

  /** The planned start. */
  public Instant start() {
    return meeting.start();
  }

  /** The planned end. */
  public Instant end() {
    return meeting.end();
  }

  /** The planned start in the policy's zone. */
  public ZonedDateTime localStart() {
    return localStart;
  }

  /** The planned end in the policy's zone. */
  public ZonedDateTime localEnd() {
    return localEnd;
  }

  /** The day of week of the start, in the policy's zone. */
  public DayOfWeek startDay() {
    return localStart.getDayOfWeek();
  }

  /** The local time of the start, in the policy's zone. */
  public LocalTime startTime() {
    return localStart.toLocalTime();
  }

  /** The local time of the end, in the policy's zone. */
  public LocalTime endTime() {
    return localEnd.toLocalTime();
  }

  /** Whether start and end fall on the same local date. */
  public boolean isSingleDay() {
    return localStart.toLocalDate().equals(localEnd.toLocalDate());
  }

  /** The ISO week of the start, in the policy's zone. */
  public CalendarPeriod week() {
    return week;
  }

  /** The calendar month of the start, in the policy's zone. */
  public CalendarPeriod month() {
    return month;
  }

  /** The evaluation period (quarter or half-year) of the start, in the policy's zone. */
  public CalendarPeriod evaluationPeriod() {
    return evaluationPeriod;
  }

  /** Whether the meeting has started at the instant of judgement. */
  public boolean isStarted() {
    return !asOf.isBefore(start());
  }

  /** Whether the meeting has ended at the instant of judgement. */
  public boolean isEnded() {
    return !asOf.isBefore(end());
  }

  /** The instant {@code lead} before the start: a deadline such as the notice's. */
  public Instant beforeStart(Duration lead) {
    return start().minus(lead);
  }

  /** The instant {@code delay} after the end. */
  public Instant afterEnd(Duration delay) {
    return end().plus(delay);
  }

  /** The instant {@code workingDays} working days after the end, in the policy's calendar. */
  public Instant workingDaysAfterEnd(int workingDays) {
    return policy.workingDaysAfter(end(), workingDays);
  }

  /** Who must be invited (2.3): the department's roster. */
  public List<PersonId> roster() {
    return department.roster();
  }

  /** The department's manager, or null when not recorded. */
  public @Nullable PersonId manager() {
    return department.manager();
  }

  /** The person's position, or null when the person is not recorded. */
  public @Nullable Position positionOf(PersonId person) {
    return person == null ? null : department.person(person).map(Person::position).orElse(null);
  }

  /** The person's record, or null when not recorded. */
  public @Nullable Person person(PersonId person) {
    return person == null ? null : department.person(person).orElse(null);
  }

  /** Whether the person holds the designation at the meeting's start (2.1, 2.2). */
  public boolean isDesignated(PersonId person, DesignationRole role) {
    return person != null && department.isDesignated(person, role, start());
  }

  /** Whether the person is the organizer or the secretary. */
  public boolean isOrganizerOrSecretary(PersonId person) {
    return person != null
        && (person.equals(meeting.organizer()) || person.equals(meeting.secretary()));
  }

  /** A person of this meeting, as a finding's subject. */
  public Subject personSubject(PersonId person) {
    return Subject.person(meeting.id(), person);
  }

  /** An agenda item of this meeting, as a finding's subject. */
  public Subject agendaItemSubject(AgendaItemId item) {
    return Subject.agendaItem(meeting.id(), item);
  }

  /** The minutes of this meeting, as a finding's subject. */
  public Subject minutesSubject() {
    return Subject.minutes(meeting.id());
  }

  /** A resolution of this meeting, as a finding's subject. */
  public Subject resolutionSubject(ResolutionId resolution) {
    return Subject.resolution(meeting.id(), resolution);
  }

  @Override
  public String toString() {
    return "MeetingFact[" + meeting.id() + "]";
  }
}
