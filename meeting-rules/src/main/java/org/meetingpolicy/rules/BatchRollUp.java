package org.meetingpolicy.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a batch of reports adds up to, for a reviewer: per clause, how many record sets and meetings
 * violate it or have it due; per person, the discipline findings (section 5) across the meetings
 * checked. It reuses the rules' judgements (the reports' findings) and computes nothing about the
 * policy itself.
 *
 * <p>Built report by report ({@link #builder()}, {@link Builder#add}), so a streamed batch need not
 * be held: memory grows with the number of clauses and of people with discipline findings, not with
 * the number of reports. People are keyed by their id: a batch whose record sets use the same id
 * for different people (ids are company-wide in the record format) would merge them.
 *
 * @param reports the number of reports added
 * @param clauses one line per clause with at least one violation or due finding, in clause order
 * @param people one line per person with at least one discipline finding, most incidents first
 *     (then by id)
 */
public record BatchRollUp(int reports, List<ClauseLine> clauses, List<PersonLine> people) {

  /** Copies the lists. */
  public BatchRollUp {
    clauses = List.copyOf(clauses);
    people = List.copyOf(people);
  }

  /**
   * One clause across the batch.
   *
   * @param clauseId the clause
   * @param recordSetsViolated record sets with at least one violation of it
   * @param recordSetsDue record sets with at least one obligation of it due
   * @param meetingsViolated meetings with at least one violation of it (summed over record sets)
   * @param meetingsDue meetings with at least one obligation of it due
   * @param violations its violation findings
   * @param due its due findings
   */
  public record ClauseLine(
      String clauseId,
      int recordSetsViolated,
      int recordSetsDue,
      int meetingsViolated,
      int meetingsDue,
      int violations,
      int due) {}

  /** The discipline findings the per-person view counts, each by the rules that make it. */
  public enum Incident {
    /** Arrived later than the expected lead before the start (5.1). */
    ARRIVED_AFTER_LEAD("discipline.arrival.short-of-lead", "discipline.arrival.late"),
    /** Arrived after the start without telling the organizer before it (5.6). */
    LATE_WITHOUT_NOTICE("discipline.late-without-notice"),
    /** Left before the end without telling the organizer before the start (5.6). */
    LEFT_EARLY_WITHOUT_NOTICE("discipline.left-early-without-notice"),
    /** Invited, absent, and neither declined nor gave notice (5.6). */
    ABSENT_WITHOUT_NOTICE("discipline.absent-without-notice"),
    /** Missed part of a meeting and did not catch up in time (5.6). */
    CATCH_UP_MISSED_OR_LATE("discipline.catch-up.missing", "discipline.catch-up.late");

    private final List<String> ruleIds;

    Incident(String... ruleIds) {
      this.ruleIds = List.of(ruleIds);
    }

    /** The built-in rules whose findings count as this incident. */
    public List<String> ruleIds() {
      return ruleIds;
    }

    private static final Map<String, Incident> BY_RULE = new HashMap<>();

    static {
      for (Incident incident : values()) {
        incident.ruleIds.forEach(id -> BY_RULE.put(id, incident));
      }
    }

    static @Nullable Incident of(String ruleId) {
      return BY_RULE.get(ruleId);
    }
  }

  /**
   * One person across the batch.
   *
   * @param person the person's id
   * @param meetings meetings in which they have at least one incident
   * @param incidents how many findings of each kind, every kind present (zero when none)
   */
  public record PersonLine(String person, int meetings, Map<Incident, Integer> incidents) {

    /** Copies the counts, with every kind present. */
    public PersonLine {
      Objects.requireNonNull(person, "person");
      EnumMap<Incident, Integer> all = new EnumMap<>(Incident.class);
      for (Incident kind : Incident.values()) {
        all.put(kind, incidents.getOrDefault(kind, 0));
      }
      incidents = Map.copyOf(all);
    }

    /** All incidents of every kind. */
    public int total() {
      return incidents.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Incidents of one kind. */
    public int count(Incident kind) {
      return incidents.getOrDefault(kind, 0);
    }
  }

  /** A roll-up of no reports. */
  public static Builder builder() {
    return new Builder();
  }

  /** The roll-up of the reports. */
  public static BatchRollUp of(Iterable<ComplianceReport> reports) {
    Builder builder = builder();
    reports.forEach(builder::add);
    return builder.build();
  }

  /** Adds reports one at a time; not thread-safe. */
  public static final class Builder {
    private int reports;
    private final Map<String, int[]> clauses = new TreeMap<>(ClauseIds.ORDER);
    private final Map<String, PersonTally> people = new HashMap<>();

    private Builder() {}

    /** Counts one report's findings; returns this builder. */
    public Builder add(ComplianceReport report) {
      Objects.requireNonNull(report, "report");
      reports++;
      Map<String, Set<String>> violatedMeetings = new HashMap<>();
      Map<String, Set<String>> dueMeetings = new HashMap<>();
      Map<String, Set<String>> personMeetings = new HashMap<>();
      for (Finding finding : report.findings()) {
        String meeting =
            finding.subject().meeting() == null ? null : finding.subject().meeting().value();
        if (finding.severity() == Severity.VIOLATION) {
          tally(finding.clauseId())[VIOLATIONS]++;
          violatedMeetings.computeIfAbsent(finding.clauseId(), k -> new HashSet<>()).add(meeting);
        } else if (finding.severity() == Severity.DUE) {
          tally(finding.clauseId())[DUE]++;
          dueMeetings.computeIfAbsent(finding.clauseId(), k -> new HashSet<>()).add(meeting);
        }
        Incident incident = Incident.of(finding.ruleId());
        if (incident != null && finding.subject().kind() == SubjectKind.PERSON) {
          String person = finding.subject().id();
          people.computeIfAbsent(person, PersonTally::new).counts.merge(incident, 1, Integer::sum);
          personMeetings.computeIfAbsent(person, k -> new HashSet<>()).add(meeting);
        }
      }
      violatedMeetings.forEach((clause, meetings) -> count(clause, meetings, SETS_VIOLATED));
      dueMeetings.forEach((clause, meetings) -> count(clause, meetings, SETS_DUE));
      personMeetings.forEach(
          (person, meetings) ->
              Objects.requireNonNull(people.get(person), "person with incidents").meetings +=
                  meetings.size());
      return this;
    }

    /** The roll-up of the reports added so far. */
    public BatchRollUp build() {
      List<ClauseLine> clauseLines = new ArrayList<>();
      clauses.forEach(
          (id, t) ->
              clauseLines.add(
                  new ClauseLine(
                      id,
                      t[SETS_VIOLATED],
                      t[SETS_DUE],
                      t[SETS_VIOLATED + 1],
                      t[SETS_DUE + 1],
                      t[VIOLATIONS],
                      t[DUE])));
      List<PersonLine> personLines = new ArrayList<>();
      people.values().forEach(p -> personLines.add(new PersonLine(p.id, p.meetings, p.counts)));
      personLines.sort(
          Comparator.comparingInt(PersonLine::total).reversed().thenComparing(PersonLine::person));
      return new BatchRollUp(reports, clauseLines, personLines);
    }

    // Per clause: record sets violated, meetings violated, record sets due, meetings due,
    // violation findings, due findings.
    private static final int SETS_VIOLATED = 0;
    private static final int SETS_DUE = 2;
    private static final int VIOLATIONS = 4;
    private static final int DUE = 5;

    private int[] tally(String clause) {
      return clauses.computeIfAbsent(clause, k -> new int[6]);
    }

    private void count(String clause, Set<String> meetings, int setsIndex) {
      int[] t = tally(clause);
      t[setsIndex]++;
      meetings.remove(null); // department-wide findings (3.1's weeks) name no meeting
      t[setsIndex + 1] += meetings.size();
    }
  }

  private static final class PersonTally {
    private final String id;
    private final EnumMap<Incident, Integer> counts = new EnumMap<>(Incident.class);
    private int meetings;

    PersonTally(String id) {
      this.id = id;
    }
  }
}
