package org.meetingpolicy.rules;

/**
 * A rule of the engine, as its metadata describes it.
 *
 * @param ruleId the stable id, such as {@code schedule.notice-too-late}
 * @param clauseId the clause it enforces
 * @param name the rule's name in its DRL file
 * @param packageName the DRL package
 * @param findsSomething whether it makes findings ({@code false} for rules that only state that a
 *     clause applies)
 */
public record RuleInfo(
    String ruleId, String clauseId, String name, String packageName, boolean findsSomething) {}
