/**
 * Meeting records, compliance reports and effectiveness evaluations as JSON, and policy files.
 *
 * <ul>
 *   <li>{@link org.meetingpolicy.json.RecordJson} reads and writes {@code DepartmentRecords} in the
 *       format of {@code docs/record-format.md}, described by a JSON Schema; reading errors are
 *       {@link org.meetingpolicy.json.RecordReadException}s naming line, column and path.
 *   <li>{@link org.meetingpolicy.json.ReportJson} writes a {@code ComplianceReport} or a {@link
 *       org.meetingpolicy.json.BatchReport} in the stable form of {@code docs/report-format.md}.
 *   <li>{@link org.meetingpolicy.json.EvaluationJson} writes an effectiveness evaluation ({@code
 *       EffectivenessReport}) in the stable form of {@code docs/evaluation-format.md}.
 *   <li>{@link org.meetingpolicy.json.PolicyFile} overrides {@code MeetingPolicy} parameters from
 *       YAML or properties.
 * </ul>
 *
 * <p>The core model carries no Jackson annotations; the mapping lives in the internal package.
 */
@NullMarked
package org.meetingpolicy.json;

import org.jspecify.annotations.NullMarked;
