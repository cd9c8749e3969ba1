package org.meetingpolicy.report;

import org.meetingpolicy.rules.LocalizedText;

/**
 * The words of the evaluation's text and page, from the {@code evaluation} bundle next to this
 * class, so that text and page say the same thing.
 */
final class Words {

  static final LocalizedText.Bundle EVALUATION =
      LocalizedText.bundle("org.meetingpolicy.report.evaluation", Words.class);

  private Words() {}
}
