package org.meetingpolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.versions.PolicyHistory;

class PolicyHistoryFileTest {

  private static final String TWO_VERSIONS =
      """
      versions:
        - version: "2026.1"
          effectiveFrom: 2026-01-01
          name: Sales meetings
        - version: "2026.2"
          effectiveFrom: 2026-10-01T00:00+08:00
          name: Sales meetings, Thursdays
          regularMeetingDay: THURSDAY
          noticeLeadTime: P5D
          disabledRules: [agenda.monthly-item.due]
      """;

  @Test
  void readsEachVersionAsAPolicyFileWithItsLabelDateAndRules() throws Exception {
    PolicyHistory history = PolicyHistoryFile.fromYaml(TWO_VERSIONS, "history.yaml");

    assertThat(history.versions()).hasSize(2);
    var first = history.versions().get(0);
    var second = history.versions().get(1);
    // A date is its start in the version's zone (Asia/Shanghai by default).
    assertThat(first.effectiveFrom()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    assertThat(first.policy().regularMeetingDay()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(first.disabledRules()).isEmpty();
    assertThat(second.effectiveFrom()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    assertThat(second.policy().name()).isEqualTo("Sales meetings, Thursdays");
    assertThat(second.policy().regularMeetingDay()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(second.policy().noticeLeadTime()).isEqualTo(Duration.ofDays(5));
    assertThat(second.disabledRules()).containsExactly("agenda.monthly-item.due");
    assertThat(history.inForceAt(Instant.parse("2026-09-30T15:59:59Z"))).isEqualTo(first);
    assertThat(history.inForceAt(Instant.parse("2026-09-30T16:00:00Z"))).isEqualTo(second);
  }

  @Test
  void errorsNameTheFileTheVersionAndTheField() {
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS.replace(
                        "effectiveFrom: 2026-10-01T00:00+08:00", "effectiveFrom: October"),
                    "history.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessage(
            "history.yaml: version 2026.2: effectiveFrom: 'October' is not a date (2026-10-01) or"
                + " an instant with an offset (2026-10-01T00:00+08:00)");
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS.replace("regularMeetingDay: THURSDAY", "meetingDay: THURSDAY"),
                    "history.yaml"))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageStartingWith("history.yaml: version 2026.2: meetingDay: ");
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS.replace("    effectiveFrom: 2026-01-01\n", ""), "history.yaml"))
        .hasMessage("history.yaml: version 2026.1: effectiveFrom: missing: when it takes effect");
  }

  @Test
  void versionsOutOfOrderOrListedTwiceAreRefused() {
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS.replace("effectiveFrom: 2026-01-01", "effectiveFrom: 2027-01-01"),
                    "history.yaml"))
        .hasMessageStartingWith("history.yaml: versions: version 2026.2 takes effect")
        .hasMessageContaining("list versions in the order they take effect");
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS.replace("\"2026.2\"", "\"2026.1\""), "h.yaml"))
        .hasMessage("h.yaml: versions: version 2026.1 is listed twice");
    assertThatThrownBy(() -> PolicyHistoryFile.fromYaml("name: not a history", "h.yaml"))
        .hasMessageContaining("versions: a list of policy versions");
  }

  /**
   * A version may add a host's rules: a reminder rule (a warning citing 3.4 on every regular
   * meeting) in force from 1 October warns about the Friday meetings from then on only.
   */
  @Test
  void aVersionAddsAHostsRuleFileForItsOwnMeetings(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("reminder.drl"),
        """
        package com.example.host
        import org.meetingpolicy.rules.facts.*
        rule "remind every regular meeting"
            @clause("3.4") @ruleId("host.reminder")
            @en("Remember the notice for {subject}.") @zh("请记得为 {subject} 发出通知。")
        when
            $m : MeetingFact( regular )
        then
            insert(Findings.warning(kcontext, $m, null).build());
        end
        """);
    java.nio.file.Files.writeString(
        dir.resolve("history.yaml"),
        """
        versions:
          - version: "1"
            effectiveFrom: 2026-01-01
          - version: "2"
            effectiveFrom: 2026-10-01
            ruleFiles: [reminder.drl]
        """);
    PolicyHistory history = PolicyHistoryFile.read(dir.resolve("history.yaml"));

    var judged =
        org.meetingpolicy.rules.versions.HistoryChecker.of(history)
            .check(
                org.meetingpolicy.testkit.SampleQuarters.records(),
                org.meetingpolicy.testkit.SampleQuarters.AS_OF);

    var reminders =
        judged.report().findings().stream()
            .filter(f -> f.ruleId().equals("host.reminder"))
            .toList();
    assertThat(reminders).isNotEmpty();
    assertThat(reminders).allSatisfy(f -> assertThat(judged.versionOf(f)).isEqualTo("2"));
    assertThat(reminders)
        .allSatisfy(f -> assertThat(f.subject().meeting().value()).isGreaterThan("m-2026-10-01"));
    assertThat(history.versions().get(1).ruleFiles()).containsExactly(dir.resolve("reminder.drl"));
  }

  @Test
  void aMissingRuleFileIsNamed() {
    assertThatThrownBy(
            () ->
                PolicyHistoryFile.fromYaml(
                    TWO_VERSIONS + "    ruleFiles: [nowhere.drl]\n", "history.yaml"))
        .hasMessageStartingWith("history.yaml: version 2026.2: ruleFiles: no such file: ");
  }
}
