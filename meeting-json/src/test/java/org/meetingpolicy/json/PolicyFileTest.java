package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.core.model.AgendaCategory;
import org.meetingpolicy.core.model.NoticeChannel;
import org.meetingpolicy.rules.EvaluationCycle;
import org.meetingpolicy.rules.MeetingPolicy;

class PolicyFileTest {

  private static final MeetingPolicy DEFAULTS = MeetingPolicy.defaults();

  @Test
  void overridesTheParametersAYamlFileNamesAndKeepsTheRest() throws Exception {
    String yaml =
        """
        name: Sales meetings, Thursdays
        regularMeetingDay: THURSDAY
        noticeLeadTime: P5D
        afternoonStart: "13:30"
        noticeChannels: [EMAIL]
        minutesDistributionWorkingDays: 3
        evaluationCycle: half_yearly
        holidays: [2026-10-01, 2026-10-02]
        zone: Asia/Hong_Kong
        """;

    MeetingPolicy policy = PolicyFile.fromYaml(yaml, "thursday.yaml", DEFAULTS);

    assertThat(policy)
        .isEqualTo(
            DEFAULTS.toBuilder()
                .name("Sales meetings, Thursdays")
                .regularMeetingDay(DayOfWeek.THURSDAY)
                .noticeLeadTime(Duration.ofDays(5))
                .afternoonStart(LocalTime.of(13, 30))
                .noticeChannels(Set.of(NoticeChannel.EMAIL))
                .minutesDistributionWorkingDays(3)
                .evaluationCycle(EvaluationCycle.HALF_YEARLY)
                .holidays(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)))
                .zone(ZoneId.of("Asia/Hong_Kong"))
                .build());
  }

  @Test
  void readsAnUnquotedTimeOfDayInYaml() throws Exception {
    assertThat(PolicyFile.fromYaml("afternoonEnd: 17:00\n", "p.yaml", DEFAULTS).afternoonEnd())
        .isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void readsAPropertiesFileWithSetsAsCommaSeparatedLists() throws Exception {
    String properties =
        """
        regularMeetingDay = THURSDAY
        noticeLeadTime = P5D
        requiredAgendaCategories = POLICY_AND_PRIORITIES, SUMMARY_AND_FEEDBACK
        monthlyAgendaCategories =
        progressReportInterval = P14D
        """;

    MeetingPolicy policy = PolicyFile.fromProperties(properties, "p.properties", DEFAULTS);

    assertThat(policy.regularMeetingDay()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(policy.noticeLeadTime()).isEqualTo(Duration.ofDays(5));
    assertThat(policy.requiredAgendaCategories())
        .containsExactly(AgendaCategory.POLICY_AND_PRIORITIES, AgendaCategory.SUMMARY_AND_FEEDBACK);
    assertThat(policy.monthlyAgendaCategories()).isEmpty();
    assertThat(policy.progressReportInterval()).isEqualTo(Duration.ofDays(14));
    assertThat(policy.reconfirmationLeadTime()).isEqualTo(DEFAULTS.reconfirmationLeadTime());
  }

  @Test
  void readsTheFormatByFileExtension(@TempDir Path dir) throws Exception {
    Path yaml = Files.writeString(dir.resolve("p.yml"), "noticeLeadTime: P6D\n");
    Path properties = Files.writeString(dir.resolve("p.properties"), "noticeLeadTime=P4D\n");
    Path other = Files.writeString(dir.resolve("p.txt"), "noticeLeadTime=P4D\n");

    assertThat(PolicyFile.read(yaml).noticeLeadTime()).isEqualTo(Duration.ofDays(6));
    assertThat(PolicyFile.read(properties).noticeLeadTime()).isEqualTo(Duration.ofDays(4));
    assertThatThrownBy(() -> PolicyFile.read(other))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(other + ": a policy file ends in .yaml, .yml or .properties");
  }

  @Test
  void rejectsAnUnknownKeyNamingIt() {
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeLead: P5D\n", "p.yaml", DEFAULTS))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(
            "p.yaml: noticeLead: unknown parameter (did you mean 'noticeLeadTime'?);"
                + " the parameters are the components of MeetingPolicy")
        .satisfies(e -> assertThat(((PolicyFileException) e).key()).isEqualTo("noticeLead"));
    assertThatThrownBy(() -> PolicyFile.fromProperties("colour=red\n", "p.properties", DEFAULTS))
        .hasMessageStartingWith("p.properties: colour: unknown parameter");
  }

  @Test
  void rejectsABadValueNamingKeyAndValue() {
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeLeadTime: five days\n", "p.yaml", DEFAULTS))
        .hasMessage(
            "p.yaml: noticeLeadTime: 'five days' is not a duration (ISO-8601 such as P5D or PT36H)");
    assertThatThrownBy(() -> PolicyFile.fromYaml("regularMeetingDay: FRYDAY\n", "p.yaml", DEFAULTS))
        .hasMessage(
            "p.yaml: regularMeetingDay: 'FRYDAY' is not one of MONDAY, TUESDAY, WEDNESDAY,"
                + " THURSDAY, FRIDAY, SATURDAY, SUNDAY");
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeChannels: [FAX]\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: noticeChannels: 'FAX' is not one of EMAIL, INSTANT_MESSAGE, OTHER");
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeChannels: EMAIL\n", "p.yaml", DEFAULTS))
        .hasMessageStartingWith("p.yaml: noticeChannels: 'EMAIL' is not a list of one of EMAIL");
    assertThatThrownBy(() -> PolicyFile.fromYaml("zone: Mars/Olympus\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: zone: 'Mars/Olympus' is not a time-zone id such as Asia/Shanghai");
    assertThatThrownBy(
            () ->
                PolicyFile.fromProperties(
                    "minutesArchiveWorkingDays=five\n", "p.properties", DEFAULTS))
        .hasMessage("p.properties: minutesArchiveWorkingDays: 'five' is not a whole number");
  }

  @Test
  void refusesANumberForADuration() {
    // A bare number would otherwise be read as seconds.
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeLeadTime: 5\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: noticeLeadTime: 5 is not a duration (ISO-8601 such as P5D or PT36H)");
  }

  @Test
  void rejectsValuesThePolicyRefusesTogether() {
    assertThatThrownBy(() -> PolicyFile.fromYaml("afternoonEnd: \"11:00\"\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: afternoonEnd: 11:00 must be after afternoonStart 12:00");
    assertThatThrownBy(() -> PolicyFile.fromYaml("noticeLeadTime: -P1D\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: noticeLeadTime: must be from PT0S to P366D: PT-24H");
  }

  @Test
  void refusesAmountsBeyondTheirRangeNamingTheKeyInsteadOfHangingOrOverflowing() {
    assertThatThrownBy(
            () ->
                PolicyFile.fromYaml(
                    "minutesDistributionWorkingDays: 2147483647\n", "p.yaml", DEFAULTS))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage("p.yaml: minutesDistributionWorkingDays: must be from 0 to 250: 2147483647")
        .satisfies(
            e ->
                assertThat(((PolicyFileException) e).key())
                    .isEqualTo("minutesDistributionWorkingDays"));
    assertThatThrownBy(
            () ->
                PolicyFile.fromProperties(
                    "noticeLeadTime=P1000000000000D\n", "p.properties", DEFAULTS))
        .hasMessage("p.properties: noticeLeadTime: must be from PT0S to P366D: P1000000000000D");
    assertThatThrownBy(
            () -> PolicyFile.fromYaml("progressReportInterval: PT0S\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: progressReportInterval: must be from PT1H to P366D: PT0S");
  }

  @Test
  void readsAPolicyFileUnderTheRecordsDocumentLimit(@TempDir Path dir) throws Exception {
    long limit = ReadLimits.DEFAULT.maxDocumentLength();
    Path huge = dir.resolve("huge.yaml");
    try (var out = Files.newOutputStream(huge)) {
      byte[] comment = ("#" + "x".repeat(1022) + "\n").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= limit; written += comment.length) {
        out.write(comment);
      }
    }

    assertThatThrownBy(() -> PolicyFile.read(huge))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(huge + ": too large: more than " + limit + " bytes");
  }

  @Test
  void refusesWhatIsNotARegularFileWithoutOpeningIt(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("policy.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");

    assertThatThrownBy(() -> PolicyFile.read(fifo))
        .isInstanceOf(IOException.class)
        .hasMessage("not a regular file (a device or a named pipe?)");
    assertThatThrownBy(() -> PolicyFile.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessage("is a directory, not a policy file");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThatThrownBy(() -> PolicyFile.read(zero))
          .hasMessage("not a regular file (a device or a named pipe?)");
    }
  }

  @Test
  void refusesAPolicyFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path latin1 =
        Files.write(
            dir.resolve("p.yaml"), "name: S\u00e4les\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> PolicyFile.read(latin1)).hasMessage(latin1 + ": not UTF-8");
  }

  @Test
  void rejectsADuplicateKeyAndAFileThatIsNotAMapping() {
    assertThatThrownBy(
            () ->
                PolicyFile.fromYaml(
                    "noticeLeadTime: P5D\nnoticeLeadTime: P6D\n", "p.yaml", DEFAULTS))
        .hasMessageStartingWith("p.yaml: not valid YAML: Duplicate field 'noticeLeadTime'");
    assertThatThrownBy(() -> PolicyFile.fromYaml("- P5D\n", "p.yaml", DEFAULTS))
        .hasMessage("p.yaml: expected a mapping of parameters");
  }

  @Test
  void appliesAnEmptyFileAsNoChange() throws Exception {
    assertThat(PolicyFile.fromYaml("", "p.yaml", DEFAULTS)).isEqualTo(DEFAULTS);
    assertThat(PolicyFile.fromYaml("# nothing\n", "p.yaml", DEFAULTS)).isEqualTo(DEFAULTS);
  }
}
