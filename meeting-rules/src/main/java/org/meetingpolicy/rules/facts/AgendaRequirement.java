package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Subject;

/**
 * An item a regular meeting's agenda must carry (4.1–4.8), classified once in Java: which clause
 * asks for it, whether the agenda has it, and by when (the agenda is due with the notice, at start
 * − {@code agendaLeadTime}). One fact per regular meeting and category of {@code
 * policy.requiredAgendaCategories()}, so one pair of rules judges the whole family.
 *
 * @param meeting the regular meeting
 * @param category the item it must carry
 */
public record AgendaRequirement(MeetingFact meeting, AgendaCategory category) implements OfMeeting {

  /** The requirements of a meeting: none unless it is regular; in category order. */
  public static List<AgendaRequirement> of(MeetingFact meeting) {
    List<AgendaRequirement> requirements = new ArrayList<>();
    if (meeting.isRegular()) {
      for (AgendaCategory category : AgendaCategory.values()) {
        if (meeting.policy().requiredAgendaCategories().contains(category)) {
          requirements.add(new AgendaRequirement(meeting, category));
        }
      }
    }
    return requirements;
  }

  @Override
  public Subject subject() {
    return meeting.subject();
  }

  /** The clause that asks for the item. */
  public String clause() {
    // A requirement is made only of a category that a clause asks for (not OTHER).
    return Objects.requireNonNull(category.clause(), "clause of a required category");
  }

  /** Whether the agenda (as known at the instant) has the item; false without an agenda. */
  public boolean met() {
    return meeting.meeting().agenda() != null && meeting.meeting().agenda().has(category);
  }

  /** By when the item must be on the agenda. */
  public Instant deadline() {
    return meeting.beforeStart(policy().agendaLeadTime());
  }

  /** How many items the agenda has (evidence: an empty agenda reads differently). */
  public int items() {
    return meeting.agendaItems().size();
  }

  /**
   * The finding that the meeting's agenda lacks the item (4.1–4.8), begun in {@code finding}: named
   * for the item's clause, completed with the evidence the messages name (the deadline, the lead,
   * how many items the agenda has) and built.
   */
  public FindingFact finding(Findings.Builder finding) {
    return itemFinding(finding, clause(), category)
        .with("deadline", deadline())
        .with("lead", policy().agendaLeadTime())
        .with("items", items())
        .build();
  }

  /**
   * What every finding of the 4.1–4.8 family says first: its clause, the item's name in each
   * language for the messages, and its category as evidence.
   */
  static Findings.Builder itemFinding(
      Findings.Builder finding, String clause, AgendaCategory category) {
    return finding
        .forClause(clause)
        .phrase("itemName", itemName(category, Language.EN), itemName(category, Language.ZH))
        .with("category", category);
  }

  /** What the messages call the item, in the language. */
  public static String itemName(AgendaCategory category, Language language) {
    return ResourceBundle.getBundle(
            "org.meetingpolicy.rules.facts.agenda_items",
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(category.name());
  }
}
