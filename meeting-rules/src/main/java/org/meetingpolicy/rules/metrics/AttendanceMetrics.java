package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;

/**
 * {@link MetricGroup#ATTENDANCE}: who of the invitees of held meetings came, on time (5.1), late,
 * left early or stayed away with or without notice, and caught up afterwards (5.6).
 */
final class AttendanceMetrics {

  private AttendanceMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    Instant asOf = c.asOf();
    int invitees = 0;
    int present = 0;
    int punctual = 0;
    int lateWith = 0;
    int lateWithout = 0;
    int earlyWith = 0;
    int earlyWithout = 0;
    int absentWith = 0;
    int absentWithout = 0;
    int missedPart = 0;
    int caughtUp = 0;
    for (Meeting m : c.held()) {
      Instant expectedBy = m.start().minus(c.policy().expectedArrivalLead());
      Instant actualEnd =
          m.minutes() != null && m.minutes().actualEnd() != null
              ? m.minutes().actualEnd()
              : m.end();
      for (PersonId person : m.invitees()) {
        invitees++;
        Optional<Attendance> attendance =
            m.attendanceOf(person).filter(a -> !a.presences().isEmpty());
        boolean missed = false;
        if (attendance.isEmpty()) {
          missed = true;
          if (noticed(m, person, AttendanceNoticeKind.ABSENCE)) {
            absentWith++;
          } else {
            absentWithout++;
          }
        } else {
          present++;
          Instant arrival = attendance.get().arrival().orElseThrow();
          if (!arrival.isAfter(expectedBy)) {
            punctual++;
          }
          if (arrival.isAfter(m.start())) {
            missed = true;
            if (noticed(m, person, AttendanceNoticeKind.LATE_ARRIVAL)) {
              lateWith++;
            } else {
              lateWithout++;
            }
          }
          Optional<Instant> departure = attendance.get().departure();
          if (departure.isPresent() && departure.get().isBefore(actualEnd)) {
            missed = true;
            if (noticed(m, person, AttendanceNoticeKind.EARLY_LEAVE)) {
              earlyWith++;
            } else {
              earlyWithout++;
            }
          }
        }
        if (missed) {
          missedPart++;
          if (m.catchUps().stream()
              .anyMatch(u -> u.person().equals(person) && !u.at().isAfter(asOf))) {
            caughtUp++;
          }
        }
      }
    }
    return List.of(
        Metric.ratio(MetricKind.ATTENDANCE_RATE, present, invitees, 0),
        Metric.ratio(MetricKind.PUNCTUALITY, punctual, present, 0),
        Metric.count(MetricKind.LATE_ARRIVALS_WITH_NOTICE, lateWith),
        Metric.count(MetricKind.LATE_ARRIVALS_WITHOUT_NOTICE, lateWithout),
        Metric.count(MetricKind.EARLY_LEAVES_WITH_NOTICE, earlyWith),
        Metric.count(MetricKind.EARLY_LEAVES_WITHOUT_NOTICE, earlyWithout),
        Metric.count(MetricKind.ABSENCES_WITH_NOTICE, absentWith),
        Metric.count(MetricKind.ABSENCES_WITHOUT_NOTICE, absentWithout),
        Metric.ratio(MetricKind.CATCH_UP_COMPLETION, caughtUp, missedPart, 0));
  }

  // 5.6: the organizer must be told before the start.
  private static boolean noticed(Meeting m, PersonId person, AttendanceNoticeKind kind) {
    return m.attendanceNotices().stream()
        .anyMatch(
            n ->
                n.person().equals(person)
                    && n.kind() == kind
                    && !n.notifiedAt().isAfter(m.start()));
  }
}
