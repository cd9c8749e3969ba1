package org.meetingpolicy.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meetingpolicy.core.model.PersonId;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.Severity;

class FormatTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "P7D, 7 d",
    "PT143H59M59S, 5 d 23 h 59 min 59 s",
    "PT10M, 10 min",
    "PT0S, 0 s",
    "-PT25H, -1 d 1 h",
    "PT2H, 2 h",
  })
  void durationsLeaveOutZeroParts(String duration, String text) {
    assertThat(Format.duration(Duration.parse(duration))).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource({
    "PT243H55M38S, 10 d 3 h, 10 天 3 小时",
    "PT167H59M59S, 6 d 23 h, 6 天 23 小时",
    "PT3H20M5S, 3 h 20 min, 3 小时 20 分钟",
    "PT7M44S, 7 min 44 s, 7 分钟 44 秒",
    "P7D, 7 d, 7 天",
    "-PT25H30M, -1 d 1 h, -1 天 1 小时",
  })
  void durationsInSentencesKeepTheirTwoLargestUnitsAndCutTheRest(
      String duration, String en, String zh) {
    assertThat(Format.prose(Duration.parse(duration), Language.EN)).isEqualTo(en);
    assertThat(Format.prose(Duration.parse(duration), Language.ZH)).isEqualTo(zh);
  }

  @Test
  void instantsAreWrittenInTheZoneWithSecondsOnlyWhenPresent() {
    assertThat(Format.instant(Instant.parse("2026-11-27T06:00:00Z"), SHANGHAI))
        .isEqualTo("2026-11-27 14:00");
    assertThat(Format.instant(Instant.parse("2026-11-27T06:00:01Z"), SHANGHAI))
        .isEqualTo("2026-11-27 14:00:01");
  }

  @Test
  void otherValuesAreWrittenPlainly() {
    assertThat(Format.value(null, SHANGHAI)).isEqualTo("none");
    assertThat(Format.value(PersonId.of("p-1"), SHANGHAI)).isEqualTo("p-1");
    assertThat(Format.value(List.of(PersonId.of("p-1"), PersonId.of("p-2")), SHANGHAI))
        .isEqualTo("p-1, p-2");
    assertThat(Format.value(List.of(), SHANGHAI)).isEqualTo("none");
    assertThat(Format.value(42, SHANGHAI)).isEqualTo("42");
  }

  @Test
  void englishWritesEnumConstantsAsWordsAndTheDataKeepsTheirNames() {
    assertThat(Format.value(org.meetingpolicy.core.model.MeetingMode.IN_PERSON, SHANGHAI))
        .isEqualTo("in person");
    assertThat(Format.value(org.meetingpolicy.core.model.Position.SALES_STAFF, SHANGHAI))
        .isEqualTo("sales staff");
    assertThat(Format.value(java.time.DayOfWeek.FRIDAY, SHANGHAI)).isEqualTo("Friday");
    assertThat(Format.value(java.time.DayOfWeek.FRIDAY, SHANGHAI, Language.ZH)).isEqualTo("周五");
    assertThat(Format.data(org.meetingpolicy.core.model.MeetingMode.IN_PERSON, SHANGHAI))
        .isEqualTo("IN_PERSON");
  }

  @Test
  void collectionsAreWrittenInOneOrderWhateverTheInputOrder() {
    // Comparable elements of one class in natural order: enums by declaration, times by time.
    assertThat(Format.value(List.of(Severity.DUE, Severity.VIOLATION), SHANGHAI))
        .isEqualTo("violation, due");
    assertThat(
            Format.value(
                List.of(
                    Instant.parse("2026-11-28T06:00:00Z"), Instant.parse("2026-11-27T06:00:00Z")),
                SHANGHAI))
        .isEqualTo("2026-11-27 14:00, 2026-11-28 14:00");
    assertThat(Format.value(List.of(Duration.ofDays(2), Duration.ofHours(3)), SHANGHAI))
        .isEqualTo("3 h, 2 d");
    // Anything else by its text.
    assertThat(Format.value(List.of(PersonId.of("p-2"), PersonId.of("p-10")), SHANGHAI))
        .isEqualTo("p-10, p-2");
    assertThat(Format.value(Set.of("b", "a", "c"), SHANGHAI)).isEqualTo("a, b, c");
    assertThat(Format.value(List.of(2, "1"), SHANGHAI)).isEqualTo("1, 2");
  }

  @Test
  void dataKeepsInstantsAndDurationsAndWritesIdsAndNamedValuesAsText() {
    Instant instant = Instant.parse("2026-11-27T06:00:00Z");
    assertThat(Format.data(instant, SHANGHAI)).isEqualTo(instant);
    assertThat(Format.data(instant.atZone(SHANGHAI), SHANGHAI)).isEqualTo(instant);
    assertThat(Format.data(Duration.ofDays(7), SHANGHAI)).isEqualTo(Duration.ofDays(7));
    assertThat(Format.data(PersonId.of("p-1"), SHANGHAI)).isEqualTo("p-1");
    assertThat(Format.data(Severity.DUE, SHANGHAI)).isEqualTo("DUE");
    assertThat(Format.data(java.time.DayOfWeek.FRIDAY, SHANGHAI)).isEqualTo("FRIDAY");
    assertThat(Format.data(java.time.LocalTime.of(14, 0), SHANGHAI)).isEqualTo("14:00");
    assertThat(Format.data(20, SHANGHAI)).isEqualTo(20);
    assertThat(Format.data(0.5f, SHANGHAI)).isEqualTo(0.5);
    assertThat(Format.data(java.util.Optional.empty(), SHANGHAI)).isNull();
    assertThat(Format.data(null, SHANGHAI)).isNull();
  }

  @Test
  void dataOfACollectionIsAnUnmodifiableListInTheOrderItsTextLists() {
    Object data = Format.data(Set.of(PersonId.of("p-2"), PersonId.of("p-1")), SHANGHAI);

    assertThat(data).isEqualTo(List.of("p-1", "p-2"));
    assertThat(Format.value(Set.of(PersonId.of("p-2"), PersonId.of("p-1")), SHANGHAI))
        .isEqualTo("p-1, p-2");
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) data;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.add("p-3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
