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
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.meetingpolicy.core.model.Identifier;
import org.meetingpolicy.rules.Language;

/** Renders evidence values as short, stable text. */
public final class Format {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter LOCAL_ZH =
      DateTimeFormatter.ofPattern("yyyy年M月d日 EEE HH:mm", Locale.SIMPLIFIED_CHINESE);
  private static final ResourceBundle ZH_VALUES =
      ResourceBundle.getBundle(
          "org.meetingpolicy.rules.facts.values",
          Locale.SIMPLIFIED_CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Format() {}

  /**
   * A value as text: instants in the zone, durations in days and hours, ids by value; collections
   * joined with commas in a stable order (natural order when the elements are of one comparable
   * class, such as enums or instants, else by text). The lists of a record have no order the policy
   * cares about, and a report must not change when its input's lists are shuffled.
   */
  public static String value(Object value, ZoneId zone) {
    return value(value, zone, Language.EN);
  }

  /**
   * A value as text in the language. English is {@link #value(Object, ZoneId)}. Chinese writes
   * dates as a Chinese reader expects them ({@code 2026年11月27日 周五 14:00}), durations in Chinese
   * units ({@code 7 天}, {@code 20 分钟}), enum constants, booleans and the few words rules put into
   * evidence by their names in the {@code values} bundle, and joins lists with {@code 、}; ids and
   * other data stay as they are.
   */
  public static String value(Object value, ZoneId zone, Language language) {
    if (language == Language.ZH) {
      return zh(value, zone);
    }
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

  private static String zh(Object value, ZoneId zone) {
    if (value == null) {
      return ZH_VALUES.getString("text.none");
    }
    if (value instanceof Instant instant) {
      return instantZh(instant, zone);
    }
    if (value instanceof ZonedDateTime zoned) {
      return instantZh(zoned.toInstant(), zone);
    }
    if (value instanceof Duration duration) {
      return durationZh(duration);
    }
    if (value instanceof Identifier id) {
      return id.value();
    }
    if (value instanceof Optional<?> optional) {
      return zh(optional.orElse(null), zone);
    }
    if (value instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        return ZH_VALUES.getString("text.none");
      }
      // The order of the English text, so both languages list the same elements alike.
      List<Object> elements = new ArrayList<>(collection);
      List<String> english = sorted(collection, zone);
      List<String> texts = new ArrayList<>(english.size());
      for (String text : english) {
        for (int i = 0; i < elements.size(); i++) {
          if (value(elements.get(i), zone).equals(text)) {
            texts.add(zh(elements.remove(i), zone));
            break;
          }
        }
      }
      return String.join("、", texts);
    }
    if (value instanceof Enum<?> constant) {
      return lookUp(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), value);
    }
    if (value instanceof Boolean flag) {
      return ZH_VALUES.getString("boolean." + flag);
    }
    if (value instanceof String text) {
      return lookUp("text." + text.replace(' ', '_'), text);
    }
    return value.toString();
  }

  /**
   * A duration as a sentence gives it: its two largest units, the rest cut off, so {@code 10 d 3 h
   * 55 min 38 s} reads {@code 10 d 3 h} ({@code 10 天 3 小时}) and {@code 7 min 44 s} stays. Cut off
   * rather than rounded, so a lead short of a threshold by a second never reads as the threshold
   * itself. Evidence keeps the exact duration.
   */
  public static String prose(Duration duration, Language language) {
    long seconds = duration.abs().getSeconds();
    long unit = seconds >= 86_400 ? 3_600 : seconds >= 3_600 ? 60 : 1;
    Duration cut = Duration.ofSeconds(seconds - seconds % unit);
    if (duration.isNegative()) {
      cut = cut.negated();
    }
    return language == Language.ZH ? durationZh(cut) : duration(cut);
  }

  /** The name of a piece of evidence in the language: {@code sentAt}, in Chinese {@code 发出时间}. */
  public static String evidenceName(String name, Language language) {
    return language == Language.ZH ? lookUp("evidence." + name, name) : name;
  }

  private static String lookUp(String key, Object fallback) {
    return ZH_VALUES.containsKey(key) ? ZH_VALUES.getString(key) : fallback.toString();
  }

  /** An instant as a Chinese reader writes it: {@code 2026年11月27日 周五 14:00}. */
  public static String instantZh(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    String text = LOCAL_ZH.format(local);
    return local.getSecond() == 0 && local.getNano() == 0
        ? text
        : text + ":" + String.format("%02d", local.getSecond());
  }

  /** A duration in Chinese units, leaving out zero parts: {@code 7 天}, {@code 7 分钟 44 秒}. */
  public static String durationZh(Duration duration) {
    if (duration.isZero()) {
      return "0 秒";
    }
    Duration abs = duration.abs();
    StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
    append(text, abs.toDays(), "天");
    append(text, abs.toHoursPart(), "小时");
    append(text, abs.toMinutesPart(), "分钟");
    append(text, abs.toSecondsPart(), "秒");
    return text.toString();
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
