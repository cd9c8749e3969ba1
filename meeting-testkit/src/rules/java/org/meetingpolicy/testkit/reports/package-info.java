/** Reports and evaluations made by hand, without the engine, for tests of what reads or renders them. */
@NullMarked
package org.meetingpolicy.testkit.reports;

import org.jspecify.annotations.NullMarked;
