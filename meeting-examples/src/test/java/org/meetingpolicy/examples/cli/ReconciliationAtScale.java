package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.AttendeeRole;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Invitation;
import org.meetingpolicy.core.model.Meeting;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * A folder of record files, seven of them broken in different ways, through {@code meeting-check}
 * and through {@link BatchReport}: every file comes back checked or rejected, the summary
 * reconciles, and every broken file is named. {@link ReconciliationAtScaleTest} runs it on 1,000
 * files with the unit tests, {@link ReconciliationAtScaleIT} on 10,000 with the integration tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReconciliationAtScale {

  private static final RecordJson JSON = RecordJson.create();
  private static final String GOLDEN = JSON.write(GoldenMeeting.records());
  private static final int BROKEN_FILES = 7;

  private final int files;

  private Path folder;

  /** Each broken file by name, with a fragment of what its rejection must say. */
  private final Map<String, String> broken = new LinkedHashMap<>();

  ReconciliationAtScale(int files) {
    this.files = files;
  }

  @BeforeAll
  void writeTheFolder(@TempDir Path dir) throws IOException {
    folder = dir;
    Map<Integer, Broken> bad = new LinkedHashMap<>();
    bad.put(0, malformed());
    bad.put(files / 8, unknownField());
    bad.put(files * 3 / 8, endBeforeStart());
    bad.put(files / 2, duplicateId());
    bad.put(files * 7 / 9, unknownPerson());
    bad.put(files - 2, utf16());
    bad.put(files - 1, controlCharacter());
    byte[] golden = GOLDEN.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < files; i++) {
      Broken b = bad.get(i);
      if (b == null) {
        Files.write(folder.resolve(String.format("r%05d.json", i)), golden);
      } else {
        Path file = folder.resolve(String.format("r%05d-%s.json", i, b.kind()));
        Files.write(file, b.bytes());
        broken.put(file.toString(), b.problem());
      }
    }
    assertThat(broken).hasSize(BROKEN_FILES);
  }

  @Test
  void meetingCheckReconcilesEveryFileAndNamesEveryBrokenOne() {
    Run run =
        Run.of(
            Clock.systemUTC(),
            InputStream.nullInputStream(),
            "--as-of",
            GoldenMeeting.AS_OF.toString(),
            "--fail-on",
            "due",
            "--quiet",
            folder.toString());

    // Rejected inputs outrank findings: 2, though --fail-on due alone would give 1.
    assertThat(run.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(run.out()).endsWith(reconciliation() + "\n");
    assertThat(run.out().split("\nREJECTED: ", -1)).hasSize(1 + BROKEN_FILES);
    Map<String, List<String>> linesByFile =
        run.err()
            .lines()
            .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf(".json:") + 5)));
    assertThat(linesByFile).containsOnlyKeys(broken.keySet());
    broken.forEach(
        (file, problem) ->
            assertThat(linesByFile.get(file)).as(file).anyMatch(l -> l.contains(problem)));
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void batchReportReconcilesTheSameFilesAndItsFindingsDecideFailOn() throws IOException {
    List<BatchReport.Document> documents = new ArrayList<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.sorted().toList()) {
        documents.add(new BatchReport.Document(file.toString(), Files.readAllBytes(file)));
      }
    }
    ComplianceEngine engine = ComplianceEngine.builder().build();

    BatchReport batch = BatchReport.check(engine, JSON, documents, GoldenMeeting.AS_OF);

    assertThat(batch.read()).isEqualTo(files);
    assertThat(batch.checked()).isEqualTo(files - BROKEN_FILES);
    assertThat(batch.rejected()).isEqualTo(BROKEN_FILES);
    assertThat(batch.inputs())
        .extracting(BatchReport.Input::index)
        .containsExactlyElementsOf(Stream.iterate(0, i -> i + 1).limit(files).toList());
    assertThat(
            batch.inputs().stream()
                .filter(BatchReport.Rejected.class::isInstance)
                .map(BatchReport.Input::source))
        .containsExactlyElementsOf(broken.keySet());
    // Each good file has obligations due and nothing worse as of the golden instant, so
    // --fail-on due fails a folder without the broken files and --fail-on violation passes it.
    assertThat(batch.hasFindingsAtLeast(Severity.DUE)).isTrue();
    assertThat(batch.hasFindingsAtLeast(Severity.WARNING)).isFalse();
    assertThat(batch.reconciliation()).isEqualTo(reconciliation());
  }

  private String reconciliation() {
    return files
        + " record set(s) read, "
        + (files - BROKEN_FILES)
        + " checked, "
        + BROKEN_FILES
        + " rejected";
  }

  /** A broken file: what is wrong, its bytes, and a fragment of its rejection. */
  private record Broken(String kind, byte[] bytes, String problem) {
    static Broken of(String kind, String json, String problem) {
      return new Broken(kind, json.getBytes(StandardCharsets.UTF_8), problem);
    }
  }

  private static Broken malformed() {
    return Broken.of(
        "malformed", GOLDEN.substring(0, GOLDEN.length() / 2), "not valid JSON: Unexpected");
  }

  private static Broken unknownField() {
    return Broken.of(
        "unknown-field",
        GOLDEN.replaceFirst("\"title\"", "\"titel\""),
        "meetings[0].titel: unknown property 'titel'");
  }

  private static Broken endBeforeStart() {
    Meeting golden = GoldenMeeting.GOLDEN;
    Meeting backwards = golden.toBuilder().plannedEnd(golden.plannedStart().minusHours(1)).build();
    return Broken.of(
        "end-before-start",
        JSON.write(GoldenMeeting.records().withMeetings(List.of(backwards))),
        "meetings[0].plannedEnd: ");
  }

  private static Broken duplicateId() {
    Meeting golden = GoldenMeeting.GOLDEN;
    Meeting twin = golden.toBuilder().plannedStart(golden.plannedStart().plusWeeks(1)).build();
    return Broken.of(
        "duplicate-id",
        JSON.write(DepartmentRecords.of(SampleDepartment.department(), List.of(golden, twin))),
        "meetings[1].id: ");
  }

  private static Broken unknownPerson() {
    Meeting stranger =
        GoldenMeeting.GOLDEN.toBuilder()
            .addInvitations(new Invitation(PersonId.of("p-nobody"), AttendeeRole.PARTICIPANT, null))
            .build();
    return Broken.of(
        "unknown-person",
        JSON.write(GoldenMeeting.records().withMeetings(List.of(stranger))),
        "'p-nobody'");
  }

  private static Broken utf16() {
    return new Broken("utf-16", GOLDEN.getBytes(StandardCharsets.UTF_16), "not UTF-8");
  }

  private static Broken controlCharacter() {
    return Broken.of(
        "control-character",
        GOLDEN.replaceFirst("\"title\": \"", "\"title\": \"\\\\u001b[2J"),
        "meetings[0].title: control character U+001B");
  }
}
