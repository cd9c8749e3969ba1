package org.meetingpolicy.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.Approval;
import org.meetingpolicy.core.model.Distribution;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.Minutes;
import org.meetingpolicy.core.model.MinutesVersion;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionId;
import org.meetingpolicy.core.model.Response;
import org.meetingpolicy.core.validation.ConsistentMeeting;

/** Checks {@link ConsistentMeeting}. */
public final class ConsistentMeetingValidator
    implements ConstraintValidator<ConsistentMeeting, Meeting> {

  @Override
  public boolean isValid(Meeting meeting, ConstraintValidatorContext context) {
    if (meeting == null) {
      return true;
    }
    Reporter reporter = new Reporter(context);
    PropertyPath root = PropertyPath.root();
    reporter.duplicates(meeting.invitations(), root, "invitations", "person", i -> i.person());
    reporter.duplicates(meeting.attendance(), root, "attendance", "person", a -> a.person());
    checkAgenda(meeting, reporter);
    checkResponses(meeting, reporter);
    if (meeting.minutes() != null) {
      checkMinutes(meeting, meeting.minutes(), reporter);
    }
    return reporter.isValid();
  }

  private static void checkAgenda(Meeting meeting, Reporter reporter) {
    Set<AgendaItemId> items = new HashSet<>();
    if (meeting.agenda() != null) {
      List<AgendaItem> list = meeting.agenda().items();
      reporter.duplicates(
          list, PropertyPath.root().property("agenda"), "items", "id", AgendaItem::id);
      list.stream().filter(i -> i != null && i.id() != null).forEach(i -> items.add(i.id()));
    }
    for (int i = 0; i < meeting.agendaChanges().size(); i++) {
      var change = meeting.agendaChanges().get(i);
      // A removed item is no longer on the agenda; only other kinds must resolve.
      if (change != null
          && change.item() != null
          && change.kind() != org.meetingpolicy.core.model.ChangeKind.REMOVED
          && !items.contains(change.item())) {
        reporter.report(
            PropertyPath.root().element("agendaChanges", i).property("item"),
            Templates.withValue("unknownAgendaItem", change.item()));
      }
    }
  }

  private static void checkResponses(Meeting meeting, Reporter reporter) {
    Map<PersonId, Instant> firstNotice = new HashMap<>();
    for (Notice notice : meeting.notices()) {
      if (notice == null || notice.sentAt() == null) {
        continue;
      }
      for (PersonId recipient : notice.recipients()) {
        if (recipient != null) {
          firstNotice.merge(recipient, notice.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    List<Response> responses = meeting.responses();
    for (int i = 0; i < responses.size(); i++) {
      Response response = responses.get(i);
      if (response == null || response.person() == null || response.at() == null) {
        continue;
      }
      Instant noticed = firstNotice.get(response.person());
      if (noticed != null && response.at().isBefore(noticed)) {
        reporter.report(
            PropertyPath.root().element("responses", i).property("at"),
            Templates.withValue("responseBeforeNotice", noticed));
      }
    }
  }

  private static void checkMinutes(Meeting meeting, Minutes minutes, Reporter reporter) {
    PropertyPath path = PropertyPath.root().property("minutes");
    reporter.duplicates(minutes.versions(), path, "versions", "number", MinutesVersion::number);
    Set<Integer> versions = new HashSet<>();
    minutes.versions().stream().filter(v -> v != null).forEach(v -> versions.add(v.number()));
    // Without recorded versions, approvals and distributions may name any version.
    if (!versions.isEmpty()) {
      List<Approval> approvals = minutes.approvals();
      for (int i = 0; i < approvals.size(); i++) {
        Approval approval = approvals.get(i);
        if (approval != null && !versions.contains(approval.version())) {
          reporter.report(
              path.element("approvals", i).property("version"),
              Templates.withValue("unknownMinutesVersion", approval.version()));
        }
      }
      List<Distribution> distributions = minutes.distributions();
      for (int i = 0; i < distributions.size(); i++) {
        Distribution distribution = distributions.get(i);
        if (distribution != null && !versions.contains(distribution.version())) {
          reporter.report(
              path.element("distributions", i).property("version"),
              Templates.withValue("unknownMinutesVersion", distribution.version()));
        }
      }
    }
    Set<ResolutionId> passed = new HashSet<>();
    for (Resolution resolution : meeting.resolutions()) {
      if (resolution != null && resolution.id() != null) {
        passed.add(resolution.id());
      }
    }
    List<ResolutionId> recorded = minutes.resolutions();
    for (int i = 0; i < recorded.size(); i++) {
      ResolutionId id = recorded.get(i);
      if (id != null && !passed.contains(id)) {
        reporter.report(
            path.element("resolutions", i), Templates.withValue("unknownResolution", id));
      }
    }
  }
}
