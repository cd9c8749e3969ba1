/**
 * Runnable examples of the library, each with a test that runs it: {@link
 * org.meetingpolicy.examples.EmbeddingExample} (check one record in a host application), {@link
 * org.meetingpolicy.examples.HrBatchValidation} (check a folder of records and write a JSON
 * report), {@link org.meetingpolicy.examples.ThursdayPolicyExample} (a department with its own
 * policy parameters), and the command-line checker in {@link org.meetingpolicy.examples.cli}.
 */
package org.meetingpolicy.examples;
