package org.meetingpolicy.json;

import static org.meetingpolicy.testkit.SampleDepartment.HR_HEAD;
import static org.meetingpolicy.testkit.SampleDepartment.MANAGER;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_1;
import static org.meetingpolicy.testkit.SampleDepartment.SALES_3;
import static org.meetingpolicy.testkit.SampleDepartment.SECRETARY;
import static org.meetingpolicy.testkit.SampleDepartment.SUPERVISOR;
import static org.meetingpolicy.testkit.SampleDepartment.TECHNICIAN;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meetingpolicy.core.model.Agenda;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.AgendaChange;
import org.meetingpolicy.core.model.AgendaItem;
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
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.core.model.PlanReview;
import org.meetingpolicy.core.model.PolicyRevision;
import org.meetingpolicy.core.model.Reschedule;
import org.meetingpolicy.core.model.Resolution;
import org.meetingpolicy.core.model.ResolutionStatus;
import org.meetingpolicy.core.model.ResultEvaluation;
import org.meetingpolicy.core.model.RevisionBasis;
import org.meetingpolicy.core.model.RevisionId;
import org.meetingpolicy.core.model.RevisionNotification;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.core.model.VideoConference;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Well-formed records that use every type of the model at least once: the golden weekly meetings,
 * an emergency online meeting with a plain-offset zone and every change list filled, an evaluation
 * with a survey and measures, and a policy revision.
 */
final class FullRecords {

  private FullRecords() {}

  static DepartmentRecords records() {
    List<Meeting> meetings = new ArrayList<>(GoldenMeeting.weeklySeries(GoldenMeeting.START, 2));
    meetings.add(emergency());
    Meeting first = meetings.get(0);
    meetings.set(
        0, first.toBuilder().resolutions(List.of(completed(first.resolutions().get(0)))).build());
    return new DepartmentRecords(
        SampleDepartment.department(), meetings, List.of(evaluation()), List.of(revision()));
  }

  private static Resolution completed(Resolution open) {
    Instant start = GoldenMeeting.START.toInstant();
    return new Resolution(
        open.id(),
        open.text(),
        open.responsible(),
        open.plan(),
        open.deadline(),
        open.tracker(),
        open.progressReports(),
        List.of(new PlanReview(start.plus(Duration.ofDays(10)), MANAGER, true, "Plan narrowed.")),
        ResolutionStatus.DONE,
        start.plus(Duration.ofDays(30)),
        new ResultEvaluation(start.plus(Duration.ofDays(33)), MANAGER, true, "16 of 20 renewed."),
        "Start account visits earlier.");
  }

  private static Meeting emergency() {
    ZonedDateTime start = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    Instant s = start.toInstant();
    return Meeting.builder(MeetingId.of("m-2026-11-18-emergency"))
        .kind(MeetingKind.EMERGENCY)
        .emergencyReason("Key account threatens to leave")
        .mode(MeetingMode.ONLINE)
        .onlineReason("Most of the team is travelling")
        .title("Emergency: key account")
        .plannedStart(start)
        .plannedEnd(start.plusMinutes(45))
        .video(new VideoConference("https://meet.example.com/sales-911", "MeetTool", true))
        .organizer(MANAGER)
        .secretary(SECRETARY)
        .agenda(
            new Agenda(
                SECRETARY,
                s.minus(Duration.ofHours(2)),
                List.of(),
                List.of(
                    new AgendaItem(
                        AgendaItemId.of("e1"),
                        "Account history",
                        AgendaCategory.OTHER,
                        SALES_1,
                        null,
                        false,
                        List.of()))))
        .addReschedules(
            new Reschedule(start.minusHours(2), start, s.minus(Duration.ofHours(3)), MANAGER, null))
        .addAgendaChanges(
            new AgendaChange(
                MANAGER,
                s.minus(Duration.ofMinutes(30)),
                ChangeKind.ADDED,
                AgendaItemId.of("e1"),
                "Added the account history"))
        .addAttendeeChanges(
            new AttendeeChange(
                TECHNICIAN,
                ChangeKind.ADDED,
                s.minus(Duration.ofHours(1)),
                MANAGER,
                s.minus(Duration.ofMinutes(50))))
        .addAttendanceNotices(
            new AttendanceNotice(
                SALES_3,
                AttendanceNoticeKind.LATE_ARRIVAL,
                s.minus(Duration.ofMinutes(20)),
                MANAGER,
                "Customer call"))
        .addCatchUps(new CatchUp(SALES_3, s.plus(Duration.ofDays(1)), CatchUpMethod.RECORDING))
        .build();
  }

  private static Evaluation evaluation() {
    Instant q3 = Instant.parse("2026-06-30T16:00:00Z");
    Instant q4 = Instant.parse("2026-09-30T16:00:00Z");
    return new Evaluation(
        EvaluationId.of("eval-2026-q3"),
        new EvaluationPeriod("2026-Q3", q3, q4),
        q4.plus(Duration.ofDays(10)),
        MANAGER,
        Set.of(
            FeedbackSource.MINUTES,
            FeedbackSource.ATTENDEE_FEEDBACK,
            FeedbackSource.LEADERSHIP_ASSESSMENT,
            FeedbackSource.SATISFACTION_SURVEY),
        List.of(
            new Indicator(IndicatorKind.MEETING_EFFICIENCY, "On-time end", 0.85, 0.9, "%"),
            new Indicator(IndicatorKind.TEAM_COHESION, "Cohesion score", 4.1, null, null)),
        new SatisfactionSurvey(
            q4.plus(Duration.ofDays(5)),
            9,
            8,
            List.of(
                new SurveyQuestion("Was the meeting useful?", 8, 4.25),
                new SurveyQuestion("Anything to add?", 0, null))),
        true,
        null,
        null,
        List.of(
            new ImprovementMeasure(
                MeasureId.of("m1"),
                "Send materials two days ahead",
                SECRETARY,
                q4.plus(Duration.ofDays(40)),
                List.of(
                    new ImprovementFollowUp(
                        q4.plus(Duration.ofDays(45)), HR_HEAD, true, "Done since October"))),
            new ImprovementMeasure(MeasureId.of("m2"), "Shorter updates", null, null, List.of())));
  }

  private static PolicyRevision revision() {
    Instant approved = Instant.parse("2026-10-20T02:00:00Z");
    return new PolicyRevision(
        RevisionId.of("rev-2"),
        "2.0",
        "Evaluation asked for earlier materials",
        Set.of(RevisionBasis.EVALUATION_RESULT, RevisionBasis.DEPARTMENT_NEEDS),
        MANAGER,
        approved,
        List.of(
            new RevisionNotification(SUPERVISOR, approved.plus(Duration.ofHours(2))),
            new RevisionNotification(SALES_1, approved.plus(Duration.ofHours(2)))),
        approved.plus(Duration.ofDays(7)));
  }
}
