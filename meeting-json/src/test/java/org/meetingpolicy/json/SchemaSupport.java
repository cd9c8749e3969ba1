package org.meetingpolicy.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against the published schemas with an independent validator. */
final class SchemaSupport {

  private static final Schema SCHEMA = load(RecordJson.SCHEMA_RESOURCE);
  private static final Schema REPORT_SCHEMA = load(ReportJson.SCHEMA_RESOURCE);
  private static final Schema EVALUATION_SCHEMA = load(EvaluationJson.SCHEMA_RESOURCE);
  private static final Schema IMPACT_SCHEMA = load(ImpactJson.SCHEMA_RESOURCE);

  private SchemaSupport() {}

  /** The schema's complaints about the document; empty when it is valid. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The report schema's complaints about the document; empty when it is valid. */
  static List<Error> reportErrors(String json) {
    return REPORT_SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The evaluation schema's complaints about the document; empty when it is valid. */
  static List<Error> evaluationErrors(String json) {
    return EVALUATION_SCHEMA.validate(json, InputFormat.JSON);
  }

  /** The impact schema's complaints about the document; empty when it is valid. */
  static List<Error> impactErrors(String json) {
    return IMPACT_SCHEMA.validate(json, InputFormat.JSON);
  }

  private static Schema load(String resource) {
    try (InputStream in = RecordJson.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
