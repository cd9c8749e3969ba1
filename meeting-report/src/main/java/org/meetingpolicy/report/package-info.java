/**
 * What a reader reads: effectiveness evaluations ({@link org.meetingpolicy.report.EvaluationText}
 * and the self-contained HTML page {@link org.meetingpolicy.report.EvaluationPage}) and a policy
 * change's impact ({@link org.meetingpolicy.report.ImpactPage}), in English or Chinese. Every word
 * comes from a ResourceBundle next to its renderer; the values inside findings are already written
 * in the chosen language by meeting-rules. The JSON forms are meeting-json's.
 */
@NullMarked
package org.meetingpolicy.report;

import org.jspecify.annotations.NullMarked;
