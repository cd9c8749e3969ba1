package org.meetingpolicy.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.PlanStep;
import org.meetingpolicy.core.model.ProgressReport;
import org.meetingpolicy.rules.Subject;

/**
 * The parts of a resolution that section 7 judges one by one, classified once in Java and inserted
 * with their {@link ResolutionFact}. Every finding about them is about the resolution.
 */
public sealed interface ResolutionPart extends OfMeeting {

  /** The resolution it belongs to. */
  ResolutionFact resolution();

  @Override
  default MeetingFact meeting() {
    return resolution().meeting();
  }

  @Override
  default Subject subject() {
    return resolution().subject();
  }

  /** Every part of the resolution worth a rule's look. */
  static List<ResolutionPart> of(ResolutionFact r) {
    List<ResolutionPart> parts = new ArrayList<>();
    Duration reportInterval = r.policy().progressReportInterval();
    for (Instant[] gap : r.gaps(r.reportTimes(), reportInterval)) {
      parts.add(new Gap(r, false, gap[0], gap[1], reportInterval));
    }
    Duration reviewInterval = r.policy().resolutionReviewInterval();
    for (Instant[] gap : r.gaps(r.reviewTimes(), reviewInterval)) {
      parts.add(new Gap(r, true, gap[0], gap[1], reviewInterval));
    }
    Instant deadline = r.resolution().deadline();
    if (r.resolution().plan() != null && deadline != null) {
      for (PlanStep step : r.resolution().plan().steps()) {
        if (step.due() != null && step.due().isAfter(deadline)) {
          parts.add(new LateStep(r, step));
        }
      }
    }
    PersonId organizer = r.meeting().meeting().organizer();
    PersonId manager = r.meeting().manager();
    for (ProgressReport report : r.resolution().progressReports()) {
      if (report.to() == null
          || (!report.to().equals(organizer) && !Objects.equals(report.to(), manager))) {
        parts.add(new MisaddressedReport(r, report));
      }
    }
    return parts;
  }

  /**
   * A past stretch longer than the interval without a progress report (7.3) or a review (7.5).
   *
   * @param resolution the resolution
   * @param review whether it is about reviews (else progress reports)
   * @param from where the stretch began
   * @param to where it ended
   * @param interval the interval it exceeds
   */
  record Gap(ResolutionFact resolution, boolean review, Instant from, Instant to, Duration interval)
      implements ResolutionPart {

    /** When the missing report or review fell due. */
    public Instant due() {
      return from.plus(interval);
    }
  }

  /**
   * A plan step due after the resolution's deadline (7.2).
   *
   * @param resolution the resolution
   * @param step the step
   */
  record LateStep(ResolutionFact resolution, PlanStep step) implements ResolutionPart {}

  /**
   * A progress report addressed to neither the organizer nor the manager, or to nobody (7.3).
   *
   * @param resolution the resolution
   * @param report the report
   */
  record MisaddressedReport(ResolutionFact resolution, ProgressReport report)
      implements ResolutionPart {}
}
