package org.meetingpolicy.rules.facts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.AgendaItem;
import org.meetingpolicy.core.model.Material;
import org.meetingpolicy.rules.Subject;

/**
 * One item of a meeting's agenda (2.4, 2.7), inserted with its meeting, with what the rules need of
 * its materials computed once.
 *
 * @param meeting the meeting
 * @param item the agenda item
 */
public record AgendaItemFact(MeetingFact meeting, AgendaItem item) implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.agendaItemSubject(item.id());
  }

  /** Whether its presenter is named and invited (2.4). */
  public boolean presenterInvited() {
    return item.presenter() != null && meeting.meeting().isInvited(item.presenter());
  }

  /** By when its materials must be ready (2.7). */
  public Instant materialsDeadline() {
    return meeting.leadDeadline(policy().materialsLeadTime());
  }

  /** When its first material with a recorded time was ready; null when none has a time. */
  public @Nullable Instant firstMaterialAt() {
    return item.materials().stream()
        .map(Material::preparedAt)
        .filter(at -> at != null)
        .min(Instant::compareTo)
        .orElse(null);
  }

  /** Whether some material does not record when it was ready. */
  public boolean hasUntimedMaterial() {
    return item.materials().stream().anyMatch(m -> m.preparedAt() == null);
  }

  /** Whether some material was ready by the deadline. */
  public boolean materialReadyInTime() {
    Instant first = firstMaterialAt();
    return first != null && !first.isAfter(materialsDeadline());
  }
}
