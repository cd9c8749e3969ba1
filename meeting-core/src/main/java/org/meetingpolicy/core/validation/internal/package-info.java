/** Constraint validators and helpers behind {@code org.meetingpolicy.core.validation}; not API. */
@NullMarked
package org.meetingpolicy.core.validation.internal;

import org.jspecify.annotations.NullMarked;
