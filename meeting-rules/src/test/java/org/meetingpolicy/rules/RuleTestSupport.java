package org.meetingpolicy.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meetingpolicy.core.model.Attendance;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.core.model.Presence;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * Shared engine and helpers for rule tests. The engine is built once per test JVM (compiling the
 * rules takes seconds) and is thread-safe. Tests run with {@code drools.jittingThreshold=0}, so
 * every constraint is JIT-compiled on its first evaluation and the JIT pitfalls of DROOLS-NOTES.md
 * show up in every test, not after the twentieth evaluation in production.
 */
public final class RuleTestSupport {

  /**
   * The JUnit tag of tests that compile a rule base of their own (seconds each). The {@code pit}
   * profile leaves them out: PIT reruns every covering test for each surviving mutant, and a dozen
   * compilations per rerun made the mutation run take hours (docs/QUALITY.md).
   */
  public static final String BUILDS_ENGINE = "builds-engine";

  /** The engine with the built-in rules and the default policy. */
  public static final ComplianceEngine ENGINE = ComplianceEngine.createDefault();

  private RuleTestSupport() {}

  /** Checks one meeting of the sample department as of the golden instant. */
  public static ComplianceReport check(Meeting meeting) {
    return check(meeting, GoldenMeeting.AS_OF);
  }

  /** Checks one meeting of the sample department as of the instant. */
  public static ComplianceReport check(Meeting meeting, Instant asOf) {
    return ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), meeting), asOf);
  }

  /** Checks meetings of the sample department as of the instant. */
  public static ComplianceReport check(List<Meeting> meetings, Instant asOf) {
    return ENGINE.check(DepartmentRecords.of(SampleDepartment.department(), meetings), asOf);
  }

  /** Checks records as of the instant. */
  public static ComplianceReport check(DepartmentRecords records, Instant asOf) {
    return ENGINE.check(records, asOf);
  }

  /** The value of a finding's evidence; fails the test, naming the finding, when it has none. */
  public static String evidence(Finding finding, String name) {
    return finding
        .evidenceValue(name)
        .orElseThrow(() -> new AssertionError("no evidence " + name + " in " + finding));
  }

  /** The findings of one clause and severity. */
  public static List<Finding> findings(ComplianceReport report, String clause, Severity severity) {
    return report.findingsOf(clause).stream().filter(f -> f.severity() == severity).toList();
  }

  /** The meeting with the person's presences replaced; none means absent. */
  public static Meeting withPresences(Meeting meeting, PersonId person, List<Presence> presences) {
    List<Attendance> attendance = new ArrayList<>();
    for (Attendance a : meeting.attendance()) {
      if (!a.person().equals(person)) {
        attendance.add(a);
      }
    }
    if (!presences.isEmpty()) {
      attendance.add(new Attendance(person, presences));
    }
    return meeting.toBuilder().attendance(attendance).build();
  }
}
