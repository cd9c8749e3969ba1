/** What the engine builds its facts, notes and pages with; not API. */
@NullMarked
package org.meetingpolicy.rules.internal;

import org.jspecify.annotations.NullMarked;
