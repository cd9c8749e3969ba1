package org.meetingpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Severity;
import org.meetingpolicy.testkit.SampleQuarters;
import org.meetingpolicy.testkit.assertj.ComplianceAssertions;

/**
 * The committed samples: generated from {@link SampleMonths} and {@link SampleQuarters}, valid
 * against the schema, and judged as they claim to be as of {@link SampleMonths#AS_OF} and {@link
 * SampleQuarters#AS_OF}.
 *
 * <p>To regenerate them after a model change: {@code mvn -pl meeting-examples test
 * -Dtest=SamplesTest -Dsamples.write=true}, then review and commit the diff.
 */
class SamplesTest {

  private static final RecordJson JSON = RecordJson.create();
  private static ComplianceEngine engine;

  @BeforeAll
  static void writeSamplesWhenAsked() throws Exception {
    if (Boolean.getBoolean("samples.write")) {
      JSON.write(SampleMonths.compliantMonth(), Samples.COMPLIANT);
      JSON.write(SampleMonths.noncompliantMonth(), Samples.NONCOMPLIANT);
      Files.createDirectories(Samples.EVALUATION);
      JSON.write(SampleQuarters.records(), Samples.TWO_QUARTERS);
    }
    engine = ComplianceEngine.createDefault();
  }

  @Test
  void theCommittedSamplesAreTheOnesTheFixturesBuild() throws Exception {
    assertThat(Files.readString(Samples.COMPLIANT))
        .isEqualTo(JSON.write(SampleMonths.compliantMonth()));
    assertThat(Files.readString(Samples.NONCOMPLIANT))
        .isEqualTo(JSON.write(SampleMonths.noncompliantMonth()));
    assertThat(Files.readString(Samples.TWO_QUARTERS))
        .isEqualTo(JSON.write(SampleQuarters.records()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValidAgainstTheSchemaAndWellFormed(Path sample) throws Exception {
    assertThat(schema().validate(Files.readString(sample), InputFormat.JSON)).isEmpty();
    assertThat(RecordValidator.create().validate(JSON.read(sample)).problems()).isEmpty();
  }

  @Test
  void theCompliantMonthHasNoViolations() throws Exception {
    // Needs every section's rules: only 3.4 is in this branch; the lead runs it after the merge.
    ComplianceReport report = check(Samples.COMPLIANT);

    ComplianceAssertions.assertThat(report).hasNoViolations();
    assertThat(report.meetings()).hasSize(5);
  }

  /**
   * Each clause the noncompliant month is built to break is reported violated. Only 3.4 has its
   * rules in this branch; the others need the rules of sections 2, 3, 5, 6, 7 and 9, written in
   * parallel, and fail until they are merged.
   */
  @ParameterizedTest(name = "clause {0} is violated")
  @ValueSource(strings = {"3.4", "2.2", "3.1", "3.5", "5.1", "5.6", "6.2", "6.4", "7.3", "9.2"})
  void theNoncompliantMonthViolatesEveryClauseItIsBuiltToBreak(String clause) throws Exception {
    ComplianceReport report = check(Samples.NONCOMPLIANT);

    ComplianceAssertions.assertThat(report).hasViolation(clause);
  }

  /**
   * The two quarters break, as of their instant, exactly the clauses the fixture's differences are
   * built to break (see {@link SampleQuarters}); the evaluation counts these breaches per section.
   */
  @Test
  void theTwoQuartersViolateExactlyTheClausesTheyAreBuiltToBreak() throws Exception {
    ComplianceReport report = engine.check(JSON.read(Samples.TWO_QUARTERS), SampleQuarters.AS_OF);

    assertThat(report.findings(Severity.VIOLATION))
        .extracting(Finding::clauseId)
        .containsOnly("3.4", "3.5", "3.6", "3.7", "5.1", "5.6", "6.2", "6.4", "6.5", "7.3");
    assertThat(report.meetings()).hasSize(27);
  }

  private static ComplianceReport check(Path sample) throws Exception {
    DepartmentRecords records = JSON.read(sample);
    return engine.check(records, SampleMonths.AS_OF);
  }

  /**
   * Every committed records sample, the evaluation one in its subdirectory included. The import
   * samples ({@code samples/import/}) are a tool's JSON, not records: ImportSamplesTest checks what
   * they import to.
   */
  static Stream<Path> samples() throws Exception {
    try (Stream<Path> files = Files.walk(Samples.DIRECTORY)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !f.startsWith(Samples.IMPORT))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Schema schema() throws Exception {
    try (InputStream in = RecordJson.class.getResourceAsStream(RecordJson.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }
}
