package org.meetingpolicy.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.validation.ConsistentRecords;

/**
 * Everything one department records about its meetings: the unit that is validated and checked. A
 * single meeting is checked as records holding that meeting alone.
 *
 * @param department the department, its people and rooms
 * @param meetings the meetings, in any order
 * @param evaluations the effectiveness evaluations (section 8)
 * @param revisions the policy revisions (section 10)
 * @param coverage the span the records claim to cover; null for the default, from the first meeting
 *     to the instant of judgement
 */
@ConsistentRecords
public record DepartmentRecords(
    @NotNull @Valid Department department,
    @NotNull List<@Valid @NotNull Meeting> meetings,
    @NotNull List<@Valid @NotNull Evaluation> evaluations,
    @NotNull List<@Valid @NotNull PolicyRevision> revisions,
    @Valid @Nullable Coverage coverage) {

  /** Copies the lists; null reads as empty. */
  public DepartmentRecords {
    meetings = Lists.copy(meetings);
    evaluations = Lists.copy(evaluations);
    revisions = Lists.copy(revisions);
  }

  /** Records without a declared coverage: from the first meeting to the instant of judgement. */
  public DepartmentRecords(
      Department department,
      List<Meeting> meetings,
      List<Evaluation> evaluations,
      List<PolicyRevision> revisions) {
    this(department, meetings, evaluations, revisions, null);
  }

  /** Records of one meeting in its department. */
  public static DepartmentRecords of(Department department, Meeting meeting) {
    return new DepartmentRecords(department, List.of(meeting), List.of(), List.of());
  }

  /** Records of the meetings of a department, with no evaluations or revisions. */
  public static DepartmentRecords of(Department department, List<Meeting> meetings) {
    return new DepartmentRecords(department, meetings, List.of(), List.of());
  }

  /** The meeting with this id, if recorded. */
  public Optional<Meeting> meeting(MeetingId id) {
    return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** A copy with other meetings. */
  public DepartmentRecords withMeetings(List<Meeting> newMeetings) {
    return new DepartmentRecords(department, newMeetings, evaluations, revisions, coverage);
  }

  /** A copy with other evaluations. */
  public DepartmentRecords withEvaluations(List<Evaluation> newEvaluations) {
    return new DepartmentRecords(department, meetings, newEvaluations, revisions, coverage);
  }

  /** A copy with other revisions. */
  public DepartmentRecords withRevisions(List<PolicyRevision> newRevisions) {
    return new DepartmentRecords(department, meetings, evaluations, newRevisions, coverage);
  }

  /** A copy that declares the span it covers (null: the default). */
  public DepartmentRecords withCoverage(Coverage newCoverage) {
    return new DepartmentRecords(department, meetings, evaluations, revisions, newCoverage);
  }

  /**
   * What a recorder would have held at {@code asOf}: every fact that carries the instant it
   * happened is left out when that instant is after {@code asOf}; plans are kept. See {@link
   * RecordSnapshot}.
   */
  public DepartmentRecords knownAt(Instant asOf) {
    return RecordSnapshot.at(this, asOf);
  }
}
