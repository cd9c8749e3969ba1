package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/meeting-check.md shows each command's help exactly as the command prints it. */
class UsageDocsTest {

  private static final Pattern USAGE_BLOCK =
      Pattern.compile("```text\n(Usage: meeting-check.*?)```", Pattern.DOTALL);

  @Test
  void theDocumentedUsageOfEachCommandIsItsHelp() throws Exception {
    List<String> documented = new ArrayList<>();
    Matcher block = USAGE_BLOCK.matcher(Files.readString(Path.of("../docs/meeting-check.md")));
    while (block.find()) {
      documented.add(block.group(1));
    }

    assertThat(documented)
        .containsExactly(
            help("--help"),
            help("evaluate", "--help"),
            help("import", "--help"),
            help("impact", "--help"),
            help("replay", "--help"));
  }

  private static String help(String... args) {
    return Run.of(Clock.systemUTC(), InputStream.nullInputStream(), args).out();
  }
}
