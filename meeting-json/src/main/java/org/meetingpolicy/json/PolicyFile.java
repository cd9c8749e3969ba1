package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import org.meetingpolicy.json.internal.ReadErrors;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.calendar.WorkingCalendar;

/**
 * Reads a policy file that overrides parameters of a {@link MeetingPolicy}. The keys are the
 * policy's record components; every key left out keeps the base policy's value.
 *
 * <pre>
 * # thursday.yaml
 * name: Sales meetings, Thursdays
 * regularMeetingDay: THURSDAY
 * noticeLeadTime: P5D
 * noticeChannels: [EMAIL]
 * holidays: [2026-10-01, 2026-10-02]
 * workingCalendar: weekdays            # or mainland-china; left out: the zone's official calendar
 * skipNonWorkingMeetingDays: false     # every week needs its regular meeting, even a holiday week
 * </pre>
 *
 * <p>Values: durations in ISO-8601 ({@code P5D}, {@code PT36H}), times of day as {@code 13:30},
 * dates as {@code 2026-10-01}, zones as {@code Asia/Shanghai}, days and other constants by name
 * (any case), whole numbers as numbers, sets as lists. In a {@code .properties} file a set is a
 * comma-separated list, and an empty value is an empty set. An unknown key, a duplicate key or a
 * value of the wrong kind is an error naming the key and the value.
 */
public final class PolicyFile {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .addModule(calendarByName())
          .build();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final Map<String, RecordComponent> PARAMETERS = parameters();

  private PolicyFile() {}

  /** A working calendar is written and read by name: {@code mainland-china} or {@code weekdays}. */
  private static SimpleModule calendarByName() {
    SimpleModule module = new SimpleModule("working-calendar");
    module.addSerializer(
        WorkingCalendar.class,
        new JsonSerializer<WorkingCalendar>() {
          @Override
          public void serialize(
              WorkingCalendar calendar, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeString(calendar.name());
          }
        });
    module.addDeserializer(
        WorkingCalendar.class,
        new JsonDeserializer<WorkingCalendar>() {
          @Override
          public WorkingCalendar deserialize(JsonParser in, DeserializationContext context)
              throws IOException {
            try {
              return WorkingCalendar.named(in.getValueAsString());
            } catch (IllegalArgumentException e) {
              throw context.weirdStringException(
                  in.getValueAsString(), WorkingCalendar.class, e.getMessage());
            }
          }
        });
    return module;
  }

  /** Reads the file over the default policy. */
  public static MeetingPolicy read(Path file) throws IOException {
    return read(file, MeetingPolicy.defaults());
  }

  /**
   * Reads the file over a base policy: YAML for {@code .yaml} and {@code .yml}, properties for
   * {@code .properties}.
   *
   * <p>The file is read under the document limit of records files ({@link
   * ReadLimits#maxDocumentLength()}, 16 MiB): a larger file is refused after that much, and what is
   * not a regular file (a directory, a device such as {@code /dev/zero}, a named pipe) is refused
   * without being opened.
   *
   * @throws PolicyFileException if the file is not a valid policy file, is too large or not UTF-8
   * @throws IOException if it cannot be read or is not a regular file
   */
  public static MeetingPolicy read(Path file, MeetingPolicy base) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = readText(file, ReadLimits.DEFAULT.maxDocumentLength());
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return fromYaml(text, file.toString(), base);
    }
    if (name.endsWith(".properties")) {
      return fromProperties(text, file.toString(), base);
    }
    throw new PolicyFileException(
        file.toString(), "", "a policy file ends in .yaml, .yml or .properties", null);
  }

  private static String readText(Path file, long limit) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    // Opening a named pipe would block until a writer comes, and a device may never end.
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          Files.isDirectory(file)
              ? "is a directory, not a policy file"
              : "not a regular file (a device or a named pipe?)");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
    if (bytes.length > limit) {
      throw new PolicyFileException(
          file.toString(), "", "too large: more than " + limit + " bytes", null);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PolicyFileException(file.toString(), "", "not UTF-8", e);
    }
  }

  /**
   * Applies YAML overrides to a base policy.
   *
   * @param source the file's name in error messages
   * @throws PolicyFileException if the text is not a valid policy file
   */
  public static MeetingPolicy fromYaml(String yaml, String source, MeetingPolicy base)
      throws PolicyFileException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new PolicyFileException(source, "", "not valid YAML: " + firstLine(e), e);
    }
    Map<String, JsonNode> overrides = new LinkedHashMap<>();
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      if (!root.isObject()) {
        throw new PolicyFileException(source, "", "expected a mapping of parameters", null);
      }
      root.fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue()));
    }
    return apply(overrides, source, base);
  }

  /** Applies parsed YAML parameters (a mapping) to a base policy; for {@link PolicyHistoryFile}. */
  static MeetingPolicy fromNode(JsonNode mapping, String source, MeetingPolicy base)
      throws PolicyFileException {
    Map<String, JsonNode> overrides = new LinkedHashMap<>();
    mapping.fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue()));
    return apply(overrides, source, base);
  }

  /**
   * Applies properties overrides to a base policy.
   *
   * @param source the file's name in error messages
   * @throws PolicyFileException if the text is not a valid policy file
   */
  public static MeetingPolicy fromProperties(String text, String source, MeetingPolicy base)
      throws PolicyFileException {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new PolicyFileException(source, "", "not a valid properties file: " + e, e);
    }
    Map<String, JsonNode> overrides = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
      String value = properties.getProperty(key).strip();
      RecordComponent component = PARAMETERS.get(key);
      overrides.put(key, component == null ? null : propertyNode(component, value));
    }
    return apply(overrides, source, base);
  }

  private static JsonNode propertyNode(RecordComponent component, String value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (Collection.class.isAssignableFrom(component.getType())) {
      ArrayNode list = nodes.arrayNode();
      Arrays.stream(value.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(list::add);
      return list;
    }
    if (component.getType() == boolean.class && value.matches("true|false")) {
      return nodes.booleanNode(Boolean.parseBoolean(value));
    }
    if (component.getType() == int.class && value.matches("[+-]?[0-9]{1,9}")) {
      return nodes.numberNode(Integer.parseInt(value));
    }
    return nodes.textNode(value);
  }

  private static MeetingPolicy apply(
      Map<String, JsonNode> overrides, String source, MeetingPolicy base)
      throws PolicyFileException {
    ObjectNode merged = MAPPER.valueToTree(Objects.requireNonNull(base, "base"));
    for (Map.Entry<String, JsonNode> entry : overrides.entrySet()) {
      String key = entry.getKey();
      RecordComponent component = PARAMETERS.get(key);
      if (component == null) {
        throw new PolicyFileException(
            source,
            key,
            "unknown parameter"
                + ReadErrors.suggestion(key, List.copyOf(PARAMETERS.keySet()))
                + "; the parameters are the components of MeetingPolicy",
            null);
      }
      merged.set(key, checked(source, key, component.getGenericType(), entry.getValue()));
    }
    try {
      return MAPPER.treeToValue(merged, MeetingPolicy.class);
    } catch (JsonProcessingException e) {
      // The values each parse; the policy refuses them together (negative, end before start).
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String message = String.valueOf(cause.getMessage());
      String key = overrides.keySet().stream().filter(message::contains).findFirst().orElse("");
      // "noticeLeadTime must be from PT0S to P366D: P400D" names the key already.
      if (!key.isEmpty() && message.startsWith(key + " ")) {
        message = message.substring(key.length() + 1);
      }
      throw new PolicyFileException(source, key, message, e);
    }
  }

  /** The value if it has the parameter's type, else an error naming key, value and type. */
  private static JsonNode checked(String source, String key, Type type, JsonNode value)
      throws PolicyFileException {
    Class<?> raw = raw(type);
    boolean list = Collection.class.isAssignableFrom(raw);
    if (list) {
      if (!value.isArray()) {
        throw bad(source, key, value, "a list of " + describe(element(type)));
      }
      for (JsonNode element : value) {
        checked(source, key, element(type), element);
      }
      return value;
    }
    boolean shapeOk =
        raw == int.class
            ? value.isIntegralNumber() && value.canConvertToInt()
            : raw == boolean.class ? value.isBoolean() : value.isTextual();
    if (shapeOk) {
      try {
        MAPPER.treeToValue(value, MAPPER.constructType(type));
        return value;
      } catch (JsonProcessingException e) {
        // Reported below with the expected kind of value.
      }
    }
    throw bad(source, key, value, describe(type));
  }

  private static PolicyFileException bad(String source, String key, JsonNode value, String what) {
    String shown = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    return new PolicyFileException(source, key, shown + " is not " + what, null);
  }

  private static String describe(Type type) {
    Class<?> raw = raw(type);
    if (raw == Duration.class) {
      return "a duration (ISO-8601 such as P5D or PT36H)";
    }
    if (raw == LocalTime.class) {
      return "a time of day such as 13:30";
    }
    if (raw == LocalDate.class) {
      return "a date such as 2026-10-01";
    }
    if (raw == ZoneId.class) {
      return "a time-zone id such as Asia/Shanghai";
    }
    if (raw == int.class) {
      return "a whole number";
    }
    if (raw == boolean.class) {
      return "true or false";
    }
    if (raw == WorkingCalendar.class) {
      return "a working calendar: mainland-china or weekdays";
    }
    if (raw == DayOfWeek.class || raw.isEnum()) {
      return "one of "
          + Arrays.stream(raw.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    return "text";
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type element(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  private static String firstLine(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Map<String, RecordComponent> parameters() {
    Map<String, RecordComponent> parameters = new LinkedHashMap<>();
    for (RecordComponent component : MeetingPolicy.class.getRecordComponents()) {
      parameters.put(component.getName(), component);
    }
    return Map.copyOf(parameters);
  }
}
