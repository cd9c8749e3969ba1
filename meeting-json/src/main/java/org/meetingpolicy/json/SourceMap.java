package org.meetingpolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.meetingpolicy.json.internal.Paths;

/**
 * Where each value of a JSON document starts, so that a validation problem, which names a property
 * path such as {@code meetings[0].plannedEnd}, can also name a line and column. Immutable.
 */
public final class SourceMap {

  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, SourcePosition> positions;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
  }

  /**
   * Maps a document that has already been read successfully. A document that cannot be parsed
   * yields a map that finds nothing.
   */
  public static SourceMap of(byte[] json) {
    Map<String, SourcePosition> positions = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
          // A property is found at its name, where an editor shows it.
          put(positions, context.pathAsPointer().toString(), parser.currentTokenLocation());
        } else if (token.isStructStart() || token.isScalarValue()) {
          JsonStreamContext holder = token.isStructStart() ? context.getParent() : context;
          if (holder != null && holder.inArray()) {
            put(positions, holder.pathAsPointer().toString(), parser.currentTokenLocation());
          }
        }
      }
    } catch (IOException e) {
      return EMPTY;
    }
    return new SourceMap(Map.copyOf(positions));
  }

  /**
   * The position of the value at the path, or of its nearest enclosing value that the document has.
   *
   * @param path a property path such as {@code meetings[0].notices[1].sentAt}; empty for the root
   */
  public Optional<SourcePosition> find(String path) {
    String pointer = Paths.toPointer(path);
    while (!pointer.isEmpty()) {
      SourcePosition position = positions.get(pointer);
      if (position != null) {
        return Optional.of(position);
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
    return Optional.empty();
  }

  private static void put(
      Map<String, SourcePosition> positions, String pointer, JsonLocation location) {
    if (location.getLineNr() > 0 && location.getColumnNr() > 0) {
      positions.putIfAbsent(
          pointer, new SourcePosition(location.getLineNr(), location.getColumnNr()));
    }
  }
}
