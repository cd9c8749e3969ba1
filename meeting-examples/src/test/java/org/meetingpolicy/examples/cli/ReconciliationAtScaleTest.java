package org.meetingpolicy.examples.cli;

/** {@link ReconciliationAtScale} on 1,000 files, with the unit tests. */
class ReconciliationAtScaleTest extends ReconciliationAtScale {

  ReconciliationAtScaleTest() {
    super(1_000);
  }
}
