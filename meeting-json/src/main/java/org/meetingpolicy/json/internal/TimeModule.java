package org.meetingpolicy.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.regex.Pattern;

/**
 * Instants and zoned date-times as ISO-8601 strings with an offset. An instant is written in UTC
 * ({@code 2026-11-13T06:00:00Z}) and read with any offset ({@code 2026-11-13T14:00+08:00}); a zoned
 * date-time keeps its zone id ({@code 2026-11-13T14:00:00+08:00[Asia/Shanghai]}) and may be given
 * with an offset alone. Numbers (epoch seconds) are refused: they hide the zone and the schema does
 * not allow them.
 *
 * <p>The syntax is checked with the same patterns as the JSON Schema's, then the calendar, the zone
 * id and the offset are checked by {@code java.time}.
 */
public final class TimeModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The syntax of an instant: date, time (seconds optional), offset. Mirrors the schema. */
  public static final String INSTANT_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
          + "(Z|[+-][0-9]{2}:[0-9]{2})$";

  /** The syntax of a zoned date-time: an instant's, then an optional zone id in brackets. */
  public static final String ZONED_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
          + "(Z|[+-][0-9]{2}:[0-9]{2})(\\[[A-Za-z0-9_+\\-/]{1,64}\\])?$";

  private static final Pattern INSTANT = Pattern.compile(INSTANT_PATTERN);
  private static final Pattern ZONED = Pattern.compile(ZONED_PATTERN);

  /** Registers the serializers and deserializers. */
  public TimeModule() {
    super("meeting-policy-time");
    addSerializer(Instant.class, new InstantSerializer());
    addDeserializer(Instant.class, new InstantDeserializer());
    addSerializer(ZonedDateTime.class, new ZonedSerializer());
    addDeserializer(ZonedDateTime.class, new ZonedDeserializer());
  }

  /** Parses an instant as the reader does; for callers outside Jackson such as the CLI. */
  public static Instant parseInstant(String text) {
    if (!INSTANT.matcher(text).matches()) {
      throw new DateTimeException(
          "expected a date-time with offset such as 2026-11-13T14:00+08:00 or"
              + " 2026-11-13T06:00:00Z");
    }
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /** Parses a zoned date-time as the reader does. */
  public static ZonedDateTime parseZoned(String text) {
    if (!ZONED.matcher(text).matches()) {
      throw new DateTimeException(
          "expected a date-time with offset and an optional zone id such as"
              + " 2026-11-13T14:00+08:00[Asia/Shanghai]");
    }
    int bracket = text.indexOf('[');
    if (bracket >= 0) {
      String id = text.substring(bracket + 1, text.length() - 1);
      try {
        ZoneId.of(id);
      } catch (DateTimeException e) {
        throw new DateTimeException("unknown time-zone id '" + id + "'", e);
      }
    }
    TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
    ZoneOffset offset = parsed.query(TemporalQueries.offset());
    ZoneId zone = parsed.query(TemporalQueries.zone());
    OffsetDateTime local = OffsetDateTime.from(parsed);
    ZonedDateTime zoned = ZonedDateTime.ofInstant(local.toInstant(), zone);
    // java.time would silently move the local time when offset and zone disagree.
    if (!zoned.getOffset().equals(offset)) {
      throw new DateTimeException(
          "the offset "
              + offset
              + " does not match the zone "
              + zone
              + ", which is "
              + zoned.getOffset()
              + " at that time");
    }
    return zoned;
  }

  private static final class InstantSerializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }
  }

  private static final class ZonedSerializer extends StdScalarSerializer<ZonedDateTime> {
    private static final long serialVersionUID = 1L;

    ZonedSerializer() {
      super(ZonedDateTime.class);
    }

    @Override
    public void serialize(ZonedDateTime value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value));
    }
  }

  private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      try {
        return parseInstant(text);
      } catch (DateTimeException e) {
        throw InvalidFormatException.from(p, reason(e), text, Instant.class);
      }
    }
  }

  private static final class ZonedDeserializer extends StdScalarDeserializer<ZonedDateTime> {
    private static final long serialVersionUID = 1L;

    ZonedDeserializer() {
      super(ZonedDateTime.class);
    }

    @Override
    public ZonedDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (ZonedDateTime) ctxt.handleUnexpectedToken(ZonedDateTime.class, p);
      }
      String text = p.getText();
      try {
        return parseZoned(text);
      } catch (DateTimeException e) {
        throw InvalidFormatException.from(p, reason(e), text, ZonedDateTime.class);
      }
    }
  }

  private static final Pattern PARSE_CAUSE =
      Pattern.compile("Text '.*' could not be parsed: (.*)", Pattern.DOTALL);
  private static final Pattern PARSE_INDEX =
      Pattern.compile("Text '.*' could not be parsed at index ([0-9]+)", Pattern.DOTALL);

  /** What a java.time message says is wrong, without repeating the text. */
  static String reason(DateTimeException e) {
    String message = String.valueOf(e.getMessage());
    var cause = PARSE_CAUSE.matcher(message);
    if (cause.matches()) {
      return cause.group(1);
    }
    var index = PARSE_INDEX.matcher(message);
    if (index.matches()) {
      return "unexpected text at character " + (Integer.parseInt(index.group(1)) + 1);
    }
    return message;
  }
}
