package org.meetingpolicy.rules.impact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.SubjectKind;

/**
 * The difference between judging the same record sets under two policies: every finding that only
 * one of them makes or that both make differently, and every clause whose status changes in some
 * record set. Immutable; empty when the two policies judge the records alike.
 *
 * @param current the name of the policy in force
 * @param proposed the name of the proposed policy
 * @param asOf the instant both judged at
 * @param recordSets how many record sets were judged
 * @param findings the findings that differ, by record set, then in report order
 * @param clauses the clauses whose status changed in some record set, in clause order
 */
public record Impact(
    String current,
    String proposed,
    Instant asOf,
    int recordSets,
    List<FindingChange> findings,
    List<ClauseChange> clauses) {

  /** Copies the lists. */
  public Impact {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(asOf, "asOf");
    findings = List.copyOf(findings);
    clauses = List.copyOf(clauses);
  }

  /** Whether the proposed policy judges every record set as the current one does. */
  public boolean isEmpty() {
    return findings.isEmpty() && clauses.isEmpty();
  }

  /** The changed findings about each meeting, meetings in the order first met. */
  public Map<MeetingId, List<FindingChange>> byMeeting() {
    Map<MeetingId, List<FindingChange>> byMeeting = new LinkedHashMap<>();
    for (FindingChange change : findings) {
      MeetingId meeting = change.finding().subject().meeting();
      if (meeting != null) {
        byMeeting.computeIfAbsent(meeting, k -> new java.util.ArrayList<>()).add(change);
      }
    }
    return byMeeting;
  }

  /** The changed findings about each person (discipline, catch-ups …), by person id. */
  public Map<String, List<FindingChange>> byPerson() {
    Map<String, List<FindingChange>> byPerson = new java.util.TreeMap<>();
    for (FindingChange change : findings) {
      if (change.finding().subject().kind() == SubjectKind.PERSON) {
        byPerson
            .computeIfAbsent(change.finding().subject().id(), k -> new java.util.ArrayList<>())
            .add(change);
      }
    }
    return byPerson;
  }

  /** How a finding differs. */
  public enum Kind {
    /** Only the proposed policy makes it. */
    ADDED,
    /** Only the current policy makes it. */
    REMOVED,
    /** Both make it, with other words, evidence or deadline (such as a shorter lead time). */
    CHANGED
  }

  /**
   * One finding that differs.
   *
   * @param recordSet the index of the record set, in input order
   * @param source the record set's name (a file), or null
   * @param kind added, removed or changed
   * @param before the finding under the current policy; null when added
   * @param after the finding under the proposed policy; null when removed
   */
  public record FindingChange(
      int recordSet,
      @Nullable String source,
      Kind kind,
      @Nullable Finding before,
      @Nullable Finding after) {

    /** Checks that the findings fit the kind. */
    public FindingChange {
      Objects.requireNonNull(kind, "kind");
      if ((before == null) != (kind == Kind.ADDED) || (after == null) != (kind == Kind.REMOVED)) {
        throw new IllegalArgumentException(
            kind
                + " needs "
                + (kind == Kind.ADDED ? "no before" : "a before")
                + " and "
                + (kind == Kind.REMOVED ? "no after" : "an after"));
      }
    }

    /** The finding as the proposed policy makes it, or as the current one did when removed. */
    public Finding finding() {
      // The constructor checks that a change has one or the other.
      return Objects.requireNonNull(after != null ? after : before, "a finding");
    }
  }

  /**
   * How a clause fares under the proposed policy across the record sets: in how many its status
   * changed, and to what.
   *
   * @param clauseId the clause
   * @param newlyViolated record sets where it becomes violated
   * @param newlyCompliant record sets where it was violated or due and becomes compliant
   * @param newlyDue record sets where it becomes due (and was not violated)
   * @param noLongerApplicable record sets where it applied and no longer does
   * @param otherwise record sets with another change of status (such as violated to due)
   * @param before each changed record set's status under the current policy, by record set
   * @param after each changed record set's status under the proposed policy, by record set
   */
  public record ClauseChange(
      String clauseId,
      int newlyViolated,
      int newlyCompliant,
      int newlyDue,
      int noLongerApplicable,
      int otherwise,
      Map<Integer, ClauseStatus> before,
      Map<Integer, ClauseStatus> after) {

    /** Copies the maps. */
    public ClauseChange {
      before = Map.copyOf(before);
      after = Map.copyOf(after);
    }
  }
}
