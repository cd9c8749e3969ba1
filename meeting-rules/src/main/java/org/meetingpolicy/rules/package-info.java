/** The compliance engine, its policy parameters and the report it makes. */
@NullMarked
package org.meetingpolicy.rules;

import org.jspecify.annotations.NullMarked;
