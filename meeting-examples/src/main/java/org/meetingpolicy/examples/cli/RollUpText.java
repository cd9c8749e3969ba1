package org.meetingpolicy.examples.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.meetingpolicy.rules.BatchRollUp;
import org.meetingpolicy.rules.Language;

/**
 * The roll-up at the end of a text batch report, in the chosen language (bundle {@code rollup}).
 */
final class RollUpText {

  /** People listed in text; JSON lists everyone. */
  static final int MAX_PEOPLE = 20;

  private final ResourceBundle bundle;
  private final Locale locale;

  private RollUpText(Language language) {
    this.locale = language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    this.bundle =
        ResourceBundle.getBundle(
            "org.meetingpolicy.examples.cli.rollup",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String render(BatchRollUp rollUp, Language language) {
    return new RollUpText(language).render(rollUp);
  }

  private String render(BatchRollUp rollUp) {
    StringBuilder text = new StringBuilder();
    line(text, "title", rollUp.reports());
    line(text, "clauses");
    if (rollUp.clauses().isEmpty()) {
      line(text, "none");
    }
    for (BatchRollUp.ClauseLine c : rollUp.clauses()) {
      List<String> parts = new ArrayList<>();
      if (c.violations() > 0) {
        parts.add(
            format(
                "clause.violated", c.recordSetsViolated(), c.meetingsViolated(), c.violations()));
      }
      if (c.due() > 0) {
        parts.add(format("clause.due", c.recordSetsDue(), c.meetingsDue(), c.due()));
      }
      line(text, "clause", c.clauseId(), String.join(bundle.getString("parts"), parts));
    }
    line(text, "people");
    if (rollUp.people().isEmpty()) {
      line(text, "none");
    }
    for (BatchRollUp.PersonLine p :
        rollUp.people().subList(0, Math.min(MAX_PEOPLE, rollUp.people().size()))) {
      List<String> kinds = new ArrayList<>();
      for (BatchRollUp.Incident kind : BatchRollUp.Incident.values()) {
        if (p.count(kind) > 0) {
          kinds.add(format("incident." + kind.name(), p.count(kind)));
        }
      }
      line(
          text,
          "person",
          TerminalText.escape(p.person()),
          p.total(),
          p.meetings(),
          String.join(bundle.getString("separator"), kinds));
    }
    if (rollUp.people().size() > MAX_PEOPLE) {
      line(text, "more", rollUp.people().size() - MAX_PEOPLE);
    }
    return text.toString();
  }

  private void line(StringBuilder text, String key, Object... args) {
    text.append(format(key, args)).append('\n');
  }

  private String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
