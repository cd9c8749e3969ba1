package org.meetingpolicy.rules.metrics;

import java.util.List;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;

/**
 * {@link MetricGroup#PREPARATION}: notice (3.4), reconfirmation (3.7), room booking (3.5) and
 * equipment check (3.6), each the share of meetings the engine found no violation of the clause in.
 */
final class PreparationMetrics {

  private PreparationMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    List<Meeting> regular = c.held(MeetingKind.REGULAR);
    List<Meeting> inRoom =
        c.held().stream().filter(m -> m.mode().usesRoom() && m.room() != null).toList();
    Verdicts verdicts = c.verdicts();
    return List.of(
        verdicts.clauseShare(MetricKind.NOTICE_ON_TIME, regular),
        verdicts.clauseShare(MetricKind.RECONFIRMATION_ON_TIME, regular),
        verdicts.clauseShare(MetricKind.ROOM_BOOKED, inRoom),
        verdicts.clauseShare(MetricKind.EQUIPMENT_CHECKED, inRoom));
  }
}
