package org.meetingpolicy.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.internal.Encoding;
import org.meetingpolicy.json.internal.GuardedParser;
import org.meetingpolicy.json.internal.IdentifierModule;
import org.meetingpolicy.json.internal.ModelIntrospector;
import org.meetingpolicy.json.internal.ReadErrors;
import org.meetingpolicy.json.internal.TimeModule;

/**
 * Reads and writes {@link DepartmentRecords} as JSON in the format of {@code
 * docs/record-format.md}, described by the JSON Schema {@link #SCHEMA_RESOURCE}.
 *
 * <p>Reading is strict: text that is not UTF-8 (a UTF-8 byte order mark is skipped), unknown
 * properties, duplicate keys, missing required properties, wrong types, numbers as times, control
 * characters in strings, trailing content and documents beyond the {@link ReadLimits} are refused
 * with a {@link RecordReadException} naming the line, column and JSON path. Reading checks the
 * document's shape only; {@link org.meetingpolicy.core.validation.RecordValidator} then checks that
 * the records are consistent (ids unique, references resolvable, intervals in order).
 *
 * <p>Writing is deterministic: properties in the model's order, two-space indentation, {@code null}
 * values and empty lists left out, instants in UTC, zoned times with their zone id.
 *
 * <p>Immutable and thread-safe; create one and share it.
 */
public final class RecordJson {

  /** The classpath resource holding the JSON Schema (draft 2020-12) of the records format. */
  public static final String SCHEMA_RESOURCE =
      "/org/meetingpolicy/json/meeting-records.schema.json";

  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private RecordJson(ReadLimits limits) {
    this.limits = limits;
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // read(InputStream) leaves the caller's stream open.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(256)
                    .build())
            .build();
    JsonMapper jsonMapper =
        JsonMapper.builder(factory)
            .addModule(new IdentifierModule())
            .addModule(new TimeModule())
            .annotationIntrospector(new ModelIntrospector())
            // Default typing stays off: the format names no Java classes.
            // Derived values such as Notice.isComplete() are not part of the format.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();
    // Scalars are never converted: "5" is not a number, 1 is not true, 3 is not a string.
    for (LogicalType type : LogicalType.values()) {
      jsonMapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    this.mapper = jsonMapper;
    this.writer = jsonMapper.writer(prettyPrinter());
  }

  /** A reader and writer with {@link ReadLimits#DEFAULT}. */
  public static RecordJson create() {
    return new RecordJson(ReadLimits.DEFAULT);
  }

  /** A reader and writer with other limits. */
  public static RecordJson create(ReadLimits limits) {
    return new RecordJson(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits reading enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads records from a file; the file name is the source in error messages.
   *
   * @throws RecordReadException if the content is not a records document
   * @throws IOException if the file cannot be read
   */
  public DepartmentRecords read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads records from a stream of UTF-8 JSON; the stream is not closed.
   *
   * @param source the name of the stream in error messages, such as {@code <stdin>}
   * @throws RecordReadException if the content is not a records document
   * @throws IOException if the stream cannot be read
   */
  public DepartmentRecords read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    PushbackInputStream stream = new PushbackInputStream(in, Encoding.HEAD);
    byte[] head = stream.readNBytes(Encoding.HEAD);
    Encoding.requireUtf8(head, source);
    int bom = Encoding.byteOrderMark(head);
    stream.unread(head, bom, head.length - bom);
    try (JsonParser parser = mapper.createParser(stream)) {
      return read(parser, source);
    }
  }

  /**
   * Reads records from UTF-8 JSON bytes.
   *
   * @throws RecordReadException if the content is not a records document
   */
  public DepartmentRecords read(byte[] json, String source) throws RecordReadException {
    Objects.requireNonNull(source, "source");
    try {
      if (json.length > limits.maxDocumentLength()) {
        // Jackson refuses too many bytes before parsing and without a position; streamed, they
        // are refused where the limit is crossed, as a stream's would be.
        return read(new ByteArrayInputStream(json), source);
      }
      Encoding.requireUtf8(json, source);
      int bom = Encoding.byteOrderMark(json);
      try (JsonParser parser = mapper.createParser(json, bom, json.length - bom)) {
        return read(parser, source);
      }
    } catch (RecordReadException e) {
      throw e;
    } catch (IOException e) {
      // Bytes in memory cannot fail to be read; anything else is a parse error handled above.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads records from JSON text.
   *
   * @throws RecordReadException if the content is not a records document
   */
  public DepartmentRecords read(String json, String source) throws RecordReadException {
    return read(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private DepartmentRecords read(JsonParser source, String name) throws IOException {
    JsonParser parser =
        new GuardedParser(
            source, DepartmentRecords.class, limits.maxArrayLength(), limits.maxMeetings());
    try {
      DepartmentRecords records = mapper.readValue(parser, DepartmentRecords.class);
      if (records == null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new RecordReadException(
            name,
            new SourcePosition(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
            "",
            "expected an object with the department's records, found null",
            null);
      }
      return records;
    } catch (JsonProcessingException e) {
      throw ReadErrors.translate(name, e, parser);
    }
  }

  /**
   * Parses an instant as the format writes it: ISO-8601 with an offset, such as {@code
   * 2026-12-10T12:00+08:00} or {@code 2026-12-10T04:00:00Z}; for command lines and host code that
   * take times in the same form.
   *
   * @throws java.time.DateTimeException if the text is not such an instant
   */
  public static java.time.Instant parseInstant(String text) {
    return TimeModule.parseInstant(Objects.requireNonNull(text, "text"));
  }

  /** The records as JSON text, ending with a newline. */
  public String write(DepartmentRecords records) {
    try {
      return writer.writeValueAsString(Objects.requireNonNull(records, "records")) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records cannot be written as JSON", e);
    }
  }

  /** Writes the records as UTF-8 JSON to the stream, which is not closed. */
  public void write(DepartmentRecords records, OutputStream out) throws IOException {
    out.write(write(records).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the records as UTF-8 JSON to the file, replacing it. */
  public void write(DepartmentRecords records, Path file) throws IOException {
    Files.writeString(file, write(records), StandardCharsets.UTF_8);
  }

  /** Two-space indentation, {@code "name": value}, one array element per line, LF endings. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
