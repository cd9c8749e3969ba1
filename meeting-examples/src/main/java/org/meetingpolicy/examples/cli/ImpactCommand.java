package org.meetingpolicy.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.model.MeetingId;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.ImpactJson;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.report.ImpactPage;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.rules.LocalizedText;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.impact.Impact;
import org.meetingpolicy.rules.impact.ImpactAnalysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meeting-check impact}: what a proposed policy would change, judged on the same records
 * (section 10: a revision is approved before it takes effect). Each input is one record set, as for
 * the main command; both policies judge it at the same instant.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    version = MeetingCheck.VERSION,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Shows what a proposed policy would change before it is approved (section 10).",
      "Judges every record set under the policy in force (--from) and the proposed one (--to)"
          + " and lists the clauses whose status changes, the findings only one of them makes"
          + " or that both make differently, by meeting, and the people concerned."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no change",
      "1:the proposed policy judges some record set differently",
      "2:invalid input: unreadable or malformed records, a bad option or policy file",
      "3:internal error"
    })
final class ImpactCommand implements Callable<Integer> {

  /** Exit code: both policies judge every record set alike. */
  static final int NO_CHANGE = 0;

  /** Exit code: something changes. */
  static final int CHANGES = 1;

  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    HTML
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Records files, directories (every *.json in them, sorted by name) or - for standard"
              + " input; each one record set.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The policy in force: a YAML or .properties policy file.")
  java.nio.file.Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "The proposed policy: a YAML or .properties policy file.")
  java.nio.file.Path to;

  @Mixin CommonOptions.Judging judging;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description =
          "text, json (docs/policy-impact.schema.json) or html (one self-contained page)."
              + " Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin CommonOptions.Debug debug;

  private final java.io.InputStream stdin;
  private final Clock clock;

  ImpactCommand(java.io.InputStream stdin, Clock clock) {
    this.stdin = stdin;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      MeetingPolicy current = Inputs.policy(from);
      MeetingPolicy proposed = Inputs.policy(to);
      Instant at = judging.asOf(clock);
      List<String> names = new ArrayList<>();
      List<DepartmentRecords> sets = read(err, names);
      ComplianceEngine now = Engines.forPolicy(current);
      ComplianceEngine then = Engines.forPolicy(proposed);
      List<ImpactAnalysis.Judged> judged = new ArrayList<>();
      for (int i = 0; i < sets.size(); i++) {
        ComplianceReport before = now.check(sets.get(i), at);
        ComplianceReport after = then.check(sets.get(i), at);
        judged.add(new ImpactAnalysis.Judged(names.get(i), before, after));
      }
      Impact impact = new ImpactAnalysis(now, then).compareReports(judged, at);
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          switch (format) {
            case JSON -> ImpactJson.toJson(impact, current.zone(), names);
            case HTML -> ImpactPage.render(impact, current.zone(), names, judging.language);
            case TEXT -> TerminalText.escape(text(impact, current.zone(), names, judging.language));
          });
      out.flush();
      return impact.isEmpty() ? NO_CHANGE : CHANGES;
    } catch (Inputs.InvalidInputException e) {
      if (e.getMessage() != null) {
        err.println(spec.qualifiedName() + ": " + e.getMessage());
      }
      err.flush();
      return MeetingCheck.INVALID_INPUT;
    }
  }

  /** Every input as its own well-formed record set; problems on stderr and exit 2 otherwise. */
  private List<DepartmentRecords> read(PrintWriter err, List<String> names)
      throws Inputs.InvalidInputException {
    List<Inputs.Source> sources = Inputs.allSourcesOf(inputs);
    RecordJson reader = RecordJson.create();
    List<DepartmentRecords> sets = new ArrayList<>();
    boolean invalid = false;
    try (RecordValidator validator = RecordValidator.create()) {
      for (int i = 0; i < sources.size(); i++) {
        Inputs.Source source = sources.get(i);
        byte[] json;
        try {
          json = source.read(stdin, reader.limits().maxDocumentLength());
        } catch (java.io.IOException e) {
          throw new Inputs.InvalidInputException(source.name() + ": " + Inputs.describe(e));
        }
        try {
          DepartmentRecords records = reader.read(json, source.name());
          ValidationResult result = validator.validate(records);
          if (result.isValid()) {
            sets.add(records);
            names.add(source.name());
          } else {
            result.problems().forEach(p -> err.println(source.name() + ": " + p));
            invalid = true;
          }
        } catch (RecordReadException e) {
          BatchReport.Rejected rejected = (BatchReport.Rejected) BatchReport.Input.unreadable(i, e);
          rejected.problems().forEach(p -> err.println(p.toLine(source.name())));
          invalid = true;
        }
      }
    }
    if (invalid) {
      throw Inputs.InvalidInputException.reported();
    }
    return sets;
  }

  /** The impact for a person, in the language. */
  static String text(Impact impact, ZoneId zone, List<String> names, Language language) {
    Words w = Words.of(language);
    StringBuilder t = new StringBuilder();
    t.append(
            w.get(
                "title",
                impact.proposed(),
                impact.current(),
                org.meetingpolicy.rules.facts.Format.instant(impact.asOf(), zone, language),
                zone,
                impact.recordSets()))
        .append('\n');
    if (impact.isEmpty()) {
      return t.append(w.get("none")).append('\n').toString();
    }
    t.append(w.get("clauses")).append('\n');
    if (impact.clauses().isEmpty()) {
      t.append("  ").append(w.get("clausesNone")).append('\n');
    }
    for (Impact.ClauseChange c : impact.clauses()) {
      List<String> parts = new ArrayList<>();
      count(parts, w, "newlyViolated", c.newlyViolated());
      count(parts, w, "newlyCompliant", c.newlyCompliant());
      count(parts, w, "newlyDue", c.newlyDue());
      count(parts, w, "noLongerApplicable", c.noLongerApplicable());
      count(parts, w, "otherwise", c.otherwise());
      t.append("  ")
          .append(w.get("clause", c.clauseId(), String.join(w.separator(), parts)))
          .append('\n');
    }
    t.append(w.get("findings")).append('\n');
    Map<String, List<Impact.FindingChange>> groups = new java.util.LinkedHashMap<>();
    for (Impact.FindingChange f : impact.findings()) {
      String source = f.source() != null ? f.source() : names.get(f.recordSet());
      MeetingId meeting = f.finding().subject().meeting();
      String heading =
          meeting == null
              ? w.get("departmentWide", source)
              : w.get("meeting", meeting.value(), source);
      groups.computeIfAbsent(heading, k -> new ArrayList<>()).add(f);
    }
    groups.forEach(
        (heading, changes) -> {
          t.append("  ").append(heading).append('\n');
          for (Impact.FindingChange f : changes) {
            switch (f.kind()) {
              case ADDED -> line(t, w, "added", f.after(), language);
              case REMOVED -> line(t, w, "removed", f.before(), language);
              case CHANGED -> {
                line(t, w, "changedFrom", f.before(), language);
                line(t, w, "changedTo", f.after(), language);
              }
            }
          }
        });
    Map<String, List<Impact.FindingChange>> people = impact.byPerson();
    if (!people.isEmpty()) {
      t.append(w.get("people")).append('\n');
      people.forEach(
          (person, changes) -> {
            Map<Impact.Kind, Integer> kinds = new EnumMap<>(Impact.Kind.class);
            changes.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
            t.append("  ")
                .append(
                    w.get(
                        "person",
                        person,
                        kinds.getOrDefault(Impact.Kind.ADDED, 0),
                        kinds.getOrDefault(Impact.Kind.REMOVED, 0),
                        kinds.getOrDefault(Impact.Kind.CHANGED, 0)))
                .append('\n');
          });
    }
    return t.toString();
  }

  private static void count(List<String> parts, Words w, String key, int count) {
    if (count > 0) {
      parts.add(w.get(key, count));
    }
  }

  private static void line(
      StringBuilder t, Words w, String mark, Finding finding, Language language) {
    t.append("    ")
        .append(
            w.get(
                "line",
                w.get(mark),
                ComplianceReport.label(finding.severity(), language),
                finding.clauseId(),
                finding.message(language),
                finding.ruleId()))
        .append('\n');
  }

  /** The command's words in one language. */
  private record Words(LocalizedText text) {

    private static final LocalizedText.Bundle ALL =
        LocalizedText.bundle("org.meetingpolicy.examples.cli.impact", ImpactCommand.class);

    static Words of(Language language) {
      return new Words(ALL.in(language));
    }

    String separator() {
      return text.get("separator");
    }

    String get(String key, Object... args) {
      return text.get(key, args);
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return MeetingCheck.choice(Format.class, value, "text, json, html");
    }
  }
}
