package org.meetingpolicy.rules.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.rules.Subject;
import org.meetingpolicy.rules.SubjectKind;

/** The compliance breaches of a period per policy section, 2 to 10 (see {@link SectionTally}). */
final class SectionTallies {

  private static final int FIRST_SECTION = 2;
  private static final int LAST_SECTION = 10;

  private SectionTallies() {}

  static List<SectionTally> of(EvaluationContext c) {
    Map<MeetingId, Meeting> meetings = new HashMap<>();
    c.records().meetings().forEach(m -> meetings.put(m.id(), m));
    Map<EvaluationId, Evaluation> evaluations = new HashMap<>();
    c.records().evaluations().forEach(e -> evaluations.put(e.id(), e));
    // Breach key: clause and meeting (or subject); a violation outranks a warning.
    Map<String, Severity> breaches = new LinkedHashMap<>();
    for (Finding f : c.verdicts().report().findings()) {
      int section = section(f.clauseId());
      if (f.severity() == Severity.DUE
          || section < FIRST_SECTION
          || !belongsToPeriod(c, f, meetings, evaluations)) {
        continue;
      }
      Subject s = f.subject();
      String key =
          f.clauseId() + "|" + (s.meeting() != null ? "m:" + s.meeting() : s.kind() + ":" + s.id());
      breaches.merge(key, f.severity(), (a, b) -> a == Severity.VIOLATION ? a : b);
    }
    List<SectionTally> tallies = new ArrayList<>();
    for (int section = FIRST_SECTION; section <= LAST_SECTION; section++) {
      int violations = 0;
      int warnings = 0;
      for (Map.Entry<String, Severity> breach : breaches.entrySet()) {
        if (section(breach.getKey().substring(0, breach.getKey().indexOf('|'))) == section) {
          if (breach.getValue() == Severity.VIOLATION) {
            violations++;
          } else {
            warnings++;
          }
        }
      }
      tallies.add(new SectionTally(section, violations, warnings));
    }
    return tallies;
  }

  /**
   * Whether a finding counts for the period: about one of its meetings, about a calendar period
   * inside it, about an evaluation covering it, or else made at an instant in it.
   */
  private static boolean belongsToPeriod(
      EvaluationContext c,
      Finding f,
      Map<MeetingId, Meeting> meetings,
      Map<EvaluationId, Evaluation> evaluations) {
    CalendarPeriod period = c.period();
    Subject s = f.subject();
    if (s.meeting() != null) {
      Meeting m = meetings.get(s.meeting());
      return m != null && period.contains(m.start());
    }
    if (s.kind() == SubjectKind.PERIOD) {
      // A week, month or quarter inside the period belongs to it; one that straddles its bounds
      // (a week across a quarter's end) goes by the finding's instant, such as a slot's end.
      try {
        CalendarPeriod subject = EvaluationPeriods.parse(s.id(), c.zone());
        if (!subject.start().isBefore(period.start()) && !subject.end().isAfter(period.end())) {
          return true;
        }
      } catch (IllegalArgumentException unreadable) {
        // Fall through to the finding's instant.
      }
    }
    Evaluation evaluation =
        s.kind() == SubjectKind.EVALUATION ? evaluations.get(EvaluationId.of(s.id())) : null;
    if (evaluation != null) {
      return c.covers(evaluation);
    }
    return f.at() != null && period.contains(f.at());
  }

  private static int section(String clauseId) {
    int dot = clauseId.indexOf('.');
    String head = dot < 0 ? clauseId : clauseId.substring(0, dot);
    if (head.isEmpty() || head.length() > 2 || !head.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(head);
  }
}
