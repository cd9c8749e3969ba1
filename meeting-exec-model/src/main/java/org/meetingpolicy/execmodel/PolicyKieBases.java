package org.meetingpolicy.execmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.facts.Applies;
import org.meetingpolicy.rules.facts.FindingFact;
import org.meetingpolicy.rules.internal.FactBuilder;

/**
 * The policy's rule base built two ways, and the part of a check that runs the rules. {@link
 * #fromDrl()} does what {@code ComplianceEngine} does at construction (KieHelper over the same nine
 * DRL files from meeting-rules' jar); {@link #precompiled()} loads the executable model this
 * module's kjar holds. {@link #fire} inserts the facts {@code ComplianceEngine} inserts and fires
 * the rules; it leaves out validation and the report.
 */
public final class PolicyKieBases {

  /** The kbase named in this module's kmodule.xml. */
  public static final String KBASE = "policy";

  private static final String RULE_PATH = "org/meetingpolicy/rules/drl/";

  private PolicyKieBases() {}

  /** Compiles meeting-rules' DRL files at run time, as {@code ComplianceEngine} does. */
  public static KieBase fromDrl() {
    KieHelper helper = new KieHelper();
    for (String file : ComplianceEngine.BUILT_IN_RULE_FILES) {
      helper.addResource(
          ResourceFactory.newClassPathResource(
              RULE_PATH + file + ".drl", ComplianceEngine.class.getClassLoader()),
          ResourceType.DRL);
    }
    return helper.build();
  }

  /** Loads the executable model precompiled into this module's kjar, from the classpath. */
  public static KieBase precompiled() {
    return KieServices.get().getKieClasspathContainer().getKieBase(KBASE);
  }

  /** What the rules made for one record set: findings and applicable clauses. */
  public record Fired(List<FindingFact> findings, List<Applies> applies) {}

  /**
   * Inserts the facts of {@code records} (which must be valid) under the default policy, fires the
   * rules in a new session, and returns the findings and applicable clauses.
   */
  public static Fired fire(KieBase kieBase, DepartmentRecords records, Instant asOf) {
    KieSession session = kieBase.newKieSession();
    try {
      for (Object fact : FactBuilder.facts(0, records, MeetingPolicy.defaults(), asOf)) {
        session.insert(fact);
      }
      session.fireAllRules();
      List<FindingFact> findings = new ArrayList<>();
      List<Applies> applies = new ArrayList<>();
      for (Object fact :
          session.getObjects(o -> o instanceof FindingFact || o instanceof Applies)) {
        if (fact instanceof FindingFact finding) {
          findings.add(finding);
        } else {
          applies.add((Applies) fact);
        }
      }
      return new Fired(findings, applies);
    } finally {
      session.dispose();
    }
  }
}
