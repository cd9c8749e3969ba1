package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meetingpolicy.core.model.Equipment;
import org.meetingpolicy.core.model.EquipmentCheck;

/**
 * One equipment check of a meeting (3.6), classified once: by whom, when, what it covered and
 * whether it was the latest and whether any check of the meeting was a proper one.
 *
 * @param meeting the meeting
 * @param check the check
 * @param latest whether no check of the meeting was done after it
 * @param properCheckDone whether some check of the meeting was proper (by the organizer or the
 *     secretary, in the window, covering the equipment, everything working)
 */
public record EquipmentCheckFact(
    MeetingFact meeting, EquipmentCheck check, boolean latest, boolean properCheckDone)
    implements OfMeeting {

  /** The items of {@code required} that {@code present} lacks, in the enum's order (3.2, 3.6). */
  public static List<Equipment> missing(Set<Equipment> required, Set<Equipment> present) {
    List<Equipment> missing = new ArrayList<>();
    for (Equipment e : Equipment.values()) {
      if (required.contains(e) && !present.contains(e)) {
        missing.add(e);
      }
    }
    return missing;
  }

  /** The checks of the meeting, classified. */
  public static List<EquipmentCheckFact> of(MeetingFact meeting) {
    List<EquipmentCheck> checks = meeting.meeting().equipmentChecks();
    boolean proper = checks.stream().anyMatch(c -> isProper(meeting, c));
    Instant last = checks.stream().map(EquipmentCheck::at).max(Instant::compareTo).orElse(null);
    List<EquipmentCheckFact> facts = new ArrayList<>(checks.size());
    for (EquipmentCheck check : checks) {
      facts.add(new EquipmentCheckFact(meeting, check, check.at().equals(last), proper));
    }
    return facts;
  }

  /** Findings about a check are about its meeting. */
  @Override
  public org.meetingpolicy.rules.Subject subject() {
    return meeting.subject();
  }

  /** Whether it was done by the organizer or the secretary. */
  public boolean byOrganizerOrSecretary() {
    return meeting.isOrganizerOrSecretary(check.by());
  }

  /** Whether it was done in the window before the start. */
  public boolean inWindow() {
    return inWindow(meeting, check);
  }

  /** Whether it covered the equipment to check. */
  public boolean covers() {
    return check.checked().containsAll(meeting.equipmentToCheck());
  }

  private static boolean inWindow(MeetingFact m, EquipmentCheck c) {
    Instant from = m.beforeStart(m.policy().equipmentCheckWindow());
    return !c.at().isBefore(from) && !c.at().isAfter(m.start());
  }

  private static boolean isProper(MeetingFact m, EquipmentCheck c) {
    return m.isOrganizerOrSecretary(c.by())
        && inWindow(m, c)
        && c.checked().containsAll(m.equipmentToCheck())
        && c.allWorking();
  }
}
