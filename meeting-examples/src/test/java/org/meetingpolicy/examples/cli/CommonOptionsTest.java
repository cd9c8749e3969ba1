package org.meetingpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.rules.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class CommonOptionsTest {

  @Command(name = "probe")
  static final class Probe {
    @Mixin CommonOptions.Judging judging;
    @Mixin CommonOptions.Debug debug;
  }

  @Test
  void debugIsFoundOnWhicheverCommandDeclaresIt() {
    CommandLine asked = new CommandLine(new Probe());
    asked.parseArgs("--debug");
    CommandLine notAsked = new CommandLine(new Probe());
    notAsked.parseArgs();

    assertThat(CommonOptions.Debug.requested(asked)).isTrue();
    assertThat(CommonOptions.Debug.requested(notAsked)).isFalse();
    assertThat(
            CommonOptions.Debug.requested(
                MeetingCheck.commandLine(java.io.InputStream.nullInputStream(), Clock.systemUTC())))
        .isFalse();
  }

  @Test
  void judgingDefaultsToNowAndEnglish() {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs();
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

    assertThat(probe.judging.asOf(clock)).isEqualTo(clock.instant());
    assertThat(probe.judging.language).isEqualTo(Language.EN);

    new CommandLine(probe).parseArgs("--as-of", "2026-12-10T12:00+08:00", "--lang", "zh");
    assertThat(probe.judging.asOf(clock)).isEqualTo(Instant.parse("2026-12-10T04:00:00Z"));
    assertThat(probe.judging.language).isEqualTo(Language.ZH);
  }
}
