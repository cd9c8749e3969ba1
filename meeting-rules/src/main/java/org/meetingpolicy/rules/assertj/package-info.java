/**
 * AssertJ assertions on compliance reports, for host applications' tests:
 *
 * <pre>{@code
 * import static org.meetingpolicy.rules.assertj.ComplianceAssertions.assertThat;
 *
 * assertThat(engine.check(records, asOf)).hasNoViolations().hasDue("7.3");
 * }</pre>
 *
 * <p>AssertJ is an optional dependency of meeting-rules: these classes work when the host's test
 * classpath has AssertJ (3.27 or later) and are never loaded otherwise.
 */
@NullMarked
package org.meetingpolicy.rules.assertj;

import org.jspecify.annotations.NullMarked;
