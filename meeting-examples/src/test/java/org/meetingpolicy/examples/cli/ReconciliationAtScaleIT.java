package org.meetingpolicy.examples.cli;

/**
 * {@link ReconciliationAtScale} on 10,000 files, run by Failsafe with the integration tests: on a
 * loaded 2-core machine it takes about two minutes, too long for the unit tests. Each of its two
 * runs (meeting-check, then {@code BatchReport.check}) spends about 20 s of CPU on 10,000 golden
 * records: reading 2.5 s, source maps 3.4 s, validation 2.8 s, the rules in 64-meeting sessions 5.4
 * s, building the engine 2 s; all of it grows linearly with the number of files.
 */
class ReconciliationAtScaleIT extends ReconciliationAtScale {

  ReconciliationAtScaleIT() {
    super(10_000);
  }
}
