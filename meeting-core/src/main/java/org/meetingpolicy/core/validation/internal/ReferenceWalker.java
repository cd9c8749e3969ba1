package org.meetingpolicy.core.validation.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Designation;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.RelatedDepartment;
import org.meetingpolicy.core.model.Resolution;

/**
 * Visits every reference in department records with its property path. Kept in one place so that a
 * new reference in the model is added here once and checked everywhere.
 */
final class ReferenceWalker {

  /** Receives one reference. */
  @FunctionalInterface
  interface Visitor {
    void reference(PropertyPath path, ReferenceKind kind, Identifier id);
  }

  private final Visitor visitor;

  private ReferenceWalker(Visitor visitor) {
    this.visitor = visitor;
  }

  static void walk(DepartmentRecords records, Visitor visitor) {
    new ReferenceWalker(visitor).records(records);
  }

  private void ref(PropertyPath path, ReferenceKind kind, @Nullable Identifier id) {
    if (id != null) {
      visitor.reference(path, kind, id);
    }
  }

  private void people(PropertyPath parent, String property, List<PersonId> ids) {
    for (int i = 0; i < ids.size(); i++) {
      ref(parent.element(property, i), ReferenceKind.PERSON, ids.get(i));
    }
  }

  private void records(DepartmentRecords records) {
    PropertyPath root = PropertyPath.root();
    department(records.department(), root.property("department"));
    forEach(records.meetings(), root, "meetings", this::meeting);
    forEach(records.evaluations(), root, "evaluations", this::evaluation);
    forEach(records.revisions(), root, "revisions", this::revision);
  }

  private void department(Department d, PropertyPath p) {
    ref(p.property("manager"), ReferenceKind.PERSON, d.manager());
    forEach(
        d.relatedDepartments(),
        p,
        "relatedDepartments",
        (RelatedDepartment r, PropertyPath rp) ->
            ref(rp.property("head"), ReferenceKind.PERSON, r.head()));
    forEach(
        d.designations(),
        p,
        "designations",
        (Designation x, PropertyPath xp) -> {
          ref(xp.property("person"), ReferenceKind.PERSON, x.person());
          ref(xp.property("designatedBy"), ReferenceKind.PERSON, x.designatedBy());
        });
  }

  private void meeting(Meeting m, PropertyPath p) {
    ref(p.property("room"), ReferenceKind.ROOM, m.room());
    ref(p.property("organizer"), ReferenceKind.PERSON, m.organizer());
    ref(p.property("secretary"), ReferenceKind.PERSON, m.secretary());
    forEach(m.invitations(), p, "invitations", (x, xp) -> person(xp, "person", x.person()));
    forEach(m.reschedules(), p, "reschedules", (x, xp) -> person(xp, "decidedBy", x.decidedBy()));
    forEach(
        m.notices(),
        p,
        "notices",
        (x, xp) -> {
          person(xp, "sentBy", x.sentBy());
          people(xp, "recipients", x.recipients());
        });
    forEach(m.responses(), p, "responses", (x, xp) -> person(xp, "person", x.person()));
    if (m.reconfirmation() != null) {
      PropertyPath rp = p.property("reconfirmation");
      person(rp, "by", m.reconfirmation().by());
      people(rp, "confirmed", m.reconfirmation().confirmed());
    }
    if (m.finalAttendeeList() != null) {
      PropertyPath fp = p.property("finalAttendeeList");
      person(fp, "confirmedBy", m.finalAttendeeList().confirmedBy());
      people(fp, "attendees", m.finalAttendeeList().attendees());
    }
    if (m.disciplineReminder() != null) {
      person(p.property("disciplineReminder"), "by", m.disciplineReminder().by());
    }
    forEach(
        m.bookings(),
        p,
        "bookings",
        (x, xp) -> {
          ref(xp.property("room"), ReferenceKind.ROOM, x.room());
          person(xp, "requestedBy", x.requestedBy());
        });
    forEach(m.equipmentChecks(), p, "equipmentChecks", (x, xp) -> person(xp, "by", x.by()));
    if (m.technicalSupport() != null) {
      person(p.property("technicalSupport"), "technician", m.technicalSupport().technician());
    }
    if (m.agenda() != null) {
      agenda(m.agenda(), p.property("agenda"));
    }
    forEach(m.agendaChanges(), p, "agendaChanges", (x, xp) -> person(xp, "by", x.by()));
    forEach(
        m.attendeeChanges(),
        p,
        "attendeeChanges",
        (x, xp) -> {
          person(xp, "person", x.person());
          person(xp, "notifiedBy", x.notifiedBy());
        });
    forEach(m.attendance(), p, "attendance", (x, xp) -> person(xp, "person", x.person()));
    forEach(
        m.attendanceNotices(),
        p,
        "attendanceNotices",
        (x, xp) -> {
          person(xp, "person", x.person());
          person(xp, "notifiedTo", x.notifiedTo());
        });
    forEach(m.catchUps(), p, "catchUps", (x, xp) -> person(xp, "person", x.person()));
    if (m.minutes() != null) {
      minutes(m.minutes(), p.property("minutes"));
    }
    forEach(m.resolutions(), p, "resolutions", this::resolution);
    if (m.feedbackRequest() != null) {
      person(p.property("feedbackRequest"), "by", m.feedbackRequest().by());
    }
    forEach(m.feedback(), p, "feedback", (x, xp) -> person(xp, "from", x.from()));
    if (m.nextMeeting() != null) {
      PropertyPath np = p.property("nextMeeting");
      person(np, "by", m.nextMeeting().by());
      ref(np.property("nextMeeting"), ReferenceKind.MEETING, m.nextMeeting().nextMeeting());
    }
  }

  private void agenda(Agenda a, PropertyPath p) {
    person(p, "preparedBy", a.preparedBy());
    people(p, "consulted", a.consulted());
    forEach(
        a.items(),
        p,
        "items",
        (AgendaItem item, PropertyPath ip) -> {
          person(ip, "presenter", item.presenter());
          forEach(
              item.materials(),
              ip,
              "materials",
              (x, xp) -> person(xp, "preparedBy", x.preparedBy()));
        });
  }

  private void minutes(Minutes mi, PropertyPath p) {
    person(p, "recorder", mi.recorder());
    people(p, "attendees", mi.attendees());
    person(p, "chair", mi.chair());
    forEach(mi.speakerNotes(), p, "speakerNotes", (x, xp) -> person(xp, "speaker", x.speaker()));
    forEach(mi.versions(), p, "versions", (x, xp) -> person(xp, "by", x.by()));
    forEach(mi.approvals(), p, "approvals", (x, xp) -> person(xp, "by", x.by()));
    forEach(
        mi.distributions(),
        p,
        "distributions",
        (Distribution x, PropertyPath xp) -> {
          person(xp, "by", x.by());
          people(xp, "recipients", x.recipients());
          for (int i = 0; i < x.departments().size(); i++) {
            ref(xp.element("departments", i), ReferenceKind.DEPARTMENT, x.departments().get(i));
          }
        });
  }

  private void resolution(Resolution r, PropertyPath p) {
    if (r.responsible() != null) {
      PropertyPath rp = p.property("responsible");
      person(rp, "person", r.responsible().person());
      ref(rp.property("department"), ReferenceKind.DEPARTMENT, r.responsible().department());
    }
    person(p, "tracker", r.tracker());
    forEach(
        r.progressReports(),
        p,
        "progressReports",
        (x, xp) -> {
          person(xp, "by", x.by());
          person(xp, "to", x.to());
        });
    forEach(r.reviews(), p, "reviews", (x, xp) -> person(xp, "by", x.by()));
    if (r.evaluation() != null) {
      person(p.property("evaluation"), "by", r.evaluation().by());
    }
  }

  private void evaluation(Evaluation e, PropertyPath p) {
    person(p, "conductedBy", e.conductedBy());
    ref(p.property("previous"), ReferenceKind.EVALUATION, e.previous());
    forEach(
        e.measures(),
        p,
        "measures",
        (ImprovementMeasure x, PropertyPath xp) -> {
          person(xp, "owner", x.owner());
          forEach(x.followUps(), xp, "followUps", (f, fp) -> person(fp, "by", f.by()));
        });
  }

  private void revision(PolicyRevision r, PropertyPath p) {
    person(p, "approvedBy", r.approvedBy());
    forEach(r.notifications(), p, "notifications", (x, xp) -> person(xp, "person", x.person()));
  }

  private void person(PropertyPath parent, String property, @Nullable PersonId id) {
    ref(parent.property(property), ReferenceKind.PERSON, id);
  }

  /** Calls {@code action} on each non-null element with its path {@code parent.property[i]}. */
  private static <T> void forEach(
      List<T> items, PropertyPath parent, String property, ElementAction<T> action) {
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item != null) {
        action.accept(item, parent.element(property, i));
      }
    }
  }

  @FunctionalInterface
  private interface ElementAction<T> {
    void accept(T item, PropertyPath path);
  }
}
