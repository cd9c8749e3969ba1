package org.meetingpolicy.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How far a run has got, on standard error: on a terminal a bar redrawn in place (and cleared
 * before anything else is written), otherwise one count line every {@code interval}, so that a log
 * shows a long run is alive without filling up. Not thread-safe.
 */
final class Progress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

  private final PrintWriter err;
  private final long total;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private long last;
  private boolean drawn;

  private Progress(
      PrintWriter err, long total, boolean terminal, Duration interval, LongSupplier nanoTime) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    // A bar is redrawn at most every 100 ms, or more often when asked (tests: zero).
    this.intervalNanos = terminal ? Math.min(REDRAW_NANOS, interval.toNanos()) : interval.toNanos();
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  /** Progress that shows nothing, for {@code --quiet}. */
  static Progress none() {
    return new Progress(null, 0, false, Duration.ZERO, () -> 0);
  }

  /**
   * Progress on {@code err} over {@code total} record sets: a bar when {@code terminal}, else a
   * line at most every {@code interval} (zero: after every record set).
   */
  static Progress of(PrintWriter err, long total, boolean terminal, Duration interval) {
    return new Progress(err, total, terminal, interval, System::nanoTime);
  }

  /** Notes that {@code done} record sets are done, of which {@code rejected} were not checked. */
  void update(long done, long checked, long rejected) {
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - last < intervalNanos && done < total) {
      return;
    }
    last = now;
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
      err.print(
          "\r["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " record sets");
      drawn = true;
    } else if (done < total) {
      err.println(
          "meeting-check: "
              + done
              + " of "
              + total
              + " record sets done: "
              + checked
              + " checked, "
              + rejected
              + " not");
    }
    err.flush();
  }

  /** Takes the bar off the terminal, before a report or a problem is written there. */
  void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
      drawn = false;
    }
  }
}
