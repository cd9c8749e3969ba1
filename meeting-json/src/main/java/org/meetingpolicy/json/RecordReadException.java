package org.meetingpolicy.json;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.json.internal.Printable;

/**
 * A records document could not be read: it is not UTF-8 JSON, breaks a read limit, or does not have
 * the format's shape (an unknown or missing property, a wrong type, a bad time). The message is one
 * line naming the source, the position, the JSON path and the problem; whatever of the document it
 * repeats has its control characters escaped and long values cut short:
 *
 * <pre>
 * november.json:14:7: meetings[0].plannedStrat: unknown property 'plannedStrat' (did you mean
 * 'plannedStart'?)
 * </pre>
 */
public final class RecordReadException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient @Nullable SourcePosition position;
  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the document's name, such as a file name; never null
   * @param position where the problem is; null when unknown
   * @param path the JSON path, such as {@code meetings[2].notices[0].sentAt}; empty for the root
   * @param problem what is wrong, in words
   * @param cause the underlying parser or mapping error; may be null
   */
  public RecordReadException(
      String source,
      @Nullable SourcePosition position,
      String path,
      String problem,
      @Nullable Throwable cause) {
    super(
        format(
            Objects.requireNonNull(source, "source"),
            position,
            escaped(path, "path"),
            escaped(problem, "problem")),
        cause);
    this.source = source;
    this.position = position;
    this.path = escaped(path, "path");
    this.problem = escaped(problem, "problem");
  }

  /** The document's name. */
  public String source() {
    return source;
  }

  /** Where the problem is, when known. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /**
   * The JSON path of the value at fault, control characters escaped; empty for the document as a
   * whole.
   */
  public String path() {
    return path;
  }

  /** What is wrong, without source, position or path; one line. */
  public String problem() {
    return problem;
  }

  private static String escaped(String text, String name) {
    return Printable.escape(Objects.requireNonNull(text, name));
  }

  private static String format(
      String source, @Nullable SourcePosition position, String path, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (position != null) {
      text.append(':').append(position);
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(problem).toString();
  }
}
