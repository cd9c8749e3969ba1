package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.Designation;
import org.meetingpolicy.core.model.DesignationRole;

/**
 * A designation of a meeting's organizer as organizer, in force at the meeting's start (2.1),
 * inserted with its meeting.
 *
 * @param meeting the meeting
 * @param designation the designation
 */
public record OrganizerDesignation(MeetingFact meeting, Designation designation)
    implements OfMeeting {

  /** The organizer designations of the meeting's organizer in force at its start. */
  public static java.util.List<OrganizerDesignation> of(MeetingFact meeting) {
    var organizer = meeting.meeting().organizer();
    if (organizer == null) {
      return java.util.List.of();
    }
    return meeting.department().designations().stream()
        .filter(d -> d.role() == DesignationRole.ORGANIZER)
        .filter(d -> d.person().equals(organizer))
        .filter(d -> d.isInForceAt(meeting.start()))
        .map(d -> new OrganizerDesignation(meeting, d))
        .toList();
  }

  @Override
  public org.meetingpolicy.rules.Subject subject() {
    return meeting.subject();
  }
}
