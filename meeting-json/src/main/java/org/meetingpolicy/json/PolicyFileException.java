package org.meetingpolicy.json;

import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A policy file could not be applied: it is not valid YAML or properties, names an unknown
 * parameter, or gives a parameter a value it cannot take. The message is one line naming the file,
 * the key and the value: {@code thursday.yaml: noticeLeadTime: 'five days' is not a duration
 * (ISO-8601 such as P5D or PT36H)}.
 */
public final class PolicyFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param source the file's name
   * @param key the parameter at fault; empty when the file as a whole is at fault
   * @param problem what is wrong, naming the value
   * @param cause the underlying error; may be null
   */
  public PolicyFileException(String source, String key, String problem, @Nullable Throwable cause) {
    super(source + ": " + (key.isEmpty() ? "" : key + ": ") + problem, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** The file's name. */
  public String source() {
    return source;
  }

  /** The parameter at fault; empty when the file as a whole is at fault. */
  public String key() {
    return key;
  }
}
