/**
 * AssertJ assertions on compliance reports, for host applications' tests:
 *
 * <pre>{@code
 * import static org.meetingpolicy.testkit.assertj.ComplianceAssertions.assertThat;
 *
 * assertThat(engine.check(records, asOf)).hasNoViolations().hasDue("7.3");
 * }</pre>
 *
 * <p>Part of meeting-testkit, which brings AssertJ with it; add both in test scope.
 */
@NullMarked
package org.meetingpolicy.testkit.assertj;

import org.jspecify.annotations.NullMarked;
