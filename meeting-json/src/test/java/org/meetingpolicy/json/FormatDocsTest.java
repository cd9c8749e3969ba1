package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.RecordValidator;

/** The format documents in docs/ stay true: their examples are valid and every field is there. */
class FormatDocsTest {

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

  @Test
  void theRecordFormatExampleIsReadValidAndAcceptedByTheSchema() throws Exception {
    String example = firstJsonBlock(Path.of("../docs/record-format.md"));

    DepartmentRecords records = RecordJson.create().read(example, "record-format.md");

    assertThat(SchemaSupport.errors(example)).isEmpty();
    assertThat(RecordValidator.create().validate(records).problems()).isEmpty();
    assertThat(records.meetings()).hasSize(1);
  }

  @Test
  void theRecordFormatDocumentsEveryObjectAndProperty() throws Exception {
    assertEveryObjectAndPropertyDocumented(
        Path.of("../docs/record-format.md"), RecordJson.SCHEMA_RESOURCE);
  }

  @Test
  void theEvaluationFormatExampleIsAcceptedByTheEvaluationSchema() throws Exception {
    String example = firstJsonBlock(Path.of("../docs/evaluation-format.md"));

    assertThat(SchemaSupport.evaluationErrors(example)).isEmpty();
  }

  @Test
  void theEvaluationFormatDocumentsEveryObjectAndProperty() throws Exception {
    assertEveryObjectAndPropertyDocumented(
        Path.of("../docs/evaluation-format.md"), EvaluationJson.SCHEMA_RESOURCE);
  }

  /**
   * Every object of the schema that has properties or constants has a {@code ### Name} section in
   * the document, with a table row for each property and each constant named.
   */
  private static void assertEveryObjectAndPropertyDocumented(Path file, String schema)
      throws Exception {
    String doc = Files.readString(file);
    JsonNode defs;
    try (InputStream in = RecordJson.class.getResourceAsStream(schema)) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    defs.fields()
        .forEachRemaining(
            def -> {
              if (!def.getValue().has("properties") && !def.getValue().has("enum")) {
                return;
              }
              int start = doc.indexOf("\n### " + def.getKey() + "\n");
              assertThat(start).as("section of %s", def.getKey()).isNotNegative();
              int end = doc.indexOf("\n### ", start + 1);
              String section = doc.substring(start, end < 0 ? doc.length() : end);
              def.getValue()
                  .path("properties")
                  .fieldNames()
                  .forEachRemaining(
                      p -> assertThat(section).as(def.getKey()).contains("| `" + p + "` |"));
              def.getValue()
                  .path("enum")
                  .forEach(
                      c -> assertThat(section).as(def.getKey()).contains("`" + c.asText() + "`"));
            });
  }

  @Test
  void theRecordFormatStatesTheDefaultReadLimits() throws Exception {
    String doc = Files.readString(Path.of("../docs/record-format.md"));
    ReadLimits limits = ReadLimits.DEFAULT;

    assertThat(doc)
        .contains(
            "**Limits** (`ReadLimits.DEFAULT`): " + (limits.maxDocumentLength() >> 20) + " MiB")
        .contains("nesting depth " + limits.maxNestingDepth())
        .contains(
            String.format(Locale.ROOT, "strings up to %,d characters", limits.maxStringLength()))
        .contains("numbers up to " + limits.maxNumberLength() + " digits")
        .contains(String.format(Locale.ROOT, "arrays up to %,d elements", limits.maxArrayLength()))
        .contains(
            String.format(Locale.ROOT, "up to %,d meetings per document", limits.maxMeetings()));
  }

  @Test
  void theReportFormatExampleIsAcceptedByTheReportSchema() throws Exception {
    String example = firstJsonBlock(Path.of("../docs/report-format.md"));

    assertThat(SchemaSupport.reportErrors(example)).isEmpty();
  }

  private static String firstJsonBlock(Path file) throws Exception {
    Matcher matcher = JSON_BLOCK.matcher(Files.readString(file));
    assertThat(matcher.find()).as("a json block in %s", file).isTrue();
    return matcher.group(1);
  }
}
