package org.meetingpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java snippets compile against the library, and the quick start runs. */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final String IMPORTS =
      """
      import java.nio.file.Path;
      import java.time.DayOfWeek;
      import java.time.Instant;
      import java.util.List;
      import org.meetingpolicy.testkit.GoldenMeeting;
      import org.meetingpolicy.testkit.SampleDepartment;
      import org.meetingpolicy.core.model.*;
      import org.meetingpolicy.rules.*;
      """;

  @Test
  void quickStartCompilesAndRunsOnTheGoldenMeeting(@TempDir Path classes) throws Exception {
    List<String> snippets = snippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(2);
    // Run as written: a quick start judged at Instant.now() would change its answer with the date.
    String quickStart = snippets.get(0);
    assertThat(quickStart).doesNotContain("Instant.now()");

    // The snippet's own imports go first, so a wrong import in the README fails to compile.
    Class<?> compiled =
        compile(
            classes,
            "QuickStart",
            imports(quickStart)
                + IMPORTS
                + "public class QuickStart { public static void run() {\n"
                + "Department department = SampleDepartment.department();\n"
                + "Meeting meeting = GoldenMeeting.GOLDEN;\n"
                + statements(quickStart)
                + "}}\n");
    Method run = compiled.getMethod("run");
    run.invoke(null);
  }

  @Test
  void extendingSnippetCompiles(@TempDir Path classes) throws Exception {
    String extending =
        snippets().stream().filter(s -> s.contains("addRules")).findFirst().orElseThrow();

    compile(
        classes,
        "Extending",
        IMPORTS + "public class Extending { static void build() {\n" + extending + "}}\n");
  }

  private static String imports(String snippet) {
    return snippet
        .lines()
        .filter(l -> l.startsWith("import "))
        .map(l -> l + "\n")
        .reduce("", String::concat);
  }

  private static String statements(String snippet) {
    return snippet
        .lines()
        .filter(l -> !l.startsWith("import "))
        .map(l -> l + "\n")
        .reduce("", String::concat);
  }

  private static List<String> snippets() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private static Class<?> compile(Path classes, String name, String source) throws Exception {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      JavaFileObject file =
          new SimpleJavaFileObject(
              URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      boolean ok =
          compiler
              .getTask(
                  diagnostics,
                  files,
                  null,
                  List.of("-classpath", System.getProperty("java.class.path")),
                  null,
                  List.of(file))
              .call();
      assertThat(ok).as("README snippet compiles:%n%s%n%s", diagnostics, source).isTrue();
    }
    URLClassLoader loader =
        new URLClassLoader(
            new java.net.URL[] {classes.toUri().toURL()},
            ReadmeSnippetsTest.class.getClassLoader());
    return loader.loadClass(name);
  }
}
