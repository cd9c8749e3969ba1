/** The {@code meeting-check} command-line checker; see {@link MeetingCheck}. */
package org.meetingpolicy.examples.cli;
