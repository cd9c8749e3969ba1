package org.meetingpolicy.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;
import org.meetingpolicy.rules.facts.Format;
import org.meetingpolicy.rules.impact.Impact;

/**
 * An {@link Impact} as one self-contained HTML page, like the evaluation's: inline CSS, no script,
 * nothing loaded from elsewhere, well-formed XML, every text from the records escaped. For a
 * manager deciding on a revision: the clauses whose status changes, the findings that change by
 * meeting (each with its words under both policies), and the people concerned.
 */
public final class ImpactPage {

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',"
          + "sans-serif;margin:2rem auto;max-width:60rem;color:#222;padding:0 1rem}"
          + "h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;"
          + "border-bottom:1px solid #ddd}h3{font-size:1rem;margin-bottom:.3rem}"
          + ".meta{color:#555;margin-top:0}table{border-collapse:collapse;width:100%;"
          + "font-size:.9rem}th,td{border-bottom:1px solid #eee;padding:.3rem .4rem;"
          + "text-align:left;vertical-align:top}td.num{text-align:right}"
          + ".added{color:#b42318}.removed{color:#1e7b34}.changed{color:#8a5a00}"
          + ".rule{color:#777;font-size:.8rem}";

  private static final LocalizedText.Bundle WORDS =
      LocalizedText.bundle("org.meetingpolicy.report.impact_page", ImpactPage.class);

  private ImpactPage() {}

  /**
   * The page in the language.
   *
   * @param zone the zone times are written in (the current policy's)
   * @param sources the name of each record set, by index
   */
  public static String render(Impact impact, ZoneId zone, List<String> sources, Language language) {
    LocalizedText w = WORDS.in(language);
    StringBuilder h = new StringBuilder();
    String title = w.get("title", impact.proposed(), impact.current());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language.locale().toLanguageTag())
        .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"meta\">")
        .append(
            esc(
                w.get(
                    "meta",
                    Format.instant(impact.asOf(), zone, language),
                    zone.getId(),
                    impact.recordSets())))
        .append("</p>\n</header>\n");
    if (impact.isEmpty()) {
      h.append("<p class=\"none\">").append(esc(w.get("none"))).append("</p>\n");
      return h.append("</body>\n</html>\n").toString();
    }
    h.append("<section>\n<h2>").append(esc(w.get("clauses"))).append("</h2>\n");
    if (impact.clauses().isEmpty()) {
      h.append("<p class=\"no-clauses\">").append(esc(w.get("clausesNone"))).append("</p>\n");
    } else {
      clauseTable(h, impact, w);
    }
    h.append("</section>\n<section>\n<h2>").append(esc(w.get("findings"))).append("</h2>\n");

    Map<String, List<Impact.FindingChange>> groups = new LinkedHashMap<>();
    for (Impact.FindingChange f : impact.findings()) {
      String source =
          f.source() != null
              ? f.source()
              : f.recordSet() < sources.size() ? sources.get(f.recordSet()) : "";
      MeetingId meeting = f.finding().subject().meeting();
      groups
          .computeIfAbsent(
              meeting == null
                  ? w.get("acrossMeetings", source)
                  : w.get("meeting", meeting.value(), source),
              k -> new ArrayList<>())
          .add(f);
    }
    groups.forEach(
        (heading, changes) -> {
          h.append("<h3>").append(esc(heading)).append("</h3>\n<table class=\"findings\">\n<tr>");
          for (String column : List.of("change", "severity", "finding", "rule")) {
            h.append("<th>").append(esc(w.get("column." + column))).append("</th>");
          }
          h.append("</tr>\n");
          for (Impact.FindingChange f : changes) {
            String kind = f.kind().name().toLowerCase(java.util.Locale.ROOT);
            h.append("<tr class=\"")
                .append(kind)
                .append("\" data-kind=\"")
                .append(f.kind().name())
                .append("\"><td class=\"")
                .append(kind)
                .append("\">")
                .append(esc(w.get("kind." + f.kind().name())))
                .append("</td><td>")
                .append(esc(f.finding().clauseId()))
                .append(' ')
                .append(esc(ComplianceReport.label(f.finding().severity(), language)))
                .append("</td><td>");
            if (f.kind() == Impact.Kind.CHANGED) {
              // A CHANGED finding has both (checked when it is made).
              h.append(esc(w.get("now", Objects.requireNonNull(f.before()).message(language))))
                  .append("<br/>")
                  .append(
                      esc(w.get("proposed", Objects.requireNonNull(f.after()).message(language))));
            } else {
              h.append(esc(f.finding().message(language)));
            }
            h.append("</td><td class=\"rule\">")
                .append(esc(f.finding().ruleId()))
                .append("</td></tr>\n");
          }
          h.append("</table>\n");
        });
    h.append("</section>\n");
    Map<String, List<Impact.FindingChange>> people = impact.byPerson();
    if (!people.isEmpty()) {
      h.append("<section>\n<h2>")
          .append(esc(w.get("people")))
          .append("</h2>\n<table class=\"people\">\n<tr>");
      for (String column : List.of("person", "added", "removed", "changed")) {
        h.append("<th>").append(esc(w.get("column." + column))).append("</th>");
      }
      h.append("</tr>\n");
      people.forEach(
          (person, changes) -> {
            Map<Impact.Kind, Integer> kinds = new EnumMap<>(Impact.Kind.class);
            changes.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
            h.append("<tr><td>").append(esc(person)).append("</td>");
            for (Impact.Kind kind : Impact.Kind.values()) {
              h.append("<td class=\"num\">").append(kinds.getOrDefault(kind, 0)).append("</td>");
            }
            h.append("</tr>\n");
          });
      h.append("</table>\n</section>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  private static void clauseTable(StringBuilder h, Impact impact, LocalizedText w) {
    h.append("<table class=\"clauses\">\n<tr>");
    for (String column :
        List.of(
            "clause",
            "newlyViolated",
            "newlyCompliant",
            "newlyDue",
            "noLongerApplicable",
            "otherwise")) {
      h.append("<th>").append(esc(w.get("column." + column))).append("</th>");
    }
    h.append("</tr>\n");
    for (Impact.ClauseChange c : impact.clauses()) {
      h.append("<tr data-clause=\"")
          .append(esc(c.clauseId()))
          .append("\"><td>")
          .append(esc(c.clauseId()))
          .append("</td>");
      for (int count :
          new int[] {
            c.newlyViolated(),
            c.newlyCompliant(),
            c.newlyDue(),
            c.noLongerApplicable(),
            c.otherwise()
          }) {
        h.append("<td class=\"num\">").append(count).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  /** Escaped for the page ({@link HtmlText#escape}). */
  private static String esc(String text) {
    return HtmlText.escape(text);
  }
}
