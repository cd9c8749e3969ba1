/**
 * Whether records are well-formed (Hibernate Validator): every problem named with its record, path
 * and constraint.
 */
@NullMarked
package org.meetingpolicy.core.validation;

import org.jspecify.annotations.NullMarked;
