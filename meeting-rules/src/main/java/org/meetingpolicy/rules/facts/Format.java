package org.meetingpolicy.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.meetingpolicy.core.model.Identifier;

/** Renders evidence values as short, stable text. */
public final class Format {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Format() {}

  /**
   * A value as text: instants in the zone, durations in days and hours, ids by value; collections
   * joined with commas in a stable order (natural order when the elements are of one comparable
   * class, such as enums or instants, else by text). The lists of a record have no order the policy
   * cares about, and a report must not change when its input's lists are shuffled.
   */
  public static String value(Object value, ZoneId zone) {
    if (value == null) {
      return "none";
    }
    if (value instanceof Instant instant) {
      return instant(instant, zone);
    }
    if (value instanceof ZonedDateTime zoned) {
      return instant(zoned.toInstant(), zone);
    }
    if (value instanceof Duration duration) {
      return duration(duration);
    }
    if (value instanceof Identifier id) {
      return id.value();
    }
    if (value instanceof Optional<?> optional) {
      return value(optional.orElse(null), zone);
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty() ? "none" : String.join(", ", sorted(collection, zone));
    }
    return value.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> sorted(Collection<?> collection, ZoneId zone) {
    Class<?> common = null;
    boolean comparable = true;
    for (Object element : collection) {
      Class<?> type = element == null ? null : element.getClass();
      if (type == null || !Comparable.class.isAssignableFrom(type)) {
        comparable = false;
        break;
      }
      Class<?> kind = type.isEnum() ? type : type.isAnonymousClass() ? type.getSuperclass() : type;
      if (common == null) {
        common = kind;
      } else if (common != kind) {
        comparable = false;
        break;
      }
    }
    if (comparable) {
      List<Comparable> elements = new ArrayList<>((Collection<Comparable>) collection);
      Collections.sort(elements);
      return elements.stream().map(v -> value(v, zone)).toList();
    }
    List<String> texts = new ArrayList<>(collection.size());
    collection.forEach(v -> texts.add(value(v, zone)));
    Collections.sort(texts);
    return texts;
  }

  /** An instant as local date and time in the zone: {@code 2026-11-27 14:00}. */
  public static String instant(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    String text = LOCAL.format(local);
    return local.getSecond() == 0 && local.getNano() == 0
        ? text
        : text + ":" + String.format("%02d", local.getSecond());
  }

  /**
   * A duration in days, hours, minutes and seconds, leaving out zero parts: {@code 7 d}, {@code 6 d
   * 23 h 59 min 59 s}, {@code 10 min}; negative durations start with a minus sign.
   */
  public static String duration(Duration duration) {
    if (duration.isZero()) {
      return "0 s";
    }
    Duration abs = duration.abs();
    StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
    append(text, abs.toDays(), "d");
    append(text, abs.toHoursPart(), "h");
    append(text, abs.toMinutesPart(), "min");
    append(text, abs.toSecondsPart(), "s");
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount != 0) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
        text.append(' ');
      }
      text.append(amount).append(' ').append(unit);
    }
  }
}
