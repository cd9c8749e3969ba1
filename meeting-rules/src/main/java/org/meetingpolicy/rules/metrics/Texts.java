package org.meetingpolicy.rules.metrics;

import org.meetingpolicy.rules.LocalizedText;

/**
 * The names of the evaluation's metrics and groups, from the {@code evaluation} bundle next to this
 * class; the words of its text and page are meeting-report's.
 */
final class Texts {

  static final LocalizedText.Bundle NAMES =
      LocalizedText.bundle("org.meetingpolicy.rules.metrics.evaluation", Texts.class);

  private Texts() {}
}
