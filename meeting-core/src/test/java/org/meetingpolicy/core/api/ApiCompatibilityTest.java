package org.meetingpolicy.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API check the build runs once a release exists (japicmp-maven-plugin, configured in the
 * parent pom to break the build on binary or source incompatible changes): its engine, on two
 * versions of a small public class, finds a removed public method incompatible and an added one
 * compatible. Until 0.1.0 is released there is no baseline to compare meeting-core's jar with.
 */
class ApiCompatibilityTest {

  private static final String V1 =
      "package com.example; public class Api { public int a() { return 1; }"
          + " public int b() { return 2; } }";
  private static final String REMOVED =
      "package com.example; public class Api { public int a() { return 1; } }";
  private static final String ADDED =
      "package com.example; public class Api { public int a() { return 1; }"
          + " public int b() { return 2; } public int c() { return 3; } }";

  @Test
  void aRemovedPublicMethodBreaksCompatibility(@TempDir Path dir) throws Exception {
    List<JApiClass> changes = compare(jar(dir, "v1", V1), jar(dir, "v2", REMOVED));

    JApiClass api = single(changes);
    assertThat(api.isBinaryCompatible()).isFalse();
    assertThat(api.isSourceCompatible()).isFalse();
    assertThat(api.getMethods())
        .filteredOn(m -> m.getChangeStatus() == JApiChangeStatus.REMOVED)
        .extracting(m -> m.getName())
        .containsExactly("b");
  }

  @Test
  void anAddedPublicMethodKeepsCompatibility(@TempDir Path dir) throws Exception {
    List<JApiClass> changes = compare(jar(dir, "v1", V1), jar(dir, "v2", ADDED));

    JApiClass api = single(changes);
    assertThat(api.isBinaryCompatible()).isTrue();
    assertThat(api.isSourceCompatible()).isTrue();
  }

  private static JApiClass single(List<JApiClass> classes) {
    return classes.stream()
        .filter(c -> c.getFullyQualifiedName().equals("com.example.Api"))
        .findFirst()
        .orElseThrow();
  }

  private static List<JApiClass> compare(Path old, Path now) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    return new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(old.toFile(), "1"), new JApiCmpArchive(now.toFile(), "2"));
  }

  /** Compiles the source and jars its class. */
  private static Path jar(Path dir, String name, String source) throws Exception {
    Path src = dir.resolve(name + "/src/com/example/Api.java");
    Path classes = dir.resolve(name + "/classes");
    Files.createDirectories(src.getParent());
    Files.createDirectories(classes);
    Files.writeString(src, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
    Path jar = dir.resolve(name + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/example/Api.class"));
      out.write(Files.readAllBytes(classes.resolve("com/example/Api.class")));
      out.closeEntry();
    }
    return jar;
  }
}
