/**
 * What a change of the policy would do to the department's records, before it is approved (section
 * 10): the same records judged under the current and the proposed policy, and what differs per
 * clause, meeting and person ({@link org.meetingpolicy.rules.impact.ImpactAnalysis}).
 */
@NullMarked
package org.meetingpolicy.rules.impact;

import org.jspecify.annotations.NullMarked;
