/** Working days of the policy's calendar (public holidays and make-up working days, 调休). */
@NullMarked
package org.meetingpolicy.rules.calendar;

import org.jspecify.annotations.NullMarked;
