package org.meetingpolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Language;
import org.meetingpolicy.testkit.GoldenMeeting;
import org.meetingpolicy.testkit.RandomRecords;
import org.meetingpolicy.testkit.SampleDepartment;
import org.meetingpolicy.testkit.SampleQuarters;

/**
 * Guards the meaning of the rules while they are rewritten: the reports (both languages, every
 * finding, status and message) of a fixed corpus — the golden meeting, the sample quarters and
 * {@value #SEEDS} random record sets at two instants each — must stay the same, digest for digest.
 * A change that means to change reports rewrites the digests with {@code
 * -Dmeetingpolicy.corpus.write=true} (run from the module directory); its commit says which cases
 * changed and why.
 */
class ReportCorpusTest {

  static final int SEEDS = 300;
  private static final String RESOURCE = "org/meetingpolicy/report/report-corpus.tsv";

  @Test
  void reportsOfTheCorpusAreUnchanged() throws IOException {
    Map<String, String> actual = digests();
    if (Boolean.getBoolean("meetingpolicy.corpus.write")) {
      StringBuilder out =
          new StringBuilder("# case\tSHA-256 of the report's text in en\tSHA-256 of it in zh\n");
      actual.forEach((id, digest) -> out.append(id).append('\t').append(digest).append('\n'));
      Files.writeString(Path.of("src/test/resources", RESOURCE), out, StandardCharsets.UTF_8);
    }
    Map<String, String> expected = new LinkedHashMap<>();
    try (InputStream in =
        Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(RESOURCE))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cells = line.split("\t", 2);
          expected.put(cells[0], cells[1]);
        }
      }
    }
    List<String> changed =
        actual.keySet().stream().filter(id -> !actual.get(id).equals(expected.get(id))).toList();
    assertThat(changed)
        .as("cases whose report changed (replay a seed with RandomRecords.withSeed)")
        .isEmpty();
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
  }

  private static Map<String, String> digests() {
    ComplianceEngine engine = ReportTestSupport.ENGINE;
    Map<String, String> digests = new LinkedHashMap<>();
    digests.put(
        "golden",
        digest(
            engine.check(
                DepartmentRecords.of(SampleDepartment.department(), GoldenMeeting.GOLDEN),
                GoldenMeeting.AS_OF)));
    digests.put(
        "sample-quarters", digest(engine.check(SampleQuarters.records(), SampleQuarters.AS_OF)));
    for (long seed = 0; seed < SEEDS; seed++) {
      RandomRecords random = RandomRecords.withSeed(seed);
      DepartmentRecords records = random.records();
      for (int i = 0; i < 2; i++) {
        Instant asOf = random.asOf(records);
        digests.put("seed " + seed + " #" + i, digest(engine.check(records, asOf)));
      }
    }
    return digests;
  }

  /** The digests of the report's text in each language, so a change of one shows as such. */
  private static String digest(ComplianceReport report) {
    return digest(ComplianceReportText.render(report, Language.EN))
        + "\t"
        + digest(ComplianceReportText.render(report, Language.ZH));
  }

  private static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
