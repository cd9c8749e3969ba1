package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a records document while it streams in, before Jackson binds it:
 *
 * <ul>
 *   <li>every array, and the top-level {@code meetings} array, is capped in length ({@code
 *       StreamReadConstraints} bound nesting, strings, numbers and the document, not arrays);
 *   <li>every property name is one of its record's components, reported where the name stands.
 *       Jackson's own check comes only after the whole object is read, and then loses to a "missing
 *       property" error when a name is misspelt;
 *   <li>no string holds a control character other than tab, line feed and carriage return, or half
 *       a surrogate pair, even escaped (such as U+001B, escape): they would garble messages and
 *       reports.
 * </ul>
 */
public final class GuardedParser extends JsonParserDelegate {

  // Class.getRecordComponents() reflects afresh on every call: too slow for every object read.
  private static final ClassValue<Map<String, Type>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
          Map<String, Type> types = new LinkedHashMap<>();
          for (RecordComponent component : record.getRecordComponents()) {
            types.put(component.getName(), component.getGenericType());
          }
          return Collections.unmodifiableMap(types);
        }
      };

  private final int maxArrayLength;
  private final int maxMeetings;
  // The declared type of each open object or array; null where the model has no record there.
  private final Deque<Type> open = new ArrayDeque<>();
  private final Type rootType;

  /** Wraps the parser for a document whose root is {@code rootType}. */
  public GuardedParser(JsonParser parser, Class<?> rootType, int maxArrayLength, int maxMeetings) {
    super(parser);
    this.rootType = rootType;
    this.maxArrayLength = maxArrayLength;
    this.maxMeetings = maxMeetings;
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token == null) {
      return null;
    }
    switch (token) {
      case END_OBJECT, END_ARRAY -> open.pollFirst();
      case FIELD_NAME -> checkName();
      default -> {
        checkLength(token);
        if (token.isStructStart()) {
          open.push(orUnknown(typeOfValue()));
        } else if (token == JsonToken.VALUE_STRING) {
          checkText();
        }
      }
    }
    return token;
  }

  /** Refuses control characters and broken surrogate pairs, escaped or not, in a string. */
  private void checkText() throws IOException {
    char[] chars = getTextCharacters();
    int offset = getTextOffset();
    int at = Printable.refusedInString(chars, offset, getTextLength());
    if (at < 0) {
      return;
    }
    char c = chars[at];
    String what = Character.isSurrogate(c) ? "unpaired surrogate " : "control character ";
    throw new RefusedContentException(
        this,
        what
            + Printable.codePoint(c)
            + " at character "
            + (at - offset + 1)
            + " of the string: not allowed in the format",
        currentTokenLocation());
  }

  private void checkLength(JsonToken token) throws IOException {
    JsonStreamContext context = getParsingContext();
    if (token.isStructStart()) {
      context = context.getParent();
    }
    if (context == null || !context.inArray()) {
      return;
    }
    int length = context.getCurrentIndex() + 1;
    if (length > maxArrayLength) {
      throw new StreamConstraintsException(
          "array length exceeds the maximum allowed (" + maxArrayLength + ")",
          currentTokenLocation());
    }
    if (length > maxMeetings && isTopLevelMeetings(context)) {
      throw new StreamConstraintsException(
          "number of meetings exceeds the maximum allowed (" + maxMeetings + ")",
          currentTokenLocation());
    }
  }

  private void checkName() throws IOException {
    Type type = open.peekFirst();
    if (!(type instanceof Class<?> record) || !record.isRecord()) {
      return;
    }
    String name = currentName();
    Map<String, Type> known = COMPONENTS.get(record);
    if (!known.containsKey(name)) {
      throw new UnrecognizedPropertyException(
          this,
          "unknown property '" + name + "'",
          currentTokenLocation(),
          record,
          name,
          new ArrayList<Object>(known.keySet()));
    }
  }

  /** The declared type of the value that starts at the current token. */
  private @Nullable Type typeOfValue() {
    Type holder = open.peekFirst();
    if (open.isEmpty()) {
      return rootType;
    }
    if (holder == Unknown.class) {
      return null;
    }
    if (holder instanceof ParameterizedType list
        && list.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      return list.getActualTypeArguments()[0];
    }
    if (holder instanceof Class<?> record && record.isRecord()) {
      String name = getParsingContext().getParent().getCurrentName();
      return name == null ? null : COMPONENTS.get(record).get(name);
    }
    return null;
  }

  private static Type orUnknown(@Nullable Type type) {
    return type == null ? Unknown.class : type;
  }

  private static boolean isTopLevelMeetings(JsonStreamContext array) {
    JsonStreamContext owner = array.getParent();
    return owner != null
        && owner.inObject()
        && "meetings".equals(owner.getCurrentName())
        && owner.getParent() != null
        && owner.getParent().inRoot();
  }

  /** Marks a structure whose type the model does not describe; binding will reject it. */
  private static final class Unknown {}

  // The delegate would forward these straight to the wrapped parser, past the checks above.

  @Override
  public @Nullable JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public @Nullable String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public @Nullable String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public @Nullable Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Skip through nextToken() so that the stack of open structures stays in step.
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        depth++;
      } else if (next.isStructEnd()) {
        depth--;
      }
    }
    return this;
  }
}
