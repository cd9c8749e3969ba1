package org.meetingpolicy.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.core.validation.RecordValidator;
import org.meetingpolicy.core.validation.ValidationResult;
import org.meetingpolicy.importer.AttendanceMapping;
import org.meetingpolicy.importer.ImportException;
import org.meetingpolicy.importer.RecordsImport;
import org.meetingpolicy.importer.Roster;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.rules.MeetingPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meeting-check import}: department records (docs/record-format.md) from a roster, calendar
 * invitations and replies (.ics) and the attendance reports of meeting tools, for {@code
 * meeting-check} to check. See docs/import.md.
 *
 * <p>Exit codes: 0 written; 2 invalid input (a missing or malformed file, a conflict between files,
 * records that would not be valid), one line per problem; 3 an internal error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    version = MeetingCheck.VERSION,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Imports meeting records from a roster, calendar invitations and replies (iCalendar) and"
          + " attendance reports (zoom, teams, tencent-meeting, dingtalk, feishu).",
      "Writes the records as JSON for meeting-check; prints one summary line per source and"
          + " every note (what was read in a way to know of, or not imported) on standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:records written",
      "2:invalid input: a missing or malformed file, a conflict between files, a bad option",
      "3:internal error"
    })
final class Import implements Callable<Integer> {

  /** Exit code: the records were written. */
  static final int WRITTEN = 0;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--roster",
      required = true,
      paramLabel = "FILE",
      description =
          "The people: a CSV with the columns id,name,email,position,department,clearance, or a"
              + " records JSON file whose department is used (people matched by name only).")
  Path roster;

  @Option(
      names = "--calendar",
      paramLabel = "FILE.ics",
      description = "Invitations (METHOD:REQUEST) and replies (METHOD:REPLY); repeatable.")
  List<Path> calendars = new ArrayList<>();

  @Option(
      names = "--attendance",
      paramLabel = "PRESET:FILE",
      description =
          "An attendance report and its preset: zoom, teams, tencent-meeting, dingtalk or"
              + " feishu, such as zoom:participants.csv; repeatable.")
  List<String> attendance = new ArrayList<>();

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "Overrides of the presets, one per line: <preset>.<key> = <value>, such as"
              + " zoom.column.join = Join time.")
  Path mapping;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A YAML or .properties policy file; its zone reads times without one.")
  Path policyFile;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the records (JSON, UTF-8).")
  Path output;

  @Mixin CommonOptions.Debug debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    try {
      MeetingPolicy policy = Inputs.policy(policyFile);
      Roster people = roster(name, err);
      Map<String, Map<String, String>> overrides =
          mapping == null ? Map.of() : AttendanceMapping.readOverrides(existing(mapping));
      List<RecordsImport.AttendanceSource> reports = new ArrayList<>();
      List<String> usage = new ArrayList<>();
      for (String spec : attendance) {
        int colon = spec.indexOf(':');
        String preset = colon < 0 ? "" : spec.substring(0, colon).toLowerCase(Locale.ROOT);
        if (colon < 0 || !AttendanceMapping.PRESETS.contains(preset)) {
          usage.add(
              "--attendance '"
                  + spec
                  + "': expected PRESET:FILE with PRESET one of "
                  + String.join(", ", AttendanceMapping.PRESETS));
          continue;
        }
        reports.add(
            new RecordsImport.AttendanceSource(
                Path.of(spec.substring(colon + 1)),
                AttendanceMapping.preset(preset).withAll(overrides)));
      }
      if (!usage.isEmpty()) {
        usage.forEach(u -> err.println(name + ": " + u));
        return MeetingCheck.INVALID_INPUT;
      }
      for (Path calendar : calendars) {
        existing(calendar);
      }
      for (RecordsImport.AttendanceSource report : reports) {
        existing(report.file());
      }
      RecordsImport.Result result = RecordsImport.read(people, calendars, reports, policy.zone());
      result.summaries().forEach(s -> err.println(name + ": " + s.toLine()));
      result.notes().forEach(n -> err.println(name + ": note: " + n));
      DepartmentRecords records = result.records();
      ValidationResult validation = RecordValidator.create().validate(records);
      if (!validation.isValid()) {
        validation.problems().forEach(p -> err.println(name + ": imported records: " + p));
        return MeetingCheck.INVALID_INPUT;
      }
      try {
        RecordJson.create().write(records, output);
      } catch (IOException e) {
        err.println(name + ": cannot write " + output + ": " + Inputs.describe(e));
        return MeetingCheck.INVALID_INPUT;
      }
      err.println(
          name
              + ": wrote "
              + records.meetings().size()
              + " meetings of "
              + records.department().people().size()
              + " people to "
              + output);
      return WRITTEN;
    } catch (ImportException e) {
      e.problems().forEach(p -> err.println(name + ": " + p));
      return MeetingCheck.INVALID_INPUT;
    } catch (Inputs.InvalidInputException e) {
      if (e.getMessage() != null) {
        err.println(name + ": " + e.getMessage());
      }
      return MeetingCheck.INVALID_INPUT;
    } catch (IOException e) {
      String file =
          e instanceof java.nio.file.FileSystemException f && f.getFile() != null
              ? f.getFile() + ": "
              : "";
      err.println(name + ": " + file + Inputs.describe(e));
      return MeetingCheck.INVALID_INPUT;
    } finally {
      err.flush();
    }
  }

  private Roster roster(String name, PrintWriter err)
      throws IOException, ImportException, Inputs.InvalidInputException {
    existing(roster);
    if (!roster.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Roster.readCsv(roster);
    }
    DepartmentRecords records;
    try {
      records = RecordJson.create().read(roster);
    } catch (IOException e) {
      throw new Inputs.InvalidInputException(roster + ": " + Inputs.describe(e));
    }
    if (!records.meetings().isEmpty()) {
      err.println(
          name
              + ": note: "
              + roster
              + ": only its department is used as the roster; its "
              + records.meetings().size()
              + " meetings are not imported");
    }
    return Roster.of(records.department(), Map.of());
  }

  private static Path existing(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (!Files.isRegularFile(file)) {
      // A directory, or a device such as /dev/zero that would never end.
      throw new IOException(file + ": not a regular file");
    }
    return file;
  }
}
