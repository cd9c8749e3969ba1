package org.meetingpolicy.rules.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.EvaluationId;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Indicator;
import org.meetingpolicy.core.model.SurveyQuestion;
import org.meetingpolicy.rules.CalendarPeriod;

/**
 * The effectiveness evaluation of one period (policy section 8): every {@link MetricKind} with its
 * value, its change against the previous period (8.9) and its target (8.4), the emergency and
 * online meetings with their reasons, the survey's questions, the feedback by topic, and the
 * compliance breaches per policy section. Made by {@link EffectivenessEvaluator}; immutable and
 * thread-safe.
 *
 * @param department the department's name; not null
 * @param period the period evaluated; not null
 * @param previousPeriod the period before it, compared with (8.9); not null
 * @param asOf the instant of evaluation; not null
 * @param zone the policy's zone, in which times are shown; not null
 * @param metrics one metric per {@link MetricKind}, in declaration order
 * @param emergencyMeetings the held emergency meetings, by start
 * @param onlineOrHybridMeetings the held online or hybrid meetings, by start
 * @param feedbackByTopic feedback given on held meetings, per topic (every topic present)
 * @param surveyQuestions the questions of the period's satisfaction survey; empty without one
 * @param sections the breaches of sections 2 to 10, in section order
 * @param evaluation the department's recorded evaluation of the period; null when none
 * @param targetsFrom the recorded evaluation whose indicators set the targets; null when none
 * @param recordedIndicators the indicators of the recorded evaluation, as recorded
 */
public record PeriodEvaluation(
    String department,
    CalendarPeriod period,
    CalendarPeriod previousPeriod,
    Instant asOf,
    ZoneId zone,
    List<Metric> metrics,
    List<MeetingNote> emergencyMeetings,
    List<MeetingNote> onlineOrHybridMeetings,
    Map<FeedbackTopic, Integer> feedbackByTopic,
    List<SurveyQuestion> surveyQuestions,
    List<SectionTally> sections,
    @Nullable EvaluationId evaluation,
    @Nullable EvaluationId targetsFrom,
    List<Indicator> recordedIndicators) {

  /** Checks for nulls, that every metric is there once and in order, and copies the collections. */
  public PeriodEvaluation {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(previousPeriod, "previousPeriod");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
    metrics = List.copyOf(metrics);
    MetricKind[] kinds = MetricKind.values();
    if (metrics.size() != kinds.length) {
      throw new IllegalArgumentException("expected one metric per kind, got " + metrics.size());
    }
    for (int i = 0; i < kinds.length; i++) {
      if (metrics.get(i).kind() != kinds[i]) {
        throw new IllegalArgumentException("metric " + i + " must be " + kinds[i]);
      }
    }
    emergencyMeetings = List.copyOf(emergencyMeetings);
    onlineOrHybridMeetings = List.copyOf(onlineOrHybridMeetings);
    Map<FeedbackTopic, Integer> topics = new EnumMap<>(FeedbackTopic.class);
    for (FeedbackTopic topic : FeedbackTopic.values()) {
      topics.put(topic, feedbackByTopic.getOrDefault(topic, 0));
    }
    feedbackByTopic = Collections.unmodifiableMap(topics);
    surveyQuestions = List.copyOf(surveyQuestions);
    sections = List.copyOf(sections);
    recordedIndicators = List.copyOf(recordedIndicators);
  }

  /**
   * Whether the period was still under way at {@link #asOf}: its counts then cover part of it and
   * are not compared with the previous period (their {@link Metric#previous} is null).
   */
  public boolean underWay() {
    return !period.isOverAt(asOf);
  }

  /** The metric of this kind. */
  public Metric metric(MetricKind kind) {
    return metrics.get(kind.ordinal());
  }

  /** The metric's value; null when it has none. */
  public @Nullable Double value(MetricKind kind) {
    return metric(kind).value();
  }

  /** The breaches of one section, 2 to 10. */
  public SectionTally section(int section) {
    return sections.stream()
        .filter(s -> s.section() == section)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no section " + section));
  }
}
