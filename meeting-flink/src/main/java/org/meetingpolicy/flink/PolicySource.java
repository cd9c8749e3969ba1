package org.meetingpolicy.flink;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.meetingpolicy.json.PolicyFile;
import org.meetingpolicy.json.PolicyFileException;
import org.meetingpolicy.rules.MeetingPolicy;

/**
 * The policy a job checks against, as the text of a {@code --policy} file (YAML or properties, as
 * {@code meeting-check} reads it) or the defaults. The text travels with the job, so task managers
 * need no access to the client's file; each task reads it again with {@link PolicyFile}.
 *
 * @param name the file's name (its extension says the syntax); null for the default policy
 * @param text the file's text; null for the default policy
 */
public record PolicySource(String name, String text) implements Serializable {

  /** The default policy. */
  public static final PolicySource DEFAULTS = new PolicySource(null, null);

  /** Rejects a name without text or text without a name. */
  public PolicySource {
    if ((name == null) != (text == null)) {
      throw new IllegalArgumentException("a policy file needs both a name and its text");
    }
  }

  /**
   * Reads a policy file and checks it at once, so that a bad file fails on the client, not in every
   * task.
   *
   * @throws PolicyFileException if the file is not a valid policy file
   * @throws IOException if it cannot be read
   */
  public static PolicySource read(Path file) throws IOException {
    PolicyFile.read(file);
    return new PolicySource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * The policy.
   *
   * @throws PolicyFileException if the text is not a valid policy file
   */
  public MeetingPolicy policy() throws PolicyFileException {
    if (name == null) {
      return MeetingPolicy.defaults();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".properties")) {
      return PolicyFile.fromProperties(text, name, MeetingPolicy.defaults());
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return PolicyFile.fromYaml(text, name, MeetingPolicy.defaults());
    }
    throw new PolicyFileException(
        name, "", "a policy file ends in .yaml, .yml or .properties", null);
  }

  /** The file's name, or {@code defaults}. */
  @Override
  public String toString() {
    return Objects.requireNonNullElse(name, "defaults");
  }
}
