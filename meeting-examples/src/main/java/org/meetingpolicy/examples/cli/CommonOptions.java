package org.meetingpolicy.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.meetingpolicy.rules.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options several commands share, as picocli mixins: each declared and described once. */
final class CommonOptions {

  private CommonOptions() {}

  /** {@code --debug}, on every command. */
  static final class Debug {

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean on;

    /** Whether the command line's command (or one of its mixins) asked for stack traces. */
    static boolean requested(CommandLine commandLine) {
      return commandLine.getCommandSpec().mixins().values().stream()
          .map(CommandSpec::userObject)
          .anyMatch(mixin -> mixin instanceof Debug debug && debug.on);
    }
  }

  /** {@code --policy}: the parameters records are judged by. */
  static final class PolicyFile {

    @Option(
        names = "--policy",
        paramLabel = "FILE",
        description = "A YAML or .properties file overriding policy parameters.")
    Path file;
  }

  /** {@code --as-of} and {@code --lang}: when records are judged and how findings are written. */
  static final class Judging {

    @Option(
        names = "--as-of",
        paramLabel = "TIME",
        converter = MeetingCheck.InstantConverter.class,
        description =
            "Judge as of this instant: ISO-8601 with offset, such as 2026-12-10T12:00+08:00 or"
                + " 2026-12-10T04:00:00Z. Default: now.")
    Instant asOf;

    @Option(
        names = "--lang",
        paramLabel = "LANG",
        defaultValue = "en",
        converter = MeetingCheck.LanguageConverter.class,
        description =
            "Language of the text (and of the page): zh or en. Default: ${DEFAULT-VALUE}. JSON"
                + " carries both.")
    Language language;

    /** The instant to judge at: {@code --as-of}, else now by the clock. */
    Instant asOf(Clock clock) {
      return asOf == null ? clock.instant() : asOf;
    }
  }
}
