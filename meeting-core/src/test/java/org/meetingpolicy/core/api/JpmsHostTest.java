package org.meetingpolicy.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that is itself a module can {@code requires org.meetingpolicy.core}: compiled and run on
 * the module path only (meeting-core's classes with its module-info, and its runtime dependencies),
 * it builds records and validates them, Hibernate Validator found through the service loader and
 * the messages from meeting-core's bundles.
 */
class JpmsHostTest {

  // The runtime dependencies of meeting-core, as their jars are named on the test classpath.
  private static final List<String> MODULES =
      List.of(
          "jakarta.validation-api",
          "hibernate-validator",
          "jboss-logging",
          "classmate",
          "expressly",
          "jakarta.el-api",
          "jspecify");

  private static final String MODULE_INFO = "module host { requires org.meetingpolicy.core; }\n";

  private static final String MAIN =
      """
      package host;

      import java.util.List;
      import org.meetingpolicy.core.model.Department;
      import org.meetingpolicy.core.model.DepartmentId;
      import org.meetingpolicy.core.model.DepartmentRecords;
      import org.meetingpolicy.core.validation.RecordValidator;

      public class Main {
        public static void main(String[] args) {
          RecordValidator validator = RecordValidator.create();
          System.out.println("sales: " + validator.validate(records("sales")));
          System.out.println("blank id: " + validator.validate(records(" ")));
          System.out.println("module: " + RecordValidator.class.getModule().getName());
        }

        static DepartmentRecords records(String id) {
          Department department =
              new Department(
                  DepartmentId.of(id), "Sales", null, List.of(), List.of(), List.of(), List.of());
          return DepartmentRecords.of(department, List.of());
        }
      }
      """;

  @Test
  void aModularHostRequiresMeetingCoreAndValidatesRecords(@TempDir Path dir) throws Exception {
    String modulePath = modulePath();
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("host"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("host/Main.java"), MAIN);
    Path out = dir.resolve("out");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("--module-path", modulePath, "-d", out.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(
                        src.resolve("module-info.java"), src.resolve("host/Main.java")))
            .call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();

    String output =
        run(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path",
            out + File.pathSeparator + modulePath,
            "-m",
            "host/host.Main");

    assertThat(output)
        .contains("sales: valid")
        .contains("department.id")
        .contains("must be a non-blank id of at most 128 characters")
        .contains("module: org.meetingpolicy.core");
  }

  /** meeting-core's classes (a module: they hold module-info.class) and its runtime jars. */
  private static String modulePath() {
    List<String> entries =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                e ->
                    e.replace('\\', '/').endsWith("meeting-core/target/classes")
                        || MODULES.stream()
                            .anyMatch(m -> Path.of(e).getFileName().toString().startsWith(m + "-")))
            .toList();
    assertThat(entries)
        .as("meeting-core's classes and its runtime dependencies on the test classpath")
        .hasSize(MODULES.size() + 1);
    assertThat(
            Path.of(
                    entries.get(0).endsWith("classes")
                        ? entries.get(0)
                        : entries.stream()
                            .filter(e -> e.endsWith("classes"))
                            .findFirst()
                            .orElseThrow())
                .resolve("module-info.class"))
        .exists();
    return entries.stream().collect(Collectors.joining(File.pathSeparator));
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
