package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.json.internal.ModelIntrospector;

/**
 * The published JSON Schema describes exactly the format that {@link RecordJson} reads: the same
 * objects, properties and required properties as the model, and the same verdict on valid documents
 * and on documents broken in every way a schema can see.
 */
class RecordSchemaTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final RecordJson JSON = RecordJson.create();
  private static final RecordValidator VALIDATOR = RecordValidator.create();
  private static final String FULL = JSON.write(FullRecords.records());
  private static final Set<String> SCHEMA_CONSTRAINTS =
      Set.of("NotNull", "NotBlank", "ValidId", "Positive", "PositiveOrZero", "Min", "Max");

  @Test
  void theDocsCopyIsTheResource() throws Exception {
    try (InputStream in = RecordJson.class.getResourceAsStream(RecordJson.SCHEMA_RESOURCE)) {
      assertThat(Files.readString(Path.of("../docs/meeting-records.schema.json")))
          .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void describesEveryRecordOfTheModelWithItsPropertiesAndRequiredOnes() throws Exception {
    JsonNode defs = schema().get("$defs");
    for (Class<?> type : modelTypes()) {
      JsonNode def = defs.get(type.getSimpleName());
      assertThat(def).as(type.getSimpleName()).isNotNull();
      if (type.isEnum()) {
        assertThat(texts(def.get("enum")))
            .as(type.getSimpleName())
            .containsExactlyElementsOf(
                Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      assertThat(iterable(def.get("properties").fieldNames()))
          .as(type.getSimpleName() + " properties")
          .containsExactlyElementsOf(
              Arrays.stream(components).map(RecordComponent::getName).toList());
      assertThat(def.has("required") ? texts(def.get("required")) : List.of())
          .as(type.getSimpleName() + " required")
          .containsExactlyElementsOf(
              Arrays.stream(components)
                  .filter(ModelIntrospector::isRequired)
                  .map(RecordComponent::getName)
                  .toList());
      assertThat(def.get("additionalProperties").asBoolean(true))
          .as(type.getSimpleName() + " additionalProperties")
          .isFalse();
      components_haveDescriptions(type, def);
    }
  }

  private static void components_haveDescriptions(Class<?> type, JsonNode def) {
    def.get("properties")
        .fields()
        .forEachRemaining(
            p ->
                assertThat(p.getValue().path("description").asText())
                    .as(type.getSimpleName() + "." + p.getKey() + " description")
                    .isNotBlank());
  }

  @Test
  void acceptsTheWrittenRecordsOfEveryType() {
    assertThat(SchemaSupport.errors(FULL)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void agreesWithTheReaderOnABrokenDocument(String name, String json) {
    boolean schemaAccepts = SchemaSupport.errors(json).isEmpty();

    assertThat(readerAccepts(json))
        .as("reader verdict on %s; schema errors: %s", name, SchemaSupport.errors(json))
        .isEqualTo(schemaAccepts);
  }

  @Test
  void breaksTheDocumentInEnoughWaysToMeanSomething() {
    assertThat(mutations().count()).isGreaterThan(400);
    assertThat(mutations().filter(m -> SchemaSupport.errors((String) m.get()[1]).isEmpty()))
        .as("mutations that stay valid")
        .isNotEmpty();
  }

  /**
   * Read, then validated for the per-value constraints the schema states as well (lengths, ranges,
   * not blank). Uniqueness, references and the order of times are beyond a schema: only validation
   * checks them.
   */
  private static boolean readerAccepts(String json) {
    try {
      DepartmentRecords records = JSON.read(json, "mutation.json");
      return VALIDATOR.validate(records).problems().stream()
          .noneMatch(p -> SCHEMA_CONSTRAINTS.contains(p.constraint()));
    } catch (RecordReadException e) {
      return false;
    }
  }

  /**
   * Every object of the full records with, one at a time: each required property removed or set to
   * null, an unknown property added, and each value replaced by one of another JSON type, an
   * out-of-range or malformed value, or (for optional properties) null.
   */
  static Stream<Arguments> mutations() {
    JsonNode root = read(FULL);
    List<Arguments> mutations = new ArrayList<>();
    collect(root, "", root, mutations);
    return mutations.stream();
  }

  private static void collect(JsonNode root, String path, JsonNode node, List<Arguments> out) {
    if (node instanceof ObjectNode object) {
      add(out, root, path + " + unknown", n -> ((ObjectNode) at(n, path)).put("unexpected", 1));
      for (String field : iterable(object.fieldNames())) {
        String child = path + "/" + field;
        JsonNode value = object.get(field);
        add(out, root, child + " removed", n -> ((ObjectNode) at(n, path)).remove(field));
        add(out, root, child + " = null", n -> ((ObjectNode) at(n, path)).putNull(field));
        for (JsonNode replacement : replacements(value)) {
          add(
              out,
              root,
              child + " = " + replacement,
              n -> ((ObjectNode) at(n, path)).set(field, replacement));
        }
        collect(root, child, value, out);
      }
    } else if (node instanceof ArrayNode array && array.size() > 0) {
      add(out, root, path + "/0 = null", n -> ((ArrayNode) at(n, path)).set(0, (JsonNode) null));
      collect(root, path + "/0", array.get(0), out);
    }
  }

  private static List<JsonNode> replacements(JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> values = new ArrayList<>(List.of(f.objectNode(), f.arrayNode()));
    if (value.isTextual()) {
      values.addAll(List.of(f.numberNode(7), f.booleanNode(true), f.textNode("")));
      String text = value.asText();
      if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
        values.add(f.textNode(text.replaceFirst("T", " ")));
        values.add(f.textNode(text.substring(0, 10)));
      } else {
        values.add(f.textNode("x".repeat(129)));
        values.add(f.textNode("NOT_A_CONSTANT"));
      }
    } else if (value.isIntegralNumber()) {
      values.addAll(List.of(f.textNode("5"), f.numberNode(2.5), f.numberNode(-1), f.numberNode(6)));
    } else if (value.isNumber()) {
      values.addAll(List.of(f.textNode("0.5"), f.booleanNode(false)));
    } else if (value.isBoolean()) {
      values.addAll(List.of(f.textNode("true"), f.numberNode(1)));
    } else if (value.isObject() || value.isArray()) {
      values.add(f.textNode("x"));
    }
    values.removeIf(v -> v.getNodeType() == value.getNodeType() && !v.isTextual() && !v.isNumber());
    return values;
  }

  private static void add(
      List<Arguments> out, JsonNode root, String name, java.util.function.Consumer<JsonNode> edit) {
    JsonNode copy = root.deepCopy();
    edit.accept(copy);
    out.add(Arguments.of(name, copy.toString()));
  }

  private static JsonNode at(JsonNode root, String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    walk(DepartmentRecords.class, seen);
    return seen;
  }

  private static void walk(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p
        && Collection.class.isAssignableFrom((Class<?>) p.getRawType())) {
      walk(p.getActualTypeArguments()[0], seen);
      return;
    }
    if (!(type instanceof Class<?> c)
        || Identifier.class.isAssignableFrom(c)
        || !(c.isRecord() || c.isEnum())
        || !seen.add(c)) {
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        walk(component.getGenericType(), seen);
      }
    }
  }

  private static JsonNode schema() throws Exception {
    try (InputStream in = RecordJson.class.getResourceAsStream(RecordJson.SCHEMA_RESOURCE)) {
      return TREE.readTree(in);
    }
  }

  private static JsonNode read(String json) {
    try {
      return TREE.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
