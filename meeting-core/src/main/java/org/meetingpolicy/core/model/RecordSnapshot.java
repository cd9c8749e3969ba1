package org.meetingpolicy.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Cuts well-formed records to what had happened by an instant: "as of" means "as known at that
 * instant". A fact that carries the instant it happened (a notice sent, a response, a presence, an
 * approval, a report, a completion …) is left out when that instant is after {@code asOf}; an
 * optional instant after it reads as not yet happened (null). Plans are kept as they are: planned
 * start and end, invitations, the room, deadlines, plan steps.
 *
 * <p>Where a later happening changed a plan, the plan is restored: a reschedule decided after the
 * instant is undone (the meeting is back at the start it had before, with its duration). Where a
 * record has no instant of its own, it follows the meeting: minutes, resolutions and the attendance
 * of a meeting that has not started are unseen. Minutes whose every recorded version is later are
 * not yet written.
 *
 * <p>Left out when dated after the instant: notices ({@code sentAt}), responses, the
 * reconfirmation, the final list, the discipline reminder, bookings ({@code requestedAt}; a later
 * {@code confirmedAt} reads as unconfirmed), equipment checks, technical support ({@code
 * arrangedAt}), the agenda ({@code preparedAt}) and its materials, agenda and attendee changes
 * ({@code decidedAt}; {@code notifiedAt}), presences ({@code joined}; a later {@code left} reads as
 * still there), attendance notices, catch-ups, minutes versions, approvals, distributions and the
 * archive, resolutions' progress reports, reviews, completion (the status goes back to in progress)
 * and result evaluation, feedback requests and feedback, next-meeting scheduling, evaluations
 * ({@code conductedAt}) with their surveys and follow-ups, revisions' approval and notifications.
 * Kept: planned start and end, invitations, room, deadlines, plan steps, designations, revisions'
 * {@code effectiveFrom}.
 *
 * <p>The input must be valid; so is the result. Cutting twice at the same instant changes nothing.
 */
public final class RecordSnapshot {

  private RecordSnapshot() {}

  /** What a recorder would have held at {@code asOf}. */
  public static DepartmentRecords at(DepartmentRecords records, Instant asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    Known known = new Known(asOf);
    return new DepartmentRecords(
        records.department(),
        map(records.meetings(), known::meeting),
        keep(records.evaluations(), e -> known.seen(e.conductedAt()), known::evaluation),
        map(records.revisions(), known::revision),
        records.coverage());
  }

  /** The cuts at one instant. */
  private record Known(Instant asOf) {

    boolean seen(Instant happened) {
      return !happened.isAfter(asOf);
    }

    @Nullable Instant orNull(@Nullable Instant happened) {
      return happened == null || happened.isAfter(asOf) ? null : happened;
    }

    Meeting meeting(Meeting m) {
      Meeting.Builder b = m.toBuilder();
      // Undo the reschedules decided later: the first of them says where the meeting stood.
      List<Reschedule> reschedules = new ArrayList<>();
      Reschedule firstLater = null;
      for (Reschedule r : m.reschedules()) {
        if (seen(r.decidedAt())) {
          reschedules.add(
              new Reschedule(
                  r.previousStart(),
                  r.newStart(),
                  r.decidedAt(),
                  r.decidedBy(),
                  orNull(r.attendeesConsultedAt())));
        } else if (firstLater == null || r.decidedAt().isBefore(firstLater.decidedAt())) {
          firstLater = r;
        }
      }
      b.reschedules(reschedules);
      if (firstLater != null) {
        Duration length = Duration.between(m.plannedStart(), m.plannedEnd());
        ZonedDateTime start = firstLater.previousStart();
        b.plannedStart(start).plannedEnd(start.plus(length));
      }
      boolean started = seen(m.start());
      b.notices(filter(m.notices(), n -> seen(n.sentAt())))
          .responses(filter(m.responses(), r -> seen(r.at())))
          .reconfirmation(
              m.reconfirmation() != null && seen(m.reconfirmation().at())
                  ? m.reconfirmation()
                  : null)
          .finalAttendeeList(
              m.finalAttendeeList() != null && seen(m.finalAttendeeList().at())
                  ? m.finalAttendeeList()
                  : null)
          .disciplineReminder(
              m.disciplineReminder() != null && seen(m.disciplineReminder().at())
                  ? m.disciplineReminder()
                  : null)
          .bookings(keep(m.bookings(), bk -> seen(bk.requestedAt()), this::booking))
          .equipmentChecks(filter(m.equipmentChecks(), c -> seen(c.at())))
          .technicalSupport(technicalSupport(m.technicalSupport()))
          .agenda(agenda(m.agenda()))
          .agendaChanges(filter(m.agendaChanges(), c -> seen(c.at())))
          .attendeeChanges(
              keep(
                  m.attendeeChanges(),
                  c -> seen(c.decidedAt()),
                  c ->
                      new AttendeeChange(
                          c.person(),
                          c.kind(),
                          c.decidedAt(),
                          c.notifiedAt() != null && seen(c.notifiedAt()) ? c.notifiedBy() : null,
                          orNull(c.notifiedAt()))))
          .attendance(started ? map(m.attendance(), this::attendance) : List.of())
          .attendanceNotices(filter(m.attendanceNotices(), n -> seen(n.notifiedAt())))
          .catchUps(filter(m.catchUps(), c -> seen(c.at())))
          .minutes(started ? minutes(m.minutes()) : null)
          .resolutions(started ? map(m.resolutions(), this::resolution) : List.of())
          .feedbackRequest(
              m.feedbackRequest() != null && seen(m.feedbackRequest().at())
                  ? m.feedbackRequest()
                  : null)
          .feedback(filter(m.feedback(), f -> seen(f.at())))
          .nextMeeting(
              m.nextMeeting() != null && seen(m.nextMeeting().at()) ? m.nextMeeting() : null);
      return b.build();
    }

    RoomBooking booking(RoomBooking b) {
      return new RoomBooking(
          b.room(), b.from(), b.to(), b.requestedBy(), b.requestedAt(), orNull(b.confirmedAt()));
    }

    @Nullable TechnicalSupport technicalSupport(@Nullable TechnicalSupport t) {
      if (t == null || t.arrangedAt() == null || seen(t.arrangedAt())) {
        return t;
      }
      return new TechnicalSupport(t.needed(), null, null);
    }

    @Nullable Agenda agenda(@Nullable Agenda a) {
      if (a == null || (a.preparedAt() != null && !seen(a.preparedAt()))) {
        return null;
      }
      return new Agenda(
          a.preparedBy(),
          a.preparedAt(),
          a.consulted(),
          map(
              a.items(),
              i ->
                  new AgendaItem(
                      i.id(),
                      i.title(),
                      i.category(),
                      i.presenter(),
                      i.presenterRole(),
                      i.materialsNeeded(),
                      filter(
                          i.materials(), mt -> mt.preparedAt() == null || seen(mt.preparedAt())))));
    }

    Attendance attendance(Attendance a) {
      return new Attendance(
          a.person(),
          keep(
              a.presences(),
              p -> seen(p.joined()),
              p -> new Presence(p.joined(), orNull(p.left()))));
    }

    @Nullable Minutes minutes(@Nullable Minutes minutes) {
      if (minutes == null) {
        return null;
      }
      List<MinutesVersion> versions = filter(minutes.versions(), v -> seen(v.at()));
      if (!minutes.versions().isEmpty() && versions.isEmpty()) {
        return null; // every version is later: not yet written
      }
      // Approvals and distributions name a version: keep them only with it.
      Set<Integer> numbers = Set.copyOf(versions.stream().map(MinutesVersion::number).toList());
      Predicate<Integer> known = n -> minutes.versions().isEmpty() || numbers.contains(n);
      return minutes.toBuilder()
          .actualStart(orNull(minutes.actualStart()))
          .actualEnd(orNull(minutes.actualEnd()))
          .versions(versions)
          .approvals(filter(minutes.approvals(), a -> seen(a.at()) && known.test(a.version())))
          .distributions(
              filter(minutes.distributions(), d -> seen(d.at()) && known.test(d.version())))
          .archive(
              minutes.archive() != null && seen(minutes.archive().at()) ? minutes.archive() : null)
          .build();
    }

    Resolution resolution(Resolution r) {
      List<ProgressReport> reports = filter(r.progressReports(), p -> seen(p.at()));
      Instant completedAt = orNull(r.completedAt());
      ResolutionStatus status = r.status();
      if (r.completedAt() != null && completedAt == null && status == ResolutionStatus.DONE) {
        // Completed later: at the instant it was still being worked on, or not yet begun.
        status = reports.isEmpty() ? ResolutionStatus.OPEN : ResolutionStatus.IN_PROGRESS;
      }
      return new Resolution(
          r.id(),
          r.text(),
          r.responsible(),
          r.plan(),
          r.deadline(),
          r.tracker(),
          reports,
          filter(r.reviews(), v -> seen(v.at())),
          status,
          completedAt,
          r.evaluation() != null && seen(r.evaluation().at()) ? r.evaluation() : null,
          completedAt == null && r.completedAt() != null ? null : r.lessons());
    }

    Evaluation evaluation(Evaluation e) {
      return new Evaluation(
          e.id(),
          e.period(),
          e.conductedAt(),
          e.conductedBy(),
          e.sources(),
          e.indicators(),
          e.survey() != null && seen(e.survey().conductedAt()) ? e.survey() : null,
          e.decisionExecutionReviewed(),
          e.previous(),
          e.comparison(),
          map(
              e.measures(),
              m ->
                  new ImprovementMeasure(
                      m.id(),
                      m.description(),
                      m.owner(),
                      m.due(),
                      filter(m.followUps(), f -> seen(f.at())))));
    }

    PolicyRevision revision(PolicyRevision r) {
      boolean approved = r.approvedAt() != null && seen(r.approvedAt());
      return new PolicyRevision(
          r.id(),
          r.version(),
          r.reason(),
          r.bases(),
          approved || r.approvedAt() == null ? r.approvedBy() : null,
          approved ? r.approvedAt() : null,
          filter(r.notifications(), n -> seen(n.at())),
          r.effectiveFrom());
    }
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> seen) {
    return keep(list, seen, Function.identity());
  }

  private static <T, R> List<R> map(List<T> list, Function<T, R> cut) {
    return keep(list, t -> true, cut);
  }

  private static <T, R> List<R> keep(List<T> list, Predicate<T> seen, Function<T, R> cut) {
    List<R> kept = new ArrayList<>(list.size());
    for (T element : list) {
      if (seen.test(element)) {
        kept.add(cut.apply(element));
      }
    }
    return kept;
  }
}
