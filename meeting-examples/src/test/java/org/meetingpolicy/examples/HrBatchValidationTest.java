package org.meetingpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.rules.ComplianceEngine;

class HrBatchValidationTest {

  @Test
  void checksEveryFileOfTheFolderAndWritesOneReconciledJsonReport(@TempDir Path dir)
      throws Exception {
    Path folder = Files.createDirectory(dir.resolve("records"));
    Files.copy(Samples.COMPLIANT, folder.resolve("a-compliant.json"));
    Files.copy(Samples.NONCOMPLIANT, folder.resolve("b-noncompliant.json"));
    Files.writeString(folder.resolve("c-broken.json"), "{\"department\": ");
    Files.writeString(folder.resolve("notes.txt"), "not a record");
    Path report = dir.resolve("report.json");

    BatchReport batch =
        new HrBatchValidation(ComplianceEngine.createDefault())
            .run(folder, report, SampleMonths.AS_OF);

    assertThat(batch.reconciliation()).isEqualTo("3 record set(s) read, 2 checked, 1 rejected");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("reconciliation").toString())
        .isEqualTo("{\"read\":3,\"checked\":2,\"rejected\":1,\"failed\":0}");
    assertThat(json.get("inputs").findValuesAsText("source"))
        .containsExactly("a-compliant.json", "b-noncompliant.json", "c-broken.json");
    assertThat(json.get("inputs").get(2).get("problems").get(0).get("message").asText())
        .startsWith("not valid JSON");
    assertThat(Files.exists(folder.resolve("notes.txt"))).isTrue();
  }

  @Test
  void runsAsAProgram(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("records"));
    Files.copy(Samples.COMPLIANT, folder.resolve("a.json"), StandardCopyOption.REPLACE_EXISTING);
    Path report = dir.resolve("report.json");

    HrBatchValidation.main(
        new String[] {folder.toString(), report.toString(), SampleMonths.AS_OF_TEXT});

    assertThat(new ObjectMapper().readTree(report.toFile()).get("inputs")).hasSize(1);
  }
}
