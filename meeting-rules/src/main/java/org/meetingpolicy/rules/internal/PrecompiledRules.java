package org.meetingpolicy.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The built-in rules as Drools' executable model, generated from the DRL when meeting-rules is
 * built (kie-maven-plugin), so that an engine is ready without parsing and compiling DRL at run
 * time. The DRL stays the source of the policy; the model is what runs unless a host adds rules of
 * its own (those are compiled with the built-in DRL, at run time).
 */
public final class PrecompiledRules {

  /** Where the build lists the model's classes (one per DRL package). */
  static final String INDEX = "META-INF/kie/org.meetingpolicy/meeting-rules/drools-model";

  private PrecompiledRules() {}

  /**
   * A new rule base of the precompiled model; empty when the classpath holds none (meeting-rules'
   * classes built without the model, as an IDE may).
   *
   * @throws IllegalStateException if the model is listed but cannot be loaded
   */
  public static Optional<KieBase> load() {
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        return Optional.empty();
      }
      List<Model> models = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        // The first line names the Drools version that generated the model.
        if (!name.isEmpty() && !name.contains(":")) {
          models.add(
              (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
      }
      return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    } catch (IOException | ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot load the precompiled rules listed in " + INDEX, e);
    }
  }
}
