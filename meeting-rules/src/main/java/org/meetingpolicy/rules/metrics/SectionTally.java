package org.meetingpolicy.rules.metrics;

/**
 * The compliance findings of one policy section in one period, counted as breaches: each clause
 * counts once per meeting it is broken in (once per subject for findings outside any meeting), so
 * that a rule reporting every absent invitee separately does not outweigh a clause broken once.
 * Immutable.
 *
 * @param section the section number, 2 to 10
 * @param violations clause–meeting pairs with a violation
 * @param warnings clause–meeting pairs with a warning and no violation
 */
public record SectionTally(int section, int violations, int warnings) {

  /** Checks the counts. */
  public SectionTally {
    if (violations < 0 || warnings < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
