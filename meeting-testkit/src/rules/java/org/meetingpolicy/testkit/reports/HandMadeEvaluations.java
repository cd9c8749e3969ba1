package org.meetingpolicy.testkit.reports;

import static org.meetingpolicy.testkit.SampleDepartment.ZONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.model.MeetingMode;
import org.meetingpolicy.rules.CalendarPeriod;
import org.meetingpolicy.rules.metrics.EffectivenessReport;
import org.meetingpolicy.rules.metrics.EvaluationPeriods;
import org.meetingpolicy.rules.metrics.MeetingNote;
import org.meetingpolicy.rules.metrics.Metric;
import org.meetingpolicy.rules.metrics.MetricKind;
import org.meetingpolicy.rules.metrics.MetricStatus;
import org.meetingpolicy.rules.metrics.PeriodEvaluation;
import org.meetingpolicy.rules.metrics.SectionTally;

/**
 * Effectiveness evaluations made by hand, without the engine: only the metrics given are measured.
 * For tests of the evaluation's value types and of its text and page.
 */
public final class HandMadeEvaluations {

  /** 2026-Q2, in the sample department's zone. */
  public static final CalendarPeriod Q2 = EvaluationPeriods.parse("2026-Q2", ZONE);
  /** 2026-Q3. */
  public static final CalendarPeriod Q3 = EvaluationPeriods.parse("2026-Q3", ZONE);
  /** 2026-Q4. */
  public static final CalendarPeriod Q4 = EvaluationPeriods.parse("2026-Q4", ZONE);

  /** An evaluation where only the given metrics are measured, with the given breaches. */
  public static PeriodEvaluation evaluation(
      CalendarPeriod period,
      CalendarPeriod previous,
      Map<MetricKind, Double> values,
      List<SectionTally> sections,
      String department) {
    List<Metric> metrics = new ArrayList<>();
    for (MetricKind kind : MetricKind.values()) {
      Double value = values.get(kind);
      metrics.add(
          value == null
              ? new Metric(kind, MetricStatus.NO_DATA, null, null, null, 0, null, null)
              : new Metric(kind, MetricStatus.MEASURED, value, null, null, 0, null, null));
    }
    return new PeriodEvaluation(
        department,
        period,
        previous,
        period.end(),
        ZONE,
        metrics,
        List.of(),
        List.of(
            new MeetingNote(
                MeetingId.of("m-1"),
                period.start().atZone(ZONE),
                MeetingMode.HYBRID,
                "Typhoon \"Bebinca\" <signal 8> & rain")),
        Map.of(),
        List.of(),
        sections,
        null,
        null,
        List.of());
  }

  /** No breach in any of sections 2 to 10. */
  public static List<SectionTally> noBreaches() {
    List<SectionTally> sections = new ArrayList<>();
    for (int section = 2; section <= 10; section++) {
      sections.add(new SectionTally(section, 0, 0));
    }
    return sections;
  }

  /**
   * Q2 to Q4: notice on time measured in Q2 and Q4 only, attendance in all three, breaches in Q4
   * (sections 3 and 5), and a department name and an emergency reason that need escaping in HTML.
   */
  public static EffectivenessReport threeQuarters() {
    List<SectionTally> q4Sections = new ArrayList<>(noBreaches());
    q4Sections.set(1, new SectionTally(3, 4, 1));
    q4Sections.set(3, new SectionTally(5, 2, 0));
    return EffectivenessReport.of(
        List.of(
            evaluation(
                Q2,
                EvaluationPeriods.parse("2026-Q1", ZONE),
                Map.of(MetricKind.NOTICE_ON_TIME, 0.5, MetricKind.ATTENDANCE_RATE, 0.9),
                noBreaches(),
                "Sales"),
            evaluation(Q3, Q2, Map.of(MetricKind.ATTENDANCE_RATE, 0.95), noBreaches(), "Sales"),
            evaluation(
                Q4,
                Q3,
                Map.of(MetricKind.NOTICE_ON_TIME, 1.0, MetricKind.ATTENDANCE_RATE, 1.0),
                q4Sections,
                "Sales <East> & \"Co\"")));
  }

  private HandMadeEvaluations() {}
}
