package org.meetingpolicy.core.validation;

import static org.meetingpolicy.testkit.SampleDepartment.EXTERNAL_GUEST;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.MARKETING;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.core.model.AgendaItemId;
import org.meetingpolicy.core.model.AttendanceNotice;
import org.meetingpolicy.core.model.AttendanceNoticeKind;
import org.meetingpolicy.core.model.AttendeeChange;
import org.meetingpolicy.core.model.CatchUp;
import org.meetingpolicy.core.model.CatchUpMethod;
import org.meetingpolicy.core.model.ChangeKind;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Evaluation;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.EvaluationPeriod;
import org.meetingpolicy.core.model.FeedbackSource;
import org.meetingpolicy.core.model.ImprovementFollowUp;
import org.meetingpolicy.core.model.ImprovementMeasure;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.IndicatorKind;
import org.meetingpolicy.core.model.MeasureId;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.Responsible;
import org.meetingpolicy.core.model.ResultEvaluation;
import org.meetingpolicy.core.model.RevisionBasis;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RevisionNotification;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.core.model.TechnicalSupport;
import org.meetingpolicy.core.model.VideoConference;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RecordPaths;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Well-formed records that fill every list of the model, so that each structural rule can be broken
 * one fact at a time: the golden meeting, a "busy" meeting a week later that was rescheduled,
 * changed and held hybrid, two quarterly evaluations and one policy revision.
 */
final class SampleRecords {

  /** The golden meeting's week after: hybrid, rescheduled, with every optional list filled. */
  static final Meeting BUSY = busy(GoldenMeeting.START.plusWeeks(1));

  static final EvaluationId Q3 = EvaluationId.of("e-2026-q3");
  static final EvaluationId Q4 = EvaluationId.of("e-2026-q4");

  /** The third quarter's evaluation; compares with no earlier one. */
  static final Evaluation EVALUATION_Q3 =
      evaluation(Q3, "2026-Q3", "2026-07-01T00:00:00Z", "2026-10-01T00:00:00Z", null);

  /** The fourth quarter's evaluation; compares with the third's. */
  static final Evaluation EVALUATION_Q4 =
      evaluation(Q4, "2026-Q4", "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z", Q3);

  static final PolicyRevision REVISION =
      new PolicyRevision(
          RevisionId.of("rev-2"),
          "2.0",
          "Quarterly evaluation asked for shorter meetings.",
          Set.of(RevisionBasis.EVALUATION_RESULT, RevisionBasis.DEPARTMENT_NEEDS),
          MANAGER,
          Instant.parse("2026-10-15T02:00:00Z"),
          List.of(
              new RevisionNotification(SECRETARY, Instant.parse("2026-10-15T03:00:00Z")),
              new RevisionNotification(SALES_1, Instant.parse("2026-10-15T03:00:00Z"))),
          Instant.parse("2026-11-01T00:00:00Z"));

  private SampleRecords() {}

  /**
   * Department records with every part filled: meetings[0] is the golden meeting, meetings[1] the
   * busy one; evaluations[0] is Q3, evaluations[1] Q4; revisions[0] the revision.
   */
  static DepartmentRecords full() {
    return new DepartmentRecords(
        SampleDepartment.department(),
        List.of(GoldenMeeting.GOLDEN, BUSY),
        List.of(EVALUATION_Q3, EVALUATION_Q4),
        List.of(REVISION));
  }

  private static Meeting busy(ZonedDateTime start) {
    Meeting base = GoldenMeeting.startingAt(start);
    Instant s = base.start();
    Meeting busy =
        base.toBuilder()
            .mode(MeetingMode.HYBRID)
            .onlineReason("two of the sales staff are travelling")
            .video(new VideoConference("https://meet.example.com/sales-weekly", "Meet", true))
            .reschedules(
                List.of(
                    new Reschedule(
                        start.minusHours(2),
                        start,
                        s.minus(Duration.ofDays(10)),
                        MANAGER,
                        s.minus(Duration.ofDays(10)).minus(Duration.ofHours(1)))))
            .agendaChanges(
                List.of(
                    new AgendaChange(
                        MANAGER,
                        s.minus(Duration.ofDays(1)),
                        ChangeKind.MODIFIED,
                        AgendaItemId.of("a3"),
                        "market analysis gets 10 more minutes")))
            .attendeeChanges(
                List.of(
                    new AttendeeChange(
                        EXTERNAL_GUEST,
                        ChangeKind.ADDED,
                        s.minus(Duration.ofDays(2)),
                        MANAGER,
                        s.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)))))
            .attendanceNotices(
                List.of(
                    new AttendanceNotice(
                        SALES_3,
                        AttendanceNoticeKind.LATE_ARRIVAL,
                        s.minus(Duration.ofDays(1)),
                        MANAGER,
                        "client visit")))
            .catchUps(
                List.of(
                    new CatchUp(
                        SALES_3, s.plus(Duration.ofDays(3)), CatchUpMethod.MINUTES_ACKNOWLEDGED)))
            .technicalSupport(new TechnicalSupport(true, TECHNICIAN, s.minus(Duration.ofDays(3))))
            .build();
    busy = RecordPaths.set(busy, "resolutions[0].responsible", Responsible.department(MARKETING));
    busy =
        RecordPaths.set(
            busy,
            "resolutions[0].reviews",
            List.of(new PlanReview(s.plus(Duration.ofDays(14)), MANAGER, false, null)));
    busy = RecordPaths.set(busy, "resolutions[0].status", ResolutionStatus.DONE);
    busy = RecordPaths.set(busy, "resolutions[0].completedAt", s.plus(Duration.ofDays(30)));
    return RecordPaths.set(
        busy,
        "resolutions[0].evaluation",
        new ResultEvaluation(s.plus(Duration.ofDays(31)), MANAGER, true, "16 of 20 renewed"));
  }

  private static Evaluation evaluation(
      EvaluationId id, String label, String from, String to, EvaluationId previous) {
    Instant end = Instant.parse(to);
    return new Evaluation(
        id,
        new EvaluationPeriod(label, Instant.parse(from), end),
        end.plus(Duration.ofDays(10)),
        MANAGER,
        Set.of(
            FeedbackSource.MINUTES,
            FeedbackSource.ATTENDEE_FEEDBACK,
            FeedbackSource.LEADERSHIP_ASSESSMENT,
            FeedbackSource.SATISFACTION_SURVEY),
        List.of(
            new Indicator(IndicatorKind.MEETING_EFFICIENCY, "on-time finish", 0.9, 0.8, "ratio"),
            new Indicator(IndicatorKind.DECISION_EXECUTION_RATE, "done on time", 0.7, 0.8, null)),
        new SatisfactionSurvey(
            end.plus(Duration.ofDays(5)),
            9,
            8,
            List.of(new SurveyQuestion("How useful was the meeting?", 8, 4.1))),
        true,
        previous,
        previous == null ? null : "Efficiency up from the previous quarter.",
        List.of(
            new ImprovementMeasure(
                MeasureId.of("im-1"),
                "Send materials two days ahead",
                SECRETARY,
                end.plus(Duration.ofDays(30)),
                List.of(
                    new ImprovementFollowUp(end.plus(Duration.ofDays(40)), MANAGER, true, null)))));
  }
}
