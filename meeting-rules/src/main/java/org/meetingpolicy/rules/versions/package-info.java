/**
 * Dated versions of the policy (section 10: it is revised, and each revision takes effect on a
 * date): {@link org.meetingpolicy.rules.versions.PolicyHistory} lists them, and {@link
 * org.meetingpolicy.rules.versions.HistoryChecker} judges each meeting by the version in force at
 * its planned start and each period obligation by the version in force at the period's start.
 */
@NullMarked
package org.meetingpolicy.rules.versions;

import org.jspecify.annotations.NullMarked;
