package org.meetingpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.rules.facts.Format;

/**
 * Chinese output is Chinese: every word a reader sees with {@code --lang zh} is Chinese, except
 * what comes from the data (ids, names, titles), rule ids and the zone's id.
 */
class ChineseTextTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern ZH_TEMPLATE = Pattern.compile("@zh\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+\\}");

  @Test
  void everyRuleMessageTemplateIsChineseApartFromItsPlaceholders() throws IOException {
    List<String> latin = new ArrayList<>();
    int templates = 0;
    for (String file : ComplianceEngine.BUILT_IN_RULE_FILES) {
      Matcher m = ZH_TEMPLATE.matcher(resource("org/meetingpolicy/rules/drl/" + file + ".drl"));
      while (m.find()) {
        templates++;
        String text = PLACEHOLDER.matcher(m.group(1)).replaceAll("");
        if (LATIN.matcher(text).find()) {
          latin.add(file + ": " + m.group(1));
        }
      }
    }

    assertThat(templates).isGreaterThan(150);
    assertThat(latin).as("@zh templates with Latin letters").isEmpty();
  }

  @Test
  void everyConstantOfTheModelAndTheReportReadsInChinese() throws Exception {
    List<Class<?>> enums = new ArrayList<>();
    enums.addAll(enumsInPackageOf(AgendaCategory.class));
    enums.addAll(
        List.of(DayOfWeek.class, Severity.class, SubjectKind.class, EvaluationCycle.class));
    List<String> latin = new ArrayList<>();
    for (Class<?> type : enums) {
      for (Object constant : type.getEnumConstants()) {
        String zh = Format.value(constant, ZONE, Language.ZH);
        if (LATIN.matcher(zh).find()) {
          latin.add(type.getSimpleName() + "." + constant + " -> " + zh);
        }
      }
    }

    assertThat(enums).hasSizeGreaterThan(20);
    assertThat(latin).as("constants without Chinese").isEmpty();
  }

  @Test
  void timesDurationsAndEmptyValuesReadAsAChineseReaderWritesThem() {
    Instant friday = Instant.parse("2026-12-04T06:00:00Z");

    assertThat(Format.value(friday, ZONE, Language.ZH)).isEqualTo("2026年12月4日 周五 14:00");
    assertThat(Format.value(friday.plusSeconds(7), ZONE, Language.ZH))
        .isEqualTo("2026年12月4日 周五 14:00:07");
    assertThat(Format.value(Duration.ofDays(3), ZONE, Language.ZH)).isEqualTo("3 天");
    assertThat(Format.value(Duration.ofMinutes(464).plusSeconds(4), ZONE, Language.ZH))
        .isEqualTo("7 小时 44 分钟 4 秒");
    assertThat(Format.value(Duration.ZERO, ZONE, Language.ZH)).isEqualTo("0 秒");
    assertThat(Format.value(null, ZONE, Language.ZH)).isEqualTo("无");
    assertThat(Format.value(List.of(), ZONE, Language.ZH)).isEqualTo("无");
    assertThat(Format.value(true, ZONE, Language.ZH)).isEqualTo("是");
    assertThat(Format.value("late and left early", ZONE, Language.ZH)).isEqualTo("迟到且早退");
    assertThat(Format.value(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), ZONE, Language.ZH))
        .as("in the order of the English text (MONDAY, FRIDAY), joined with 、")
        .isEqualTo("周一、周五");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(ChineseTextTest.class.getClassLoader().getResourceAsStream(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The enums of a package on the class path, from a directory or a jar. */
  private static List<Class<?>> enumsInPackageOf(Class<?> type) throws Exception {
    URL location = type.getResource(type.getSimpleName() + ".class");
    List<String> names = new ArrayList<>();
    if (location.getProtocol().equals("jar")) {
      String prefix = type.getPackageName().replace('.', '/') + "/";
      JarURLConnection connection = (JarURLConnection) location.openConnection();
      connection.setUseCaches(false); // a JarFile of our own, which we may close
      try (JarFile jar = connection.getJarFile()) {
        jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
            .map(n -> n.substring(prefix.length()))
            .forEach(names::add);
      }
    } else {
      try (Stream<Path> files = Files.list(Path.of(location.toURI()).getParent())) {
        files.map(f -> f.getFileName().toString()).forEach(names::add);
      }
    }
    List<Class<?>> enums = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$")) {
        Class<?> candidate =
            Class.forName(type.getPackageName() + "." + name.replace(".class", ""));
        if (candidate.isEnum()) {
          enums.add(candidate);
        }
      }
    }
    return enums;
  }
}
