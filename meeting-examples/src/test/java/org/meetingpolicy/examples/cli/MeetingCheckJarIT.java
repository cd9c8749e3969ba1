package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/meeting-check.jar} as a separate process, as a user would. Failsafe
 * runs it after {@code package}; run alone before the jar is built, it is skipped.
 */
class MeetingCheckJarIT {

  private static final Path JAR = Path.of("target", "meeting-check.jar");

  @Test
  void theShadedJarChecksTheSamplesAndExitsWithTheDocumentedCodes() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/meeting-check.jar is not built yet");

    Result compliant = java("--as-of", "2026-12-10T12:00+08:00", "samples/compliant-month.json");
    Result noncompliant =
        java("--as-of", "2026-12-10T12:00+08:00", "samples/noncompliant-month.json");
    Result invalid = java("--as-of", "2026-12-10T12:00+08:00", "pom.xml");

    assertThat(compliant.exit()).isZero();
    assertThat(compliant.out()).endsWith("1 record set(s) read, 1 checked, 0 rejected\n");
    assertThat(noncompliant.exit()).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(noncompliant.out()).contains("VIOLATION 3.4");
    assertThat(invalid.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(invalid.err()).startsWith("pom.xml:1:1: not valid JSON");
    // Drools and Hibernate Validator stay quiet: no INFO lines on stderr.
    assertThat(compliant.err()).isEmpty();
  }

  @Test
  void theShadedJarImportsTheSamplesWithIcal4jAndExportsWhatIsDue() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/meeting-check.jar is not built yet");
    Path dir = Files.createTempDirectory("meeting-import");
    Path records = dir.resolve("records.json");
    Path due = dir.resolve("due.ics");

    Result imported = java(ImportTest.sampleImport(records));
    Result checked =
        java(
            "--as-of",
            "2026-12-10T12:00+08:00",
            "--export-due",
            due.toString(),
            records.toString());
    Result garbage =
        java(
            "import",
            "--roster",
            "samples/import/roster.csv",
            "--calendar",
            "pom.xml",
            "--output",
            dir.resolve("never.json").toString());

    // ical4j reads its ical4j.properties from the shaded jar: no network, the map zone cache.
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err())
        .contains("'China Standard Time' (UTC+08:00) is not an IANA zone id")
        .doesNotContain("Exception");
    assertThat(checked.exit()).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(checked.out()).contains("VIOLATION 5.1 p-liu-yang arrived at 2026-11-06 14:07:44");
    assertThat(Files.readString(due)).contains("BEGIN:VTODO", "RELATED-TO:tencent-2026-12-18");
    assertThat(garbage.exit()).isEqualTo(MeetingCheck.INVALID_INPUT);
    assertThat(garbage.err()).startsWith("meeting-check import: pom.xml:1: not an iCalendar file");
  }

  @Test
  void theLauncherRunsTheJarWithC1OnlyAndGivesTheSameAnswer() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/meeting-check.jar is not built yet");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
    Map<String, String> env =
        Map.of("JAVA_HOME", System.getProperty("java.home"), "MEETING_CHECK_CDS", "off");
    String[] args = {"--as-of", "2026-12-10T12:00+08:00", "samples/noncompliant-month.json"};

    Result direct = java(args);
    Result launched = launcher(env, args);
    Result flags =
        launcher(
            Map.of(
                "JAVA_HOME",
                System.getProperty("java.home"),
                "MEETING_CHECK_CDS",
                "off",
                "MEETING_CHECK_OPTS",
                "-XX:+PrintCommandLineFlags"),
            "--version");

    assertThat(launched).isEqualTo(direct);
    assertThat(flags.exit()).isZero();
    assertThat(flags.out()).contains("-XX:TieredStopAtLevel=1").contains("meeting-check 0.1.0");
  }

  @Test
  void theLauncherArchivesTheClassesOfItsFirstCheckAndMapsThemAfterwards(@TempDir Path cache)
      throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/meeting-check.jar is not built yet");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell");
    String java = System.getProperty("java.home");
    Map<String, String> env = Map.of("JAVA_HOME", java, "MEETING_CHECK_CACHE", cache.toString());
    String[] args = {"--as-of", "2026-12-10T12:00+08:00", "samples/noncompliant-month.json"};

    Result version = launcher(env, "--version");
    List<Path> afterVersion = archives(cache);
    Result first = launcher(env, args);
    List<Path> afterFirst = archives(cache);
    // -Xshare:on makes the JVM refuse to start unless it maps the archive.
    Result mapped =
        launcher(
            Map.of(
                "JAVA_HOME",
                java,
                "MEETING_CHECK_CACHE",
                cache.toString(),
                "MEETING_CHECK_OPTS",
                "-Xshare:on"),
            args);
    Files.delete(afterFirst.get(0)); // the JVM writes archives read-only
    Files.write(afterFirst.get(0), new byte[] {1, 2, 3});
    Result damaged = launcher(env, "--format", "json", args[0], args[1], args[2]);

    assertThat(version.out()).isEqualTo("meeting-check 0.1.0\n");
    assertThat(afterVersion).as("a --version run archives nothing").isEmpty();
    assertThat(afterFirst).hasSize(1);
    assertThat(afterFirst.get(0).getFileName().toString()).endsWith(".jsa");
    Result direct = java(args);
    assertThat(first).as("the run that writes the archive").isEqualTo(direct);
    assertThat(mapped).as("a run on the archive").isEqualTo(direct);
    assertThat(damaged.exit()).isEqualTo(MeetingCheck.FINDINGS);
    assertThat(damaged.out()).as("a damaged archive leaves the report alone").startsWith("{");
  }

  private static List<Path> archives(Path cache) throws java.io.IOException {
    try (var files = Files.list(cache)) {
      return files.sorted().toList();
    }
  }

  private static Result launcher(Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bin/meeting-check"));
    command.addAll(List.of(args));
    return run(command, env);
  }

  private record Result(int exit, String out, String err) {}

  private static Result java(String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private static Result run(List<String> command, Map<String, String> environment)
      throws Exception {
    Path out = Files.createTempFile("meeting-check", ".out");
    Path err = Files.createTempFile("meeting-check", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      // A guard against a hang, not a measure of speed (a loaded machine takes a minute or more).
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
