package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.json.SourcePosition;

/**
 * Turns Jackson's reading errors into one-line {@link RecordReadException}s in the format's own
 * words: the JSON path as {@code meetings[2].notices[0].sentAt}, and the problem without Java type
 * names.
 */
public final class ReadErrors {

  private static final Pattern MISSING =
      Pattern.compile("Missing required creator property '([^']+)'.*", Pattern.DOTALL);
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'.*");
  private static final Pattern TRAILING = Pattern.compile("Trailing token.*", Pattern.DOTALL);
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(",? ?from `[^`]*`");
  // Jackson names a place as "[Source: REDACTED (`...` disabled); line: 1, column: 1]".
  private static final Pattern LOCATION =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private ReadErrors() {}

  /**
   * The exception for a Jackson error while reading {@code source} with {@code parser}, which knows
   * where reading stopped when a low-level error does not say.
   */
  public static RecordReadException translate(
      String source, JsonProcessingException error, JsonParser parser) {
    // Databind wraps a parser error met inside an object; the parser error says what is wrong,
    // and the parser's own context gives the most precise path.
    JsonProcessingException cause = streamCause(error);
    if (cause != null) {
      SourcePosition position = position(cause.getLocation(), position(parser.currentLocation()));
      String path = Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString());
      if (cause instanceof StreamConstraintsException) {
        String message = CONSTRAINT_SOURCE.matcher(cause.getOriginalMessage()).replaceAll("");
        return new RecordReadException(source, position, path, "too large: " + message, error);
      }
      if (cause instanceof RefusedContentException) {
        return new RecordReadException(source, position, path, cause.getOriginalMessage(), error);
      }
      if (cause instanceof InputCoercionException coercion) {
        return new RecordReadException(source, position, path, outOfRange(coercion), error);
      }
      Matcher duplicate = DUPLICATE.matcher(firstLine(cause.getOriginalMessage()));
      if (duplicate.matches()) {
        String name = duplicate.group(1);
        return new RecordReadException(
            source,
            position,
            withName(path, name),
            "duplicate property " + Printable.quote(name),
            error);
      }
      String message = LOCATION.matcher(firstLine(cause.getOriginalMessage())).replaceAll("$1:$2");
      return new RecordReadException(source, position, path, "not valid JSON: " + message, error);
    }
    if (error instanceof MismatchedInputException && parser.currentToken() == null) {
      // Jackson's "No content to map due to end-of-input": nothing but white space, or nothing.
      return new RecordReadException(
          source,
          position(parser.currentLocation()),
          "",
          "empty document: expected an object with the department's records",
          error);
    }
    SourcePosition position = position(error.getLocation());
    if (error instanceof JsonMappingException mapping) {
      List<JsonMappingException.Reference> references = mapping.getPath();
      if (MISSING.matcher(mapping.getOriginalMessage()).matches() && !references.isEmpty()) {
        // The path ends at the missing property; name the object that lacks it instead.
        references = references.subList(0, references.size() - 1);
      }
      String path =
          references.isEmpty()
              ? Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString())
              : path(references);
      if (error instanceof UnrecognizedPropertyException unknown) {
        path = withName(path, unknown.getPropertyName());
      }
      return new RecordReadException(source, position, path, problem(mapping), error);
    }
    return new RecordReadException(
        source, position, "", firstLine(error.getOriginalMessage()), error);
  }

  /** The path to a property of the object at {@code path}, unless it already ends with it. */
  private static String withName(String path, String name) {
    if (path.equals(name) || path.endsWith("." + name)) {
      return path;
    }
    return path.isEmpty() ? name : path + "." + name;
  }

  private static @Nullable JsonProcessingException streamCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
        return (JsonProcessingException) t;
      }
    }
    return null;
  }

  private static String problem(JsonMappingException error) {
    if (error instanceof UnrecognizedPropertyException unknown) {
      return "unknown property "
          + Printable.quote(unknown.getPropertyName())
          + suggestion(unknown.getPropertyName(), unknown.getKnownPropertyIds());
    }
    if (error instanceof InvalidNullException nulls) {
      return nulls.getPath().isEmpty()
              || nulls.getPath().get(nulls.getPath().size() - 1).getIndex() < 0
          ? "null is not allowed here"
          : "null is not allowed as an element";
    }
    if (error instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      String value = Printable.quote(inputText(format));
      if (target != null && target.isEnum()) {
        return value + " is not one of " + constants(target);
      }
      if (target == Instant.class || target == ZonedDateTime.class) {
        String reason = format.getOriginalMessage();
        // A syntax error's reason would only repeat the description.
        return reason.startsWith("expected a date-time")
            ? value + " is not " + describe(target)
            : value + " is not " + describe(target) + ": " + reason;
      }
      return value + " is not " + describe(target);
    }
    Matcher missing = MISSING.matcher(error.getOriginalMessage());
    if (missing.matches()) {
      return "missing required property '" + missing.group(1) + "'";
    }
    if (TRAILING.matcher(error.getOriginalMessage()).matches()) {
      return "unexpected content after the end of the document";
    }
    if (error instanceof ValueInstantiationException) {
      Throwable cause = error.getCause() == null ? error : error.getCause();
      return "cannot build the value: " + firstLine(String.valueOf(cause.getMessage()));
    }
    if (error instanceof MismatchedInputException mismatch) {
      return "expected "
          + describe(mismatch.getTargetType())
          + ", found "
          + found(mismatch.getProcessor());
    }
    return firstLine(error.getOriginalMessage());
  }

  /** The value as the document writes it: {@code 1e999}, not the {@code Infinity} it reads as. */
  private static String inputText(InvalidFormatException error) {
    if (error.getProcessor() instanceof JsonParser parser && parser.currentToken() != null) {
      try {
        if (parser.currentToken().isNumeric()) {
          return parser.getText();
        }
      } catch (IOException e) {
        // Fall back to the value Jackson read.
      }
    }
    return String.valueOf(error.getValue());
  }

  /** Such as "2147483648 is out of range for an integer (-2147483648 to 2147483647)". */
  private static String outOfRange(InputCoercionException error) {
    String text;
    try {
      text = error.getProcessor() == null ? null : error.getProcessor().getText();
    } catch (IOException e) {
      text = null;
    }
    Class<?> target = error.getTargetType();
    String range =
        target == long.class || target == Long.class
            ? Long.MIN_VALUE + " to " + Long.MAX_VALUE
            : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    return (text == null ? "the number" : text) + " is out of range for an integer (" + range + ")";
  }

  /** Such as "an instant" or "one of EMAIL, INSTANT_MESSAGE, OTHER", for "expected ...". */
  static String describe(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == Instant.class) {
      return "an instant (a date-time with offset such as 2026-11-13T14:00+08:00)";
    }
    if (type == ZonedDateTime.class) {
      return "a date-time with offset and optional zone id (such as"
          + " 2026-11-13T14:00+08:00[Asia/Shanghai])";
    }
    if (type == String.class || Identifier.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of " + constants(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object (" + type.getSimpleName() + ")";
  }

  private static String constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static String found(Object processor) {
    if (!(processor instanceof JsonParser parser) || parser.currentToken() == null) {
      return "something else";
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  /** " (did you mean 'x'?)" for a close known name, or nothing. */
  public static String suggestion(String name, Collection<Object> known) {
    if (known == null) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Object candidate : known) {
      String text = String.valueOf(candidate);
      String a = name.toLowerCase(Locale.ROOT);
      String b = text.toLowerCase(Locale.ROOT);
      // A name cut short ("noticeLead") is as good a hint as a typo.
      boolean truncated = a.length() >= 4 && (b.startsWith(a) || a.startsWith(b));
      int distance = truncated ? 1 : distance(a, b);
      if (distance < bestDistance) {
        best = text;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(1, name.length() / 3)
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  /** The optimal string alignment distance: edits, with a swap of neighbours as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Formats a reference path as {@code meetings[2].notices[0].sentAt}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(reference.getFieldName());
      }
    }
    return text.toString();
  }

  private static @Nullable SourcePosition position(
      @Nullable JsonLocation location, @Nullable SourcePosition fallback) {
    SourcePosition position = position(location);
    return position == null ? fallback : position;
  }

  private static @Nullable SourcePosition position(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return null;
    }
    return new SourcePosition(location.getLineNr(), location.getColumnNr());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
