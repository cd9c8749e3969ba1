package org.meetingpolicy.rules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendeeChange;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Material;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.RoomBooking;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.facts.AgendaChangeFact;
import org.meetingpolicy.rules.facts.AgendaItemFact;
import org.meetingpolicy.rules.facts.AgendaRequirement;
import org.meetingpolicy.rules.facts.AttendanceNoticeFact;
import org.meetingpolicy.rules.facts.AttendeeChangeFact;
import org.meetingpolicy.rules.facts.DepartmentFact;
import org.meetingpolicy.rules.facts.EquipmentCheckFact;
import org.meetingpolicy.rules.facts.EvaluationFact;
import org.meetingpolicy.rules.facts.InvitationFact;
import org.meetingpolicy.rules.facts.MaterialFact;
import org.meetingpolicy.rules.facts.MeasureFact;
import org.meetingpolicy.rules.facts.MeetingFact;
import org.meetingpolicy.rules.facts.MinutesFact;
import org.meetingpolicy.rules.facts.MinutesPart;
import org.meetingpolicy.rules.facts.MonthlyAgendaRequirement;
import org.meetingpolicy.rules.facts.NoticeFact;
import org.meetingpolicy.rules.facts.OrganizerDesignation;
import org.meetingpolicy.rules.facts.Participant;
import org.meetingpolicy.rules.facts.PeriodFact;
import org.meetingpolicy.rules.facts.RelatedHeadFact;
import org.meetingpolicy.rules.facts.RescheduleFact;
import org.meetingpolicy.rules.facts.ResolutionFact;
import org.meetingpolicy.rules.facts.ResolutionPart;
import org.meetingpolicy.rules.facts.RevisionFact;
import org.meetingpolicy.rules.facts.RevisionNoticeFact;
import org.meetingpolicy.rules.facts.RoomDayBooking;
import org.meetingpolicy.rules.facts.RosterMemberNotInvited;

/** Turns one validated record set into the facts the rules match. */
public final class FactBuilder {

  private FactBuilder() {}

  /**
   * The facts of {@code records}, tagged with {@code scope}, in a deterministic order. The records
   * must already be cut to what was known at {@code asOf} ({@link DepartmentRecords#knownAt}).
   */
  public static List<Object> facts(
      int scope, DepartmentRecords records, MeetingPolicy policy, Instant asOf) {
    List<Object> facts = new ArrayList<>();
    Department department = records.department();
    facts.add(new DepartmentFact(scope, records, policy, asOf));
    int bookingOrdinal = 0;
    List<MeetingFact> meetingFacts = new ArrayList<>();
    for (Meeting meeting : records.meetings()) {
      MeetingFact fact = new MeetingFact(scope, meeting, department, policy, asOf);
      facts.add(fact);
      meetingFacts.add(fact);
      facts.addAll(AgendaRequirement.of(fact));
      facts.addAll(Participant.of(fact));
      for (AttendanceNotice notice : meeting.attendanceNotices()) {
        facts.add(new AttendanceNoticeFact(fact, notice));
      }
      if (meeting.minutes() != null) {
        MinutesFact minutes = new MinutesFact(fact, meeting.minutes());
        facts.add(minutes);
        facts.addAll(MinutesPart.of(minutes));
      }
      facts.addAll(EquipmentCheckFact.of(fact));
      facts.addAll(OrganizerDesignation.of(fact));
      for (Reschedule reschedule : meeting.reschedules()) {
        facts.add(new RescheduleFact(fact, reschedule));
      }
      facts.addAll(RosterMemberNotInvited.of(fact));
      if (meeting.agenda() != null) {
        for (RelatedDepartment related : department.relatedDepartments()) {
          if (related.head() != null) {
            facts.add(new RelatedHeadFact(fact, related));
          }
        }
      }
      for (Notice notice : meeting.notices()) {
        facts.add(new NoticeFact(fact, notice));
      }
      for (Invitation invitation : meeting.invitations()) {
        facts.add(InvitationFact.of(fact, invitation));
      }
      if (meeting.agenda() != null) {
        for (AgendaItem item : meeting.agenda().items()) {
          AgendaItemFact itemFact = new AgendaItemFact(fact, item);
          facts.add(itemFact);
          for (Material material : item.materials()) {
            facts.add(new MaterialFact(itemFact, material));
          }
        }
      }
      for (AgendaChange change : meeting.agendaChanges()) {
        facts.add(new AgendaChangeFact(fact, change));
      }
      for (AttendeeChange change : meeting.attendeeChanges()) {
        facts.add(new AttendeeChangeFact(fact, change));
      }
      for (Resolution resolution : meeting.resolutions()) {
        ResolutionFact resolutionFact = new ResolutionFact(scope, resolution, fact);
        facts.add(resolutionFact);
        facts.addAll(ResolutionPart.of(resolutionFact));
      }
      for (RoomBooking booking : meeting.bookings()) {
        int ordinal = bookingOrdinal++;
        LocalDate first = policy.local(booking.from()).toLocalDate();
        LocalDate last = policy.local(booking.to()).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
          facts.add(
              new RoomDayBooking(
                  scope, booking.room(), day, meeting.id(), ordinal, booking, policy, asOf));
        }
      }
    }
    for (Evaluation evaluation : records.evaluations()) {
      EvaluationFact evaluationFact =
          new EvaluationFact(scope, evaluation, department, policy, asOf);
      facts.add(evaluationFact);
      for (ImprovementMeasure measure : evaluation.measures()) {
        facts.add(MeasureFact.of(evaluationFact, measure));
      }
    }
    for (PolicyRevision revision : records.revisions()) {
      RevisionFact revisionFact = new RevisionFact(scope, revision, department, policy, asOf);
      facts.add(revisionFact);
      facts.addAll(RevisionNoticeFact.of(revisionFact));
    }
    int periodsFrom = facts.size();
    PeriodicObligations.add(facts, scope, records, policy, asOf);
    List<PeriodFact> periods = new ArrayList<>();
    for (Object fact : facts.subList(periodsFrom, facts.size())) {
      if (fact instanceof PeriodFact period) {
        periods.add(period);
      }
    }
    facts.addAll(MonthlyAgendaRequirement.of(periods, meetingFacts));
    return facts;
  }
}
