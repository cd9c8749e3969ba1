package org.meetingpolicy.execmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.fixtures.SampleDepartment;
import org.meetingpolicy.core.model.Department;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.MeetingKind;
import org.meetingpolicy.core.model.Notice;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Severity;

/**
 * The precompiled executable model makes the same findings and applicable clauses as the DRL
 * compiled at run time (ComplianceEngine's way), for the golden meeting and non-compliant variants;
 * so does the rewritten DRL copy the model was generated from, compiled as classic DRL. The
 * variants are those of meeting-benchmarks' {@code Records} (manyFindings, batch's ten defects),
 * rebuilt here because meeting-benchmarks is not installed; plus a six-week series.
 */
class ExecModelEquivalenceTest {

  private static final Instant AS_OF = GoldenMeeting.AS_OF;
  private static final Department DEPARTMENT = SampleDepartment.department();
  private static final RecordValidator VALIDATOR = RecordValidator.create();

  /** The build-time copy the model was generated from, after the two rewrites (see pom.xml). */
  private static final Path PATCHED_COPY =
      Path.of("target/kjar-src/src/main/resources/org/meetingpolicy/rules/drl");

  private static KieBase drl;
  private static KieBase exec;
  private static KieBase patchedDrl;

  @BeforeAll
  static void buildAll() throws IOException {
    drl = PolicyKieBases.fromDrl();
    exec = PolicyKieBases.precompiled();
    // The rewritten copy compiled as classic DRL: shows that the rewrites could be made in
    // meeting-rules itself without changing what the DRL engine does.
    KieHelper helper = new KieHelper();
    for (String file : ComplianceEngine.BUILT_IN_RULE_FILES) {
      Path drlFile = PATCHED_COPY.resolve(file + ".drl");
      Resource resource =
          ResourceFactory.newByteArrayResource(Files.readAllBytes(drlFile))
              .setSourcePath("org/meetingpolicy/rules/drl/" + file + ".drl");
      helper.addResource(resource, ResourceType.DRL);
    }
    patchedDrl = helper.build();
  }

  @Test
  void theCopyWasRewrittenAndStillCompilesAsClassicDrl() throws IOException {
    String agenda = Files.readString(PATCHED_COPY.resolve("agenda.drl"));
    assertThat(agenda).contains("Findings.violation(kcontext,").doesNotContain("(drools,");
    assertThat(agenda).contains("function List agendaItems(Meeting meeting)");
    assertThat(ruleNames(patchedDrl)).isEqualTo(ruleNames(drl));
  }

  @Test
  void bothHaveTheSameRules() {
    assertThat(ruleNames(exec)).hasSize(306).isEqualTo(ruleNames(drl));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void sameFindingsAndApplicableClauses(String name, DepartmentRecords records) {
    VALIDATOR.requireValid(records);
    PolicyKieBases.Fired expected = PolicyKieBases.fire(drl, records, AS_OF);
    PolicyKieBases.Fired actual = PolicyKieBases.fire(exec, records, AS_OF);
    assertThat(actual.findings()).containsExactlyInAnyOrderElementsOf(expected.findings());
    assertThat(actual.applies()).containsExactlyInAnyOrderElementsOf(expected.applies());
    PolicyKieBases.Fired patched = PolicyKieBases.fire(patchedDrl, records, AS_OF);
    assertThat(patched.findings()).containsExactlyInAnyOrderElementsOf(expected.findings());
    assertThat(patched.applies()).containsExactlyInAnyOrderElementsOf(expected.applies());
  }

  @Test
  void theComparisonIsNotVacuous() {
    PolicyKieBases.Fired many = PolicyKieBases.fire(exec, manyFindings(), AS_OF);
    assertThat(many.findings()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(many.findings())
        .anyMatch(f -> f.finding().severity() == Severity.VIOLATION)
        .extracting(f -> f.finding().ruleId())
        .doesNotContainNull();
    PolicyKieBases.Fired golden = PolicyKieBases.fire(exec, GoldenMeeting.records(), AS_OF);
    assertThat(golden.findings()).noneMatch(f -> f.finding().severity() == Severity.VIOLATION);
    assertThat(golden.applies()).isNotEmpty();
  }

  static Stream<Arguments> records() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("golden", GoldenMeeting.records()));
    all.add(Arguments.of("manyFindings", manyFindings()));
    for (int which = 0; which < 10; which++) {
      all.add(
          Arguments.of(
              "defect " + which,
              DepartmentRecords.of(DEPARTMENT, defect(GoldenMeeting.GOLDEN, which))));
    }
    List<DepartmentRecords> batch = batch(20, 20261127L);
    for (int i = 0; i < batch.size(); i++) {
      all.add(Arguments.of("batch(20, 20261127L)[" + i + "]", batch.get(i)));
    }
    all.add(
        Arguments.of(
            "six-week series",
            DepartmentRecords.of(
                DEPARTMENT, GoldenMeeting.weeklySeries(GoldenMeeting.START.minusWeeks(5), 6))));
    return all.stream();
  }

  private static TreeSet<String> ruleNames(KieBase kieBase) {
    TreeSet<String> names = new TreeSet<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        names.add(kiePackage.getName() + "/" + rule.getName());
      }
    }
    return names;
  }

  // As meeting-benchmarks' Records.manyFindings().
  private static DepartmentRecords manyFindings() {
    ZonedDateTime start = GoldenMeeting.START.minusDays(1).withHour(9);
    Meeting meeting =
        GoldenMeeting.startingAt(start).toBuilder()
            .secretary(null)
            .notices(List.of())
            .responses(List.of())
            .reconfirmation(null)
            .finalAttendeeList(null)
            .disciplineReminder(null)
            .bookings(List.of())
            .equipmentChecks(List.of())
            .minutes(null)
            .feedbackRequest(null)
            .feedback(List.of())
            .nextMeeting(null)
            .build();
    return DepartmentRecords.of(DEPARTMENT, meeting);
  }

  // As meeting-benchmarks' Records.batch(count, seed).
  private static List<DepartmentRecords> batch(int count, long seed) {
    Random random = new Random(seed);
    List<DepartmentRecords> batch = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ZonedDateTime start = GoldenMeeting.START.plusWeeks(random.nextInt(26) - 21L);
      Meeting meeting = GoldenMeeting.startingAt(start);
      int defects = random.nextInt(4);
      for (int d = 0; d < defects; d++) {
        meeting = defect(meeting, random.nextInt(10));
      }
      batch.add(DepartmentRecords.of(DEPARTMENT, meeting));
    }
    return batch;
  }

  // As meeting-benchmarks' Records.defect(meeting, which).
  private static Meeting defect(Meeting meeting, int which) {
    Instant start = meeting.start();
    Meeting.Builder b = meeting.toBuilder();
    switch (which) {
      case 0 -> b.notices(List.of()).responses(List.of());
      case 1 ->
          b.notices(
                  List.of(
                      new Notice(
                          DEPARTMENT.manager(),
                          start.minus(Duration.ofDays(2)),
                          NoticeChannel.EMAIL,
                          SampleDepartment.roster().subList(0, 3),
                          true,
                          false,
                          true,
                          meeting.plannedStart())))
              .responses(List.of());
      case 2 -> b.secretary(null);
      case 3 -> b.reconfirmation(null);
      case 4 -> b.bookings(List.of());
      case 5 -> b.equipmentChecks(List.of());
      case 6 -> b.minutes(null);
      case 7 -> b.nextMeeting(null).feedbackRequest(null).feedback(List.of());
      case 8 -> b.kind(MeetingKind.EMERGENCY).emergencyReason("A key customer's deadline moved.");
      default ->
          b.plannedStart(meeting.plannedStart().minusDays(1))
              .plannedEnd(meeting.plannedEnd().minusDays(1));
    }
    return b.build();
  }
}
