package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.versions.PolicyHistory;
import org.meetingpolicy.rules.versions.PolicyVersion;

/**
 * Reads a {@link PolicyHistory} from one YAML file: a list of versions, each a policy file's
 * parameters (see {@link PolicyFile}, over the built-in defaults) plus its label, when it takes
 * effect, and the built-in rules it switches off.
 *
 * <pre>
 * versions:
 *   - version: "2026.1"
 *     effectiveFrom: 2026-01-01          # a date: its start in the version's zone
 *     name: Sales meetings
 *   - version: "2026.2"
 *     effectiveFrom: 2026-10-01T00:00+08:00
 *     name: Sales meetings, Thursdays
 *     regularMeetingDay: THURSDAY
 *     disabledRules: [agenda.monthly-item.due]
 *     ruleFiles: [rules/extra.drl]     # a host's DRL, relative to this file
 * </pre>
 *
 * <p>Errors name the file, the version and the field: {@code history.yaml: version 2026.2:
 * effectiveFrom: 'October' is not a date or an instant with an offset}.
 */
public final class PolicyHistoryFile {

  // A key given twice is an error, as in a policy file.
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private PolicyHistoryFile() {}

  /**
   * Reads the history in the file.
   *
   * @throws PolicyFileException if the file is not a valid history (the message names the version
   *     and the field)
   * @throws IOException if the file cannot be read
   */
  public static PolicyHistory read(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    return fromYaml(
        Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), folder);
  }

  /**
   * Reads a history from YAML text.
   *
   * @param source the file's name in error messages
   * @throws PolicyFileException if the text is not a valid history
   */
  public static PolicyHistory fromYaml(String yaml, String source) throws PolicyFileException {
    return fromYaml(yaml, source, Path.of(""));
  }

  /**
   * Reads a history from YAML text whose {@code ruleFiles} are relative to {@code folder}.
   *
   * @param source the file's name in error messages
   * @throws PolicyFileException if the text is not a valid history
   */
  public static PolicyHistory fromYaml(String yaml, String source, @Nullable Path folder)
      throws PolicyFileException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new PolicyFileException(source, "", "not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.has("versions") || root.size() != 1) {
      throw new PolicyFileException(
          source, "", "expected a mapping with one key, versions: a list of policy versions", null);
    }
    JsonNode list = root.get("versions");
    if (!list.isArray() || list.isEmpty()) {
      throw new PolicyFileException(source, "versions", "expected a list of versions", null);
    }
    List<PolicyVersion> versions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        throw new PolicyFileException(
            source, "versions[" + i + "]", "expected a mapping of parameters", null);
      }
      ObjectNode parameters = ((ObjectNode) entry).deepCopy();
      JsonNode label = parameters.remove("version");
      if (label == null || !label.isValueNode() || label.asText().isBlank()) {
        throw new PolicyFileException(
            source, "versions[" + i + "]", "version: every version needs a label", null);
      }
      String where = source + ": version " + label.asText();
      JsonNode from = parameters.remove("effectiveFrom");
      JsonNode disabled = parameters.remove("disabledRules");
      JsonNode files = parameters.remove("ruleFiles");
      MeetingPolicy policy = PolicyFile.fromNode(parameters, where, MeetingPolicy.defaults());
      if (from == null || !from.isValueNode()) {
        throw new PolicyFileException(
            where, "effectiveFrom", "missing: when it takes effect", null);
      }
      versions.add(
          new PolicyVersion(
              label.asText(),
              instant(from.asText(), policy, where),
              policy,
              rules(disabled, where),
              files(files, folder, where)));
    }
    try {
      return new PolicyHistory(versions);
    } catch (IllegalArgumentException e) {
      throw new PolicyFileException(source, "versions", String.valueOf(e.getMessage()), e);
    }
  }

  /** A date (its start in the policy's zone) or an instant with an offset. */
  private static Instant instant(String text, MeetingPolicy policy, String where)
      throws PolicyFileException {
    try {
      return text.length() <= 10
          ? LocalDate.parse(text).atStartOfDay(policy.zone()).toInstant()
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new PolicyFileException(
          where,
          "effectiveFrom",
          "'"
              + text
              + "' is not a date (2026-10-01) or an instant with an offset"
              + " (2026-10-01T00:00+08:00)",
          e);
    }
  }

  private static List<Path> files(JsonNode node, @Nullable Path folder, String where)
      throws PolicyFileException {
    List<Path> paths = new ArrayList<>();
    if (node == null) {
      return paths;
    }
    if (!node.isArray()) {
      throw new PolicyFileException(where, "ruleFiles", "expected a list of DRL files", null);
    }
    for (JsonNode name : node) {
      if (!name.isTextual() || name.asText().isBlank()) {
        throw new PolicyFileException(where, "ruleFiles", "'" + name + "' is not a file", null);
      }
      // Without the history file's folder (YAML given as text), relative to the working directory.
      Path path = folder == null ? Path.of(name.asText()) : folder.resolve(name.asText());
      if (!Files.isRegularFile(path)) {
        throw new PolicyFileException(where, "ruleFiles", "no such file: " + path, null);
      }
      paths.add(path);
    }
    return paths;
  }

  private static Set<String> rules(JsonNode node, String where) throws PolicyFileException {
    Set<String> ids = new LinkedHashSet<>();
    if (node == null) {
      return ids;
    }
    if (!node.isArray()) {
      throw new PolicyFileException(where, "disabledRules", "expected a list of rule ids", null);
    }
    for (JsonNode id : node) {
      if (!id.isTextual() || id.asText().isBlank()) {
        throw new PolicyFileException(
            where, "disabledRules", "'" + id + "' is not a rule id", null);
      }
      ids.add(id.asText());
    }
    return ids;
  }
}
