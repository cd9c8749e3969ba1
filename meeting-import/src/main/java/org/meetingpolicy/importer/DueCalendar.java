package org.meetingpolicy.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;

/**
 * What the policy requires next, as a calendar a secretary can subscribe to: one {@code VTODO} per
 * due finding of the reports, due at its deadline, its summary citing the clause in the chosen
 * language, related to the meeting's UID (the meeting id, which the import takes from the UID),
 * with a {@code VALARM} ahead of the deadline. Immutable and thread-safe.
 */
public final class DueCalendar {

  /** The default alarm: a day before the deadline. */
  public static final Duration DEFAULT_ALARM = Duration.ofDays(1);

  private static final String PRODUCT = "-//meeting-policy//due obligations//EN";

  private final Language language;
  private final Duration alarm;

  private DueCalendar(Language language, Duration alarm) {
    this.language = Objects.requireNonNull(language, "language");
    this.alarm = Objects.requireNonNull(alarm, "alarm");
    if (alarm.isNegative()) {
      throw new IllegalArgumentException("alarm must be ahead of the deadline, not after it");
    }
  }

  /**
   * A calendar writer in this language with an alarm this long before each deadline.
   *
   * @param language of the summaries
   * @param alarm how long before the deadline the alarm fires; not negative
   */
  public static DueCalendar of(Language language, Duration alarm) {
    return new DueCalendar(language, alarm);
  }

  /** The calendar of every due finding in the reports, in report order. */
  public Calendar calendar(List<ComplianceReport> reports) {
    List<VToDo> todos = new ArrayList<>();
    for (ComplianceReport report : reports) {
      for (Finding finding : report.due()) {
        todos.add(todo(report, finding));
      }
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new Method("PUBLISH"));
    todos.forEach(calendar::add);
    return calendar;
  }

  /** The calendar as iCalendar text (CRLF line ends, folded as RFC 5545 requires). */
  public String write(List<ComplianceReport> reports) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar(reports), out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private VToDo todo(ComplianceReport report, Finding finding) {
    ResourceBundle messages =
        ResourceBundle.getBundle(
            "org.meetingpolicy.importer.Messages",
            language.locale(),
            // Not the JVM's default locale: English must not turn Chinese on a Chinese desktop.
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    String summary =
        MessageFormat.format(
            messages.getString("due.summary"), finding.clauseId(), finding.message(language));
    VToDo todo =
        new VToDo(false); // false: no DTSTAMP of the wall clock; the report's instant is used
    todo.add(new Uid(uid(finding)));
    todo.add(new DtStamp(report.asOf()));
    todo.add(new Summary(summary));
    todo.add(new Categories(finding.clauseId()));
    if (!finding.evidence().isEmpty()) {
      todo.add(new Description(finding.ruleId() + ": " + finding.evidenceText()));
    }
    if (finding.subject().meeting() != null) {
      todo.add(new RelatedTo(finding.subject().meeting().value()));
    }
    if (finding.at() != null) {
      todo.add(new Due<>(finding.at()));
      VAlarm valarm = new VAlarm();
      valarm.add(new Trigger(new ParameterList(List.of(Related.END)), alarm.negated()));
      valarm.add(new Action("DISPLAY"));
      valarm.add(
          new Description(
              MessageFormat.format(
                  messages.getString("due.alarm"), finding.clauseId(), finding.message(language))));
      todo.add(valarm);
    }
    return todo;
  }

  // Stable across runs: the same obligation keeps its UID, so a subscribed calendar updates it.
  private static String uid(Finding finding) {
    String key =
        finding.ruleId()
            + "|"
            + finding.subject()
            + "|"
            + (finding.subject().meeting() == null ? "" : finding.subject().meeting().value());
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "due-" + HexFormat.of().formatHex(hash, 0, 12) + "@meeting-policy";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
