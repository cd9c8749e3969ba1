package org.meetingpolicy.rules.facts;

import org.meetingpolicy.core.model.Material;
import org.meetingpolicy.rules.Subject;

/**
 * One material prepared for an agenda item (2.7), inserted with its item and meeting.
 *
 * @param item the agenda item
 * @param material the material
 */
public record MaterialFact(AgendaItemFact item, Material material) implements OfMeeting {

  @Override
  public MeetingFact meeting() {
    return item.meeting();
  }

  @Override
  public Subject subject() {
    return item.subject();
  }

  /** Whether the meeting's secretary prepared it. */
  public boolean bySecretary() {
    return material.preparedBy() != null
        && material.preparedBy().equals(meeting().meeting().secretary());
  }
}
