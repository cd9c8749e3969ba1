/**
 * Effectiveness evaluation (policy section 8): the metrics of a quarter or half-year, compared with
 * the period before (8.9) and with targets (8.4). The text and the HTML page of an evaluation are
 * rendered by meeting-report ({@code org.meetingpolicy.report.EvaluationText}, {@code
 * EvaluationPage}).
 *
 * <p>Start with {@link org.meetingpolicy.rules.metrics.EffectivenessEvaluator}. Each {@link
 * org.meetingpolicy.rules.metrics.MetricKind} says whether its figure comes from the compliance
 * engine's verdicts ({@link org.meetingpolicy.rules.metrics.MetricSource#RULES}: the share of
 * meetings with no violation of one clause, so that the thresholds live in the rules only) or from
 * the records ({@link org.meetingpolicy.rules.metrics.MetricSource#RECORDS}).
 */
@NullMarked
package org.meetingpolicy.rules.metrics;

import org.jspecify.annotations.NullMarked;
