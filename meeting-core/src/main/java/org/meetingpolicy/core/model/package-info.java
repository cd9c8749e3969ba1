/**
 * The meeting records: immutable Java records of a department, its meetings and everything the
 * policy asks to be recorded about them. Optional data is nullable where the records may lack it.
 */
@NullMarked
package org.meetingpolicy.core.model;

import org.jspecify.annotations.NullMarked;
