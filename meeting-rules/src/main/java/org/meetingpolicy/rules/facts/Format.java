package org.meetingpolicy.rules.facts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
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
  public static String value(@Nullable Object value, @Nullable ZoneId zone) {
    return value(value, zone, Language.EN);
  }

  /**
   * A value as text in the language. English is {@link #value(Object, ZoneId)}, with enum constants
   * as words ({@link #words}). Chinese writes dates as a Chinese reader expects them ({@code
   * 2026年11月27日 周五 14:00}), durations in Chinese units ({@code 7 天}, {@code 20 分钟}), enum
   * constants, booleans and the few words rules put into evidence by their names in the {@code
   * values} bundle, and joins lists with {@code 、} in the English order; ids and other data stay as
   * they are.
   */
  public static String value(@Nullable Object value, @Nullable ZoneId zone, Language language) {
    boolean zh = language == Language.ZH;
    if (value == null) {
      return zh ? ZH_VALUES.getString("text.none") : "none";
    }
    if (value instanceof Instant instant) {
      return instant(instant, Objects.requireNonNull(zone, "a zone to write a time in"), language);
    }
    if (value instanceof ZonedDateTime zoned) {
      return instant(
          zoned.toInstant(), Objects.requireNonNull(zone, "a zone to write a time in"), language);
    }
    if (value instanceof Duration duration) {
      return duration(duration, language);
    }
    if (value instanceof Identifier id) {
      return id.value();
    }
    if (value instanceof Optional<?> optional) {
      return value(optional.orElse(null), zone, language);
    }
    if (value instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        return value(null, zone, language);
      }
      List<String> texts = new ArrayList<>(collection.size());
      for (Object element : sorted(collection, zone)) {
        texts.add(value(element, zone, language));
      }
      return String.join(zh ? "、" : ", ", texts);
    }
    if (value instanceof Enum<?> constant) {
      return zh
          ? lookUp(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), value)
          : words(constant);
    }
    if (zh && value instanceof Boolean flag) {
      return ZH_VALUES.getString("boolean." + flag);
    }
    if (zh && value instanceof String text) {
      return lookUp("text." + text.replace(' ', '_'), text);
    }
    return value.toString();
  }

  /**
   * An enum constant as English words: {@code IN_PERSON} reads {@code in person}, {@code
   * SALES_STAFF} {@code sales staff}, a day of the week as its name ({@code Friday}). The
   * constant's name stays in the JSON's {@code data}, for programs.
   */
  public static String words(Enum<?> constant) {
    if (constant instanceof DayOfWeek day) {
      return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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
    return duration(duration.isNegative() ? cut.negated() : cut, language);
  }

  /**
   * Whether a text the policy asks for is missing: absent, empty or only whitespace. One test for
   * every such text (8.9 comparison, 7.10 lessons, 9.1 emergency reason, 9.2 online reason), so a
   * blank entry never counts as given in one section and as missing in another.
   */
  public static boolean textMissing(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /** The name of a piece of evidence in the language: {@code sentAt}, in Chinese {@code 发出时间}. */
  public static String evidenceName(String name, Language language) {
    return language == Language.ZH ? lookUp("evidence." + name, name) : name;
  }

  private static String lookUp(String key, Object fallback) {
    return ZH_VALUES.containsKey(key) ? ZH_VALUES.getString(key) : fallback.toString();
  }

  /**
   * A value as data for a program to read: instants (a {@link ZonedDateTime} as its instant) and
   * durations as they are; ids, enums and other values as their text; booleans and numbers as they
   * are; an optional as its content; a collection as an unmodifiable list of its elements' data, in
   * the order its text lists them. Null stays null.
   */
  public static @Nullable Object data(@Nullable Object value, @Nullable ZoneId zone) {
    if (value == null
        || value instanceof Instant
        || value instanceof Duration
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double) {
      return value;
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Identifier id) {
      return id.value();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Optional<?> optional) {
      return data(optional.orElse(null), zone);
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Collection<?> collection) {
      List<@Nullable Object> elements = new ArrayList<>(collection.size());
      for (Object element : sorted(collection, zone)) {
        elements.add(data(element, zone));
      }
      return Collections.unmodifiableList(elements);
    }
    return value.toString();
  }

  /**
   * The elements in a stable order: natural order when they are of one comparable class, else by
   * their English text.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> sorted(Collection<?> collection, @Nullable ZoneId zone) {
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
    List<Object> elements = new ArrayList<>(collection);
    if (comparable) {
      Collections.sort((List<Comparable>) (List) elements);
    } else {
      elements.sort(Comparator.comparing(e -> value(e, zone)));
    }
    return elements;
  }

  /** An instant as local date and time in the zone: {@code 2026-11-27 14:00}. */
  public static String instant(Instant instant, ZoneId zone) {
    return instant(instant, zone, Language.EN);
  }

  /**
   * An instant in the zone, in Chinese as a Chinese reader writes it: {@code 2026年11月27日 周五 14:00}.
   */
  public static String instant(Instant instant, ZoneId zone, Language language) {
    ZonedDateTime local = instant.atZone(zone);
    String text = (language == Language.ZH ? LOCAL_ZH : LOCAL).format(local);
    return local.getSecond() == 0 && local.getNano() == 0
        ? text
        : text + ":" + String.format("%02d", local.getSecond());
  }

  /**
   * A duration in days, hours, minutes and seconds, leaving out zero parts: {@code 7 d}, {@code 6 d
   * 23 h 59 min 59 s}, {@code 10 min}; negative durations start with a minus sign.
   */
  public static String duration(Duration duration) {
    return duration(duration, Language.EN);
  }

  /** {@link #duration(Duration)} in the language: {@code 7 天}, {@code 7 分钟 44 秒}. */
  public static String duration(Duration duration, Language language) {
    String[] units = language == Language.ZH ? UNITS_ZH : UNITS_EN;
    if (duration.isZero()) {
      return "0 " + units[3];
    }
    Duration abs = duration.abs();
    StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
    append(text, abs.toDays(), units[0]);
    append(text, abs.toHoursPart(), units[1]);
    append(text, abs.toMinutesPart(), units[2]);
    append(text, abs.toSecondsPart(), units[3]);
    return text.toString();
  }

  private static final String[] UNITS_EN = {"d", "h", "min", "s"};
  private static final String[] UNITS_ZH = {"天", "小时", "分钟", "秒"};

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount != 0) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
        text.append(' ');
      }
      text.append(amount).append(' ').append(unit);
    }
  }
}
