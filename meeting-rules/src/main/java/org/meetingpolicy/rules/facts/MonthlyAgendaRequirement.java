package org.meetingpolicy.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.Subject;

/**
 * An item some regular meeting of a calendar month must carry (4.1–4.8, for the categories of
 * {@code policy.monthlyAgendaCategories()} that are not required of every meeting), classified once
 * in Java: one fact per month with a regular meeting and such category. Missing while the month
 * runs is due (a later meeting may still carry it), missing once it is over a violation. A month
 * without a regular meeting has no such fact: that is the weekly cadence's finding (3.1).
 *
 * @param month the month
 * @param category the item
 * @param met whether a regular meeting of the month has it on its agenda
 * @param meetings the ids of the month's regular meetings, sorted
 */
public record MonthlyAgendaRequirement(
    PeriodFact month, AgendaCategory category, boolean met, List<String> meetings)
    implements RuleFact {

  /** Copies the meeting ids. */
  public MonthlyAgendaRequirement {
    meetings = List.copyOf(meetings);
  }

  /**
   * The requirements of the months among {@code periods}, from the regular meetings among {@code
   * meetings}, in month then category order.
   */
  public static List<MonthlyAgendaRequirement> of(
      List<PeriodFact> periods, List<MeetingFact> meetings) {
    Map<CalendarPeriod, List<MeetingFact>> byMonth = new LinkedHashMap<>();
    for (MeetingFact meeting : meetings) {
      if (meeting.isRegular()) {
        byMonth.computeIfAbsent(meeting.month(), k -> new ArrayList<>()).add(meeting);
      }
    }
    List<MonthlyAgendaRequirement> requirements = new ArrayList<>();
    for (PeriodFact period : periods) {
      List<MeetingFact> regular = byMonth.get(period.period());
      if (period.kind() != PeriodKind.MONTH || regular == null) {
        continue;
      }
      MeetingPolicy policy = period.policy();
      List<String> ids = regular.stream().map(m -> m.id().value()).sorted().toList();
      for (AgendaCategory category : AgendaCategory.values()) {
        if (policy.monthlyAgendaCategories().contains(category)
            && !policy.requiredAgendaCategories().contains(category)) {
          boolean met =
              regular.stream()
                  .anyMatch(
                      m -> m.meeting().agenda() != null && m.meeting().agenda().has(category));
          requirements.add(new MonthlyAgendaRequirement(period, category, met, ids));
        }
      }
    }
    return requirements;
  }

  @Override
  public int scope() {
    return month.scope();
  }

  @Override
  public Subject subject() {
    return month.subject();
  }

  @Override
  public MeetingPolicy policy() {
    return month.policy();
  }

  @Override
  public Instant asOf() {
    return month.asOf();
  }

  /** The clause that asks for the item. */
  public String clause() {
    // A requirement is made only of a category that a clause asks for (not OTHER).
    return Objects.requireNonNull(category.clause(), "clause of a required category");
  }

  /** The end of the month: by then one of its regular meetings must have carried the item. */
  public Instant deadline() {
    return month.period().end();
  }

  /**
   * The finding that no regular meeting of the month carried the item (4.1–4.8), begun in {@code
   * finding}: named for the item's clause, completed with the evidence the messages name (the
   * month, its regular meetings, the deadline) and built.
   */
  public FindingFact finding(Findings.Builder finding) {
    return AgendaRequirement.itemFinding(finding, clause(), category)
        .with("month", month.period().label())
        .with("meetings", meetings)
        .with("deadline", deadline())
        .build();
  }

  /** Whether the month is over at the instant of judgement. */
  public boolean over() {
    return month.isOver();
  }
}
