package org.meetingpolicy.rules.internal;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J's own "No SLF4J providers were found" notice off a host's console. Drools logs
 * through SLF4J; a host without any SLF4J provider (no Logback, no slf4j-simple …) would get that
 * three-line notice on stderr the first time the engine is built. Only in that case, and only if
 * the host did not choose a verbosity, SLF4J's internal reporting is set to errors only. A host
 * with a provider is left alone and gets Drools' log in its own logging.
 */
public final class QuietSlf4j {

  private static final String VERBOSITY = "slf4j.internal.verbosity";

  private QuietSlf4j() {}

  /** Call before the first use of Drools; idempotent. */
  public static void install() {
    if (System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
      return;
    }
    ClassLoader loader = QuietSlf4j.class.getClassLoader();
    if (!ServiceLoader.load(SLF4JServiceProvider.class, loader).iterator().hasNext()) {
      System.setProperty(VERBOSITY, "ERROR");
    }
  }
}
