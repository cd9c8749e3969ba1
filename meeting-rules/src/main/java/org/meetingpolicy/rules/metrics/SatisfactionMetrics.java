package org.meetingpolicy.rules.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meetingpolicy.core.model.Feedback;
import org.meetingpolicy.core.model.FeedbackTopic;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.SatisfactionSurvey;
import org.meetingpolicy.core.model.SurveyQuestion;

/**
 * {@link MetricGroup#SATISFACTION}: the period's satisfaction survey (8.5) and the feedback given
 * on its held meetings (2.10).
 */
final class SatisfactionMetrics {

  private SatisfactionMetrics() {}

  static List<Metric> measure(EvaluationContext c) {
    // Survey scores and feedback are measured, not judged: no rule decides them.
    SatisfactionSurvey survey = c.recorded() == null ? null : c.recorded().survey();
    Metric responseRate;
    Metric meanScore;
    if (survey == null) {
      responseRate = Metric.ratio(MetricKind.SURVEY_RESPONSE_RATE, 0, 0, 0);
      meanScore = Metric.statistic(MetricKind.SURVEY_MEAN_SCORE, null, 0);
    } else {
      responseRate =
          Metric.ratio(MetricKind.SURVEY_RESPONSE_RATE, survey.responded(), survey.invited(), 0);
      double weighted = 0;
      int responses = 0;
      for (SurveyQuestion q : survey.questions()) {
        if (q.meanScore() != null && q.responses() > 0) {
          weighted += q.meanScore() * q.responses();
          responses += q.responses();
        }
      }
      meanScore =
          Metric.statistic(
              MetricKind.SURVEY_MEAN_SCORE,
              responses == 0 ? null : weighted / responses,
              responses);
    }
    int feedback = 0;
    int rated = 0;
    int ratingSum = 0;
    for (Feedback f : feedback(c)) {
      feedback++;
      if (f.rating() != null) {
        rated++;
        ratingSum += f.rating();
      }
    }
    return List.of(
        responseRate,
        meanScore,
        Metric.ratio(MetricKind.FEEDBACK_PER_MEETING, feedback, c.held().size(), 0),
        Metric.statistic(
            MetricKind.FEEDBACK_MEAN_RATING,
            rated == 0 ? null : (double) ratingSum / rated,
            rated));
  }

  /** The feedback given on held meetings by the instant of evaluation, per topic (every topic). */
  static Map<FeedbackTopic, Integer> feedbackByTopic(EvaluationContext c) {
    Map<FeedbackTopic, Integer> byTopic = new EnumMap<>(FeedbackTopic.class);
    for (FeedbackTopic topic : FeedbackTopic.values()) {
      byTopic.put(topic, 0);
    }
    feedback(c).forEach(f -> byTopic.merge(f.topic(), 1, Integer::sum));
    return byTopic;
  }

  private static List<Feedback> feedback(EvaluationContext c) {
    return c.held().stream()
        .map(Meeting::feedback)
        .flatMap(List::stream)
        .filter(f -> !f.at().isAfter(c.asOf()))
        .toList();
  }
}
