package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.InvalidRecordException;
import org.meetingpolicy.json.DecisionLog;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.MeetingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meeting-check replay}: decides again what a decision log recorded and says where today's
 * decision differs: an input that changed since, a policy whose parameters or rules changed, or
 * other findings from the same input and policy (a change of the engine).
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    version = MeetingCheck.VERSION,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks the records of a decision log again and reports any that is decided differently"
          + " today.",
      "For each input logged by --decision-log (matched by name): whether its bytes are the"
          + " same, whether the policy's parameters and rules are the same, and whether judging"
          + " it at the logged instant finds the same."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input is decided as logged",
      "1:some input differs, or has no logged decision",
      "2:invalid input: an unreadable log, records or policy file, a bad option",
      "3:internal error"
    })
final class ReplayCommand implements Callable<Integer> {

  /** Exit code: every input is decided as logged. */
  static final int SAME = 0;

  /** Exit code: some input is decided differently, or was not logged. */
  static final int DIFFERS = 1;

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LOG.jsonl", description = "The decision log.")
  Path logFile;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "The records files or directories checked then (every *.json in them, sorted by"
              + " name), named as they were.")
  List<String> inputs = new ArrayList<>();

  @Mixin CommonOptions.PolicyFile policyFile;

  @Mixin CommonOptions.Debug debug;

  private final InputStream stdin;

  ReplayCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<DecisionLog.Decision> decisions;
      try {
        decisions = DecisionLog.read(logFile);
      } catch (IOException e) {
        throw new Inputs.InvalidInputException(
            e.getMessage() != null && e.getMessage().startsWith(logFile.toString())
                ? e.getMessage()
                : logFile + ": " + Inputs.describe(e));
      }
      // The last decision on a name counts: a log may record several runs.
      Map<String, DecisionLog.Decision> byName = new HashMap<>();
      decisions.forEach(d -> byName.put(d.source(), d));
      MeetingPolicy policy = Inputs.policy(policyFile.file);
      ComplianceEngine engine = Engines.forPolicy(policy);
      String policyNow = DecisionLog.policySha256(engine);
      RecordJson reader = RecordJson.create();
      int differing = 0;
      int replayed = 0;
      for (String input : inputs) {
        List<Inputs.Source> sources;
        try {
          sources = Inputs.sourcesOf(input);
        } catch (IOException e) {
          throw new Inputs.InvalidInputException(Inputs.shown(input) + ": " + Inputs.describe(e));
        }
        for (Inputs.Source source : sources) {
          replayed++;
          String verdict = replay(source, byName.get(source.name()), reader, engine, policyNow);
          if (verdict != null) {
            differing++;
            out.println(TerminalText.escape(source.name() + ": " + verdict));
          }
        }
      }
      out.println(
          replayed
              + " input(s) replayed against "
              + logFile
              + ": "
              + (replayed - differing)
              + " decided as logged, "
              + differing
              + " differ");
      out.flush();
      return differing == 0 ? SAME : DIFFERS;
    } catch (Inputs.InvalidInputException e) {
      if (e.getMessage() != null) {
        err.println(spec.qualifiedName() + ": " + e.getMessage());
      }
      err.flush();
      return MeetingCheck.INVALID_INPUT;
    }
  }

  /** Why the input is decided differently today, or null when it is decided as logged. */
  private String replay(
      Inputs.Source source,
      DecisionLog.Decision logged,
      RecordJson reader,
      ComplianceEngine engine,
      String policyNow)
      throws Inputs.InvalidInputException {
    if (logged == null) {
      return "no decision logged for this input";
    }
    byte[] bytes;
    try {
      bytes = source.read(stdin, reader.limits().maxDocumentLength());
    } catch (IOException e) {
      throw new Inputs.InvalidInputException(source.name() + ": " + Inputs.describe(e));
    }
    String hash = DecisionLog.sha256(bytes);
    if (!hash.equals(logged.inputSha256())) {
      return "the input changed since the decision (SHA-256 "
          + abbreviate(logged.inputSha256())
          + " then, "
          + abbreviate(hash)
          + " now)";
    }
    if (!policyNow.equals(logged.policySha256())) {
      return "the policy's parameters or rules changed since the decision ("
          + logged.policy()
          + " then, "
          + engine.policy().name()
          + " now)";
    }
    if (!logged.outcome().equals("CHECKED")) {
      return "logged as " + logged.outcome() + "; not decided then";
    }
    DepartmentRecords records;
    ComplianceReport report;
    try {
      records = reader.read(bytes, source.name());
      report = engine.check(records, logged.asOf());
    } catch (RecordReadException | InvalidRecordException e) {
      return "decided then, refused now: " + e.getMessage();
    }
    List<DecisionLog.Entry> now = report.findings().stream().map(DecisionLog.Entry::of).toList();
    if (now.equals(logged.findings())) {
      return null;
    }
    List<DecisionLog.Entry> gone = new ArrayList<>(logged.findings());
    now.forEach(gone::remove);
    List<DecisionLog.Entry> added = new ArrayList<>(now);
    logged.findings().forEach(added::remove);
    return "other findings today with the same input and policy ("
        + added.size()
        + " new, "
        + gone.size()
        + " gone"
        + (added.isEmpty() ? "" : "; new: " + describe(added.get(0)))
        + (gone.isEmpty() ? "" : "; gone: " + describe(gone.get(0)))
        + ")";
  }

  private static String describe(DecisionLog.Entry entry) {
    return entry.severity() + " " + entry.clause() + " " + entry.rule() + " " + entry.subject();
  }

  private static String abbreviate(String sha) {
    return sha == null ? "none" : sha.substring(0, Math.min(12, sha.length()));
  }
}
