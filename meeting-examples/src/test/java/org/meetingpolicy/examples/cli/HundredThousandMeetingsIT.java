package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.ReadLimits;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.SampleDepartment;

/**
 * The shaded jar checks 100,000 meetings (100 files of 1,000 golden meetings, a weekly series of 19
 * years each) with {@code --format json} in a heap of 512 MB: the report streams out input by
 * input, so memory is bounded by one document's check, not by the batch (issue 14 reports such a
 * run ending in an OutOfMemoryError before). It is slow, so it runs only with the {@code scale}
 * profile: {@code mvn -B -Pscale verify} (3 minutes on a quiet two-core machine, about 20 under
 * heavy load).
 */
class HundredThousandMeetingsIT {

  private static final Path JAR = Path.of("target", "meeting-check.jar");
  private static final int FILES = 100;
  private static final int MEETINGS_PER_FILE = 1_000;

  @Test
  void checksAHundredThousandMeetingsAsJsonInAHeapOf512Megabytes(@TempDir Path dir)
      throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/meeting-check.jar is not built yet");
    DepartmentRecords series =
        new DepartmentRecords(
            SampleDepartment.department(),
            GoldenMeeting.weeklySeries(
                GoldenMeeting.START.minusWeeks(MEETINGS_PER_FILE - 1), MEETINGS_PER_FILE),
            List.of(),
            List.of());
    byte[] json = RecordJson.create().write(series).getBytes(StandardCharsets.UTF_8);
    assertThat((long) json.length).isLessThan(ReadLimits.DEFAULT.maxDocumentLength());
    Path inputs = Files.createDirectory(dir.resolve("inputs"));
    for (int i = 0; i < FILES; i++) {
      Files.write(inputs.resolve(String.format("part-%02d.json", i)), json);
    }
    Path out = dir.resolve("report.json");
    Path err = dir.resolve("stderr.txt");

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString(),
                "--as-of",
                GoldenMeeting.AS_OF.toString(),
                "--format",
                "json",
                inputs.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(40, TimeUnit.MINUTES)).as("finished within 40 minutes").isTrue();

    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(errors).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(process.exitValue()).as(errors).isIn(MeetingCheck.COMPLIANT, MeetingCheck.FINDINGS);
    // Streamed back too: the report is read token by token, never whole.
    long meetings = 0;
    long checked = 0;
    long read = -1;
    try (JsonParser parser = new JsonFactory().createParser(out.toFile())) {
      String field = null;
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME) {
          field = parser.currentName();
        } else if (token == JsonToken.VALUE_STRING && "outcome".equals(field) && depth == 3) {
          checked += parser.getText().equals("CHECKED") ? 1 : 0;
        } else if (token == JsonToken.VALUE_STRING && "meetings".equals(field) && depth == 5) {
          meetings++;
        } else if (token == JsonToken.VALUE_NUMBER_INT && "read".equals(field) && depth == 2) {
          read = parser.getLongValue();
        }
      }
    }
    assertThat(read).isEqualTo(FILES);
    assertThat(checked).isEqualTo(FILES);
    assertThat(meetings).isEqualTo((long) FILES * MEETINGS_PER_FILE);
  }
}
