package org.meetingpolicy.rules.quiet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meetingpolicy.rules.RuleTestSupport;

/**
 * Embedding the library prints nothing by itself: a fresh JVM with the library's classes and its
 * runtime dependencies, and no logging framework (no SLF4J provider, java.util.logging as the JDK
 * sets it up), builds the engine and checks a record with empty stdout and stderr. Before, it
 * printed Hibernate Validator's version (HV000001) and SLF4J's "No SLF4J providers" notice.
 */
class QuietHostTest {

  @Test
  @Tag(RuleTestSupport.BUILDS_ENGINE)
  void aHostWithoutLoggingSeesNothingOnItsConsole(@TempDir Path dir) throws Exception {
    // The test's class path without the test's own SLF4J provider, as a host without one has it.
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("slf4j-simple"))
            .collect(Collectors.joining(File.pathSeparator));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classPath,
                    QuietHostMain.class.getName()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();

    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the host finished").isTrue();
    assertThat(process.exitValue()).as("exit code; stderr: %s", read(err)).isZero();
    assertThat(read(out)).as("stdout").isEmpty();
    assertThat(read(err)).as("stderr").isEmpty();
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
