package org.meetingpolicy.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.PlanStep;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.rules.Subject;

/**
 * One resolution as the rules see it, with the meeting that passed it (section 7), and what the
 * rules need of it computed once: where the next report and review count from, what triggers its
 * evaluation and by when.
 *
 * @param scope the record set it comes from
 * @param resolution the resolution
 * @param meeting the meeting that passed it
 */
public record ResolutionFact(int scope, Resolution resolution, MeetingFact meeting)
    implements OfMeeting {

  @Override
  public Subject subject() {
    return meeting.resolutionSubject(resolution.id());
  }

  /** Whether work on it is still going on. */
  public boolean isOpen() {
    return resolution.status().isOpen();
  }

  /** The instants of its progress reports (7.3). */
  public List<Instant> reportTimes() {
    return resolution.progressReports().stream().map(ProgressReport::at).toList();
  }

  /** The instants of its reviews (7.5). */
  public List<Instant> reviewTimes() {
    return resolution.reviews().stream().map(PlanReview::at).toList();
  }

  /** Where the next progress report counts from: the meeting's end or the latest report (7.3). */
  public Instant reportSince() {
    return lastOf(reportTimes());
  }

  /** By when the next progress report is due (7.3). */
  public Instant reportDeadline() {
    return reportSince().plus(policy().progressReportInterval());
  }

  /** Where the next review counts from: the meeting's end or the latest review (7.5). */
  public Instant reviewSince() {
    return lastOf(reviewTimes());
  }

  /** By when the next review is due (7.5). */
  public Instant reviewDeadline() {
    return reviewSince().plus(policy().resolutionReviewInterval());
  }

  /**
   * What triggers the result evaluation (7.8): the deadline, or the completion of a DONE resolution
   * when earlier; null when nothing does (a cancelled resolution, or no deadline yet).
   */
  public @Nullable Instant resultTrigger() {
    if (resolution.status() == ResolutionStatus.DONE) {
      Instant completed = resolution.completedAt();
      Instant deadline = resolution.deadline();
      if (completed == null || (deadline != null && deadline.isBefore(completed))) {
        return deadline;
      }
      return completed;
    }
    return resolution.status().isOpen() ? resolution.deadline() : null;
  }

  /** By when the result must be evaluated (7.8, 7.10); null when nothing triggers it. */
  public @Nullable Instant resultDeadline() {
    Instant trigger = resultTrigger();
    return trigger == null ? null : trigger.plus(policy().resultEvaluationPeriod());
  }

  /** The descriptions of its plan's steps without a due date (7.2); empty without a plan. */
  public List<String> undatedSteps() {
    if (resolution.plan() == null) {
      return List.of();
    }
    return resolution.plan().steps().stream()
        .filter(s -> s.due() == null)
        .map(PlanStep::description)
        .toList();
  }

  /**
   * The gaps longer than {@code interval} between the meeting's end, the given instants and, for a
   * closed resolution, its completion, each as {from, to}. The running gap of an open resolution is
   * judged by the "next … due" rules instead.
   */
  public List<Instant[]> gaps(List<Instant> times, Duration interval) {
    List<Instant> points = new ArrayList<>();
    Instant start = meeting.end();
    points.add(start);
    for (Instant time : times) {
      if (time.isAfter(start)) {
        points.add(time);
      }
    }
    Instant completed = resolution.completedAt();
    if (!isOpen() && completed != null && completed.isAfter(start)) {
      points.add(completed);
    }
    points.sort(null);
    List<Instant[]> gaps = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      if (Duration.between(points.get(i - 1), points.get(i)).compareTo(interval) > 0) {
        gaps.add(new Instant[] {points.get(i - 1), points.get(i)});
      }
    }
    return gaps;
  }

  private Instant lastOf(List<Instant> times) {
    Instant last = meeting.end();
    for (Instant time : times) {
      if (time.isAfter(last)) {
        last = time;
      }
    }
    return last;
  }
}
