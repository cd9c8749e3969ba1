package org.meetingpolicy.execmodel;

import java.lang.management.ManagementFactory;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.meetingpolicy.core.fixtures.GoldenMeeting;
import org.meetingpolicy.core.validation.RecordValidator;

/**
 * JVM start to a ready rule base and to the first rules run on the golden meeting, in a fresh
 * process. The argument picks the rule base: {@code drl} compiles meeting-rules' DRL at run time
 * (KieHelper, as ComplianceEngine does), {@code exec} loads the precompiled executable model from
 * the classpath. Both then insert the golden meeting's facts and fire the rules in a new session.
 * Validation is timed afterwards on its own ({@code validate}), since ComplianceEngine's check also
 * pays for it.
 */
public final class ExecModelColdStart {

  private ExecModelColdStart() {}

  /**
   * Prints {@code variant=… jvm-to-main=… kiebase-ready=… first-report=… (ms since JVM start),
   * build=… fire=… validate=… (ms), rules=… findings=… applies=… consequence=…}.
   */
  public static void main(String[] args) {
    String variant = args.length > 0 ? args[0] : "exec";
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long main = System.currentTimeMillis();
    long t0 = System.nanoTime();
    KieBase kieBase =
        switch (variant) {
          case "drl" -> PolicyKieBases.fromDrl();
          case "exec" -> PolicyKieBases.precompiled();
          default -> throw new IllegalArgumentException("drl or exec, not " + variant);
        };
    long ready = System.currentTimeMillis();
    long t1 = System.nanoTime();
    PolicyKieBases.Fired fired =
        PolicyKieBases.fire(kieBase, GoldenMeeting.records(), GoldenMeeting.AS_OF);
    long t2 = System.nanoTime();
    long end = System.currentTimeMillis();
    // Not part of the comparison: what ComplianceEngine would add for validation when cold.
    RecordValidator.create().requireValid(GoldenMeeting.records());
    long t3 = System.nanoTime();
    int rules = 0;
    String consequence = "?";
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      rules += kiePackage.getRules().size();
      for (Rule rule : kiePackage.getRules()) {
        // Which engine compiled the rules: a LambdaConsequence is the executable model, a
        // generated ...ConsequenceInvoker is classic DRL (MVEL/ECJ).
        consequence = ((RuleImpl) rule).getConsequence().getClass().getSimpleName();
      }
    }
    long violations =
        fired.findings().stream()
            .filter(f -> f.finding().severity() == org.meetingpolicy.rules.Severity.VIOLATION)
            .count();
    if (violations > 0) {
      throw new IllegalStateException("the golden meeting should comply: " + fired.findings());
    }
    System.out.printf(
        "variant=%s jvm-to-main=%d kiebase-ready=%d first-report=%d build=%.0f fire=%.0f"
            + " validate=%.0f rules=%d findings=%d applies=%d consequence=%s%n",
        variant,
        main - jvmStart,
        ready - jvmStart,
        end - jvmStart,
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        (t3 - t2) / 1e6,
        rules,
        fired.findings().size(),
        fired.applies().size(),
        consequence.replaceAll("[0-9A-F]{32}", "…"));
  }
}
