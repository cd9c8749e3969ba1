/**
 * Meeting records from where they live: calendar invitations and replies ({@link CalendarImport}),
 * the attendance reports of meeting tools ({@link AttendanceImport} with an {@link
 * AttendanceMapping}), a {@link Roster}, merged by {@link RecordsImport} into {@code
 * DepartmentRecords}; and what a compliance report says is due, as a VTODO calendar ({@link
 * DueCalendar}).
 *
 * <p>Every line of the input is used or reported: a fact that cannot be imported becomes a {@link
 * ImportNote} naming its file and line, a malformed input an {@link ImportException} naming every
 * problem.
 */
@NullMarked
package org.meetingpolicy.importer;

import org.jspecify.annotations.NullMarked;
