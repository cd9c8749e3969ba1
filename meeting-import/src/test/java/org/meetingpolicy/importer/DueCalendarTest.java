package org.meetingpolicy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.testkit.GoldenMeeting;

class DueCalendarTest {

  private static ComplianceReport report;

  @BeforeAll
  static void checkTheGoldenMeetingThreeDaysAhead() {
    // Three days before the golden meeting, without its reconfirmation and what follows the
    // meeting: the reconfirmation (3.7, two days ahead) and more are still due.
    Instant asOf = GoldenMeeting.START.minusDays(3).toInstant();
    var meeting =
        GoldenMeeting.GOLDEN.toBuilder()
            .reconfirmation(null)
            .finalAttendeeList(null)
            .attendance(List.of())
            .minutes(null)
            .resolutions(List.of())
            .feedback(List.of())
            .catchUps(List.of())
            .nextMeeting(null)
            .build();
    var records = GoldenMeeting.records().withMeetings(List.of(meeting));
    report = ComplianceEngine.createDefault().check(records, asOf);
  }

  private static List<VToDo> readBack(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.getComponents(Component.VTODO);
  }

  @Test
  void everyDueFindingIsAVtodoDueAtItsDeadlineRelatedToItsMeetingReadBackByIcal4j()
      throws Exception {
    assertThat(report.due()).isNotEmpty();

    List<VToDo> todos =
        readBack(DueCalendar.of(Language.EN, DueCalendar.DEFAULT_ALARM).write(List.of(report)));

    assertThat(todos).hasSize(report.due().size());
    for (int i = 0; i < todos.size(); i++) {
      Finding finding = report.due().get(i);
      VToDo todo = todos.get(i);
      Temporal due = todo.<Due<Temporal>>getProperty(Property.DUE).orElseThrow().getDate();
      assertThat(Instant.from(due)).isEqualTo(finding.at());
      assertThat(todo.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo("Policy " + finding.clauseId() + ": " + finding.messageEn());
      assertThat(todo.getProperty(Property.RELATED_TO).orElseThrow().getValue())
          .isEqualTo(finding.subject().meeting().value());
      assertThat(todo.getProperties(Property.DTSTAMP)).hasSize(1);
      VAlarm alarm = todo.getAlarms().get(0);
      Trigger trigger = alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow();
      assertThat(trigger.getValue()).isEqualTo("-P1D");
      assertThat(trigger.getParameter("RELATED").orElseThrow().getValue()).isEqualTo("END");
      assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
    }
  }

  @Test
  void summariesAreInTheChosenLanguageCitingTheClause() throws Exception {
    List<VToDo> todos =
        readBack(DueCalendar.of(Language.ZH, Duration.ofHours(2)).write(List.of(report)));

    Finding first = report.due().get(0);
    assertThat(todos.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("制度 " + first.clauseId() + "：" + first.messageZh());
  }

  @Test
  void theSameObligationKeepsItsUidSoASubscribedCalendarUpdatesIt() throws Exception {
    DueCalendar calendar = DueCalendar.of(Language.EN, DueCalendar.DEFAULT_ALARM);

    List<String> uids =
        readBack(calendar.write(List.of(report))).stream()
            .map(t -> t.getProperty(Property.UID).orElseThrow().getValue())
            .toList();

    assertThat(uids).doesNotHaveDuplicates();
    assertThat(
            readBack(calendar.write(List.of(report))).stream()
                .map(t -> t.getProperty(Property.UID).orElseThrow().getValue())
                .toList())
        .isEqualTo(uids);
  }

  @Test
  void anAlarmAfterTheDeadlineIsRefused() {
    assertThatThrownBy(() -> DueCalendar.of(Language.EN, Duration.ofHours(-1)))
        .hasMessageContaining("ahead of the deadline");
  }
}
