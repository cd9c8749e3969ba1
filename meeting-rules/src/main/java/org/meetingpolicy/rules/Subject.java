package org.meetingpolicy.rules;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.DepartmentId;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RoomId;
import org.meetingpolicy.rules.facts.Format;

/**
 * What a finding is about: a meeting, a person in a meeting, a resolution, a period and so on.
 *
 * @param kind what kind of thing
 * @param id its id (for a period, its label such as {@code 2026-W46})
 * @param meeting the meeting it belongs to; null for department-wide subjects
 */
public record Subject(SubjectKind kind, String id, @Nullable MeetingId meeting)
    implements Comparable<Subject> {

  private static final Comparator<Subject> ORDER =
      Comparator.comparing((Subject s) -> s.meeting == null ? "" : s.meeting.value())
          .thenComparing(Subject::kind)
          .thenComparing(Subject::id);

  /** Rejects a null kind or id. */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** A meeting. */
  public static Subject meeting(MeetingId meeting) {
    return new Subject(SubjectKind.MEETING, meeting.value(), meeting);
  }

  /** A person, as an invitee or attendee of a meeting. */
  public static Subject person(MeetingId meeting, PersonId person) {
    return new Subject(SubjectKind.PERSON, person.value(), meeting);
  }

  /** An agenda item of a meeting. */
  public static Subject agendaItem(MeetingId meeting, AgendaItemId item) {
    return new Subject(SubjectKind.AGENDA_ITEM, item.value(), meeting);
  }

  /** The minutes of a meeting. */
  public static Subject minutes(MeetingId meeting) {
    return new Subject(SubjectKind.MINUTES, meeting.value(), meeting);
  }

  /** A resolution passed at a meeting. */
  public static Subject resolution(MeetingId meeting, ResolutionId resolution) {
    return new Subject(SubjectKind.RESOLUTION, resolution.value(), meeting);
  }

  /** A room. */
  public static Subject room(RoomId room) {
    return new Subject(SubjectKind.ROOM, room.value(), null);
  }

  /** The department as a whole. */
  public static Subject department(DepartmentId department) {
    return new Subject(SubjectKind.DEPARTMENT, department.value(), null);
  }

  /** A calendar period, by label: {@code 2026-W46}, {@code 2026-11}, {@code 2026-Q4}. */
  public static Subject period(String label) {
    return new Subject(SubjectKind.PERIOD, label, null);
  }

  /** An effectiveness evaluation. */
  public static Subject evaluation(EvaluationId evaluation) {
    return new Subject(SubjectKind.EVALUATION, evaluation.value(), null);
  }

  /** A policy revision. */
  public static Subject revision(RevisionId revision) {
    return new Subject(SubjectKind.REVISION, revision.value(), null);
  }

  /** Orders by meeting, kind, then id. */
  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  /** Such as {@code person p-1 in meeting m-2} or {@code period 2026-W46}. */
  @Override
  public String toString() {
    return text(Language.EN);
  }

  /**
   * The subject for a reader: {@code person p-1 in meeting m-1}, in Chinese {@code 人员 p-1（会议 m-1）}.
   */
  public String text(Language language) {
    boolean inMeeting = meeting != null && kind != SubjectKind.MEETING;
    if (language == Language.ZH) {
      String self = Format.value(kind, null, Language.ZH) + " " + id;
      return inMeeting ? self + "（会议 " + meeting + "）" : self;
    }
    String self = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id;
    return inMeeting ? self + " in meeting " + meeting : self;
  }
}
