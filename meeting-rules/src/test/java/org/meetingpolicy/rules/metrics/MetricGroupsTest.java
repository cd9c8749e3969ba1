package org.meetingpolicy.rules.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleTestSupport;
import org.meetingpolicy.testkit.SampleQuarters;

/** Each metric group's class measures exactly the metrics of its group, in declaration order. */
class MetricGroupsTest {

  @Test
  void eachGroupMeasuresItsOwnMetrics() {
    DepartmentRecords records = SampleQuarters.records();
    MeetingPolicy policy = RuleTestSupport.ENGINE.policy();
    ComplianceReport report = RuleTestSupport.ENGINE.check(records, SampleQuarters.AS_OF);
    EvaluationContext c =
        EvaluationContext.of(
            records,
            EvaluationPeriods.parse("2026-Q4", policy.zone()),
            policy,
            new Verdicts(report, RuleTestSupport.ENGINE.rules(), policy, records));

    assertGroup(MetricGroup.MEETINGS, MeetingMetrics::measure, c);
    assertGroup(MetricGroup.PREPARATION, PreparationMetrics::measure, c);
    assertGroup(MetricGroup.ATTENDANCE, AttendanceMetrics::measure, c);
    assertGroup(MetricGroup.MINUTES, MinutesMetrics::measure, c);
    assertGroup(MetricGroup.DECISIONS, DecisionMetrics::measure, c);
    assertGroup(MetricGroup.SATISFACTION, SatisfactionMetrics::measure, c);
  }

  private static void assertGroup(
      MetricGroup group, Function<EvaluationContext, List<Metric>> measure, EvaluationContext c) {
    assertThat(measure.apply(c))
        .as(group.name())
        .extracting(Metric::kind)
        .containsExactlyElementsOf(
            Arrays.stream(MetricKind.values()).filter(k -> k.group() == group).toList());
  }
}
