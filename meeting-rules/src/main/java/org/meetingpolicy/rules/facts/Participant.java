package org.meetingpolicy.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.CatchUp;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.Person;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.model.ResponseKind;
import org.meetingpolicy.rules.Subject;

/**
 * One person at one meeting as section 5 (discipline) sees them, classified once in Java: invited
 * or not, when they arrived and left, which advance notices they gave before the start, what they
 * missed and by when they must catch up. Inserted per invitee and per person present, joined to its
 * meeting by reference, so the discipline rules walk no model list.
 *
 * @param meeting the meeting
 * @param id who
 * @param person the person as recorded in the department; null when unknown
 * @param invited whether they were invited
 * @param arrival their first arrival; null when absent
 * @param departure their last departure; null when absent or staying to the end
 * @param declinedBeforeStart whether their last response at or before the start is a decline
 * @param absenceNoticed whether they gave an ABSENCE notice at or before the start
 * @param lateNoticed whether they gave a LATE_ARRIVAL notice at or before the start
 * @param earlyLeaveNoticed whether they gave an EARLY_LEAVE notice at or before the start
 * @param firstCatchUp their first catch-up; null when none
 */
public record Participant(
    MeetingFact meeting,
    PersonId id,
    @Nullable Person person,
    boolean invited,
    @Nullable Instant arrival,
    @Nullable Instant departure,
    boolean declinedBeforeStart,
    boolean absenceNoticed,
    boolean lateNoticed,
    boolean earlyLeaveNoticed,
    @Nullable Instant firstCatchUp)
    implements OfMeeting {

  /** Everyone invited to or present at the meeting, once each, invitees first. */
  public static List<Participant> of(MeetingFact fact) {
    Meeting meeting = fact.meeting();
    List<PersonId> ids = new ArrayList<>(meeting.invitees());
    for (Attendance attendance : meeting.attendance()) {
      if (!attendance.presences().isEmpty() && !ids.contains(attendance.person())) {
        ids.add(attendance.person());
      }
    }
    Instant start = fact.start();
    List<Participant> participants = new ArrayList<>(ids.size());
    for (PersonId id : ids) {
      Attendance attendance = meeting.attendanceOf(id).orElse(null);
      participants.add(
          new Participant(
              fact,
              id,
              fact.person(id),
              meeting.isInvited(id),
              attendance == null ? null : attendance.arrival().orElse(null),
              attendance == null ? null : attendance.departure().orElse(null),
              declinedBeforeStart(meeting, id, start),
              noticed(meeting, id, AttendanceNoticeKind.ABSENCE, start),
              noticed(meeting, id, AttendanceNoticeKind.LATE_ARRIVAL, start),
              noticed(meeting, id, AttendanceNoticeKind.EARLY_LEAVE, start),
              meeting.catchUps().stream()
                  .filter(c -> c.person().equals(id))
                  .map(CatchUp::at)
                  .min(Instant::compareTo)
                  .orElse(null)));
    }
    return participants;
  }

  private static boolean declinedBeforeStart(Meeting meeting, PersonId id, Instant start) {
    Response last = null;
    for (Response response : meeting.responses()) {
      if (response.person().equals(id)
          && !response.at().isAfter(start)
          && (last == null || !response.at().isBefore(last.at()))) {
        last = response;
      }
    }
    return last != null && last.kind() == ResponseKind.DECLINE;
  }

  private static boolean noticed(
      Meeting meeting, PersonId id, AttendanceNoticeKind kind, Instant start) {
    for (AttendanceNotice notice : meeting.attendanceNotices()) {
      if (notice.person().equals(id)
          && notice.kind() == kind
          && !notice.notifiedAt().isAfter(start)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Subject subject() {
    return meeting.personSubject(id);
  }

  /** Whether they came at all. */
  public boolean present() {
    return arrival != null;
  }

  /** The latest arrival the policy expects: the start less the expected lead (5.1). */
  public Instant expectedBy() {
    return meeting.beforeStart(policy().expectedArrivalLead());
  }

  /** Whether they arrived later than expected but not after the start (5.1). */
  public boolean arrivedShortOfLead() {
    return arrival != null && arrival.isAfter(expectedBy()) && !arrival.isAfter(meeting.start());
  }

  /** Whether they arrived after the start (5.1, 5.6). */
  public boolean arrivedLate() {
    return arrival != null && arrival.isAfter(meeting.start());
  }

  /**
   * The end leaving is judged against (5.6): the actual end when the minutes record it, else the
   * planned end.
   */
  public Instant judgedEnd() {
    Minutes minutes = meeting.meeting().minutes();
    return minutes != null && minutes.actualEnd() != null ? minutes.actualEnd() : meeting.end();
  }

  /** Whether they left before the judged end (5.6). */
  public boolean leftEarly() {
    return departure != null && departure.isBefore(judgedEnd());
  }

  /**
   * What they missed of the meeting (5.6): {@code absent}, {@code late}, {@code left early}, {@code
   * late and left early}; null when they were there throughout.
   */
  public @Nullable String missed() {
    if (arrival == null) {
      return "absent";
    }
    boolean late = arrivedLate();
    boolean early = leftEarly();
    if (late && early) {
      return "late and left early";
    }
    return late ? "late" : early ? "left early" : null;
  }

  /** When the catch-up period starts: the first distribution of the minutes, else the end. */
  public Instant catchUpFrom() {
    Minutes minutes = meeting.meeting().minutes();
    Instant first = null;
    if (minutes != null) {
      for (Distribution distribution : minutes.distributions()) {
        if (first == null || distribution.at().isBefore(first)) {
          first = distribution.at();
        }
      }
    }
    return first == null ? meeting.end() : first;
  }

  /** By when they must catch up (5.6). */
  public Instant catchUpDeadline() {
    return catchUpFrom().plus(policy().catchUpPeriod());
  }

  /**
   * A catch-up finding (5.6) begun in {@code finding}, completed with the evidence every catch-up
   * message names (who, what they missed, from when and for how long, the deadline) and built.
   */
  public FindingFact catchUpFinding(Findings.Builder finding) {
    return finding
        .with("person", id)
        .with("missed", missed())
        .with("from", catchUpFrom())
        .with("period", policy().catchUpPeriod())
        .with("deadline", catchUpDeadline())
        .build();
  }

  /** How late they arrived, for evidence. */
  public Duration lateness() {
    return Duration.between(meeting.start(), arrival);
  }
}
