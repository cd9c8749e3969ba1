package org.meetingpolicy.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;
import org.meetingpolicy.rules.MeetingPolicy;
import org.meetingpolicy.rules.RuleInfo;
import org.meetingpolicy.rules.calendar.WorkingCalendar;

/**
 * A replayable log of decisions, one JSON object per line (JSON Lines): per record set checked, the
 * SHA-256 of its input, the policy and a SHA-256 of its parameters and rule set, the engine's
 * version, the instant, and the findings' rules, subjects and severities. Enough to prove later
 * what was decided, and to find out whether judging the same input today decides the same ({@code
 * meeting-check replay}).
 *
 * <p>Writing appends one line per {@link #record}, flushed at once, so a log survives a run that
 * ends early. Not thread-safe.
 */
public final class DecisionLog implements Closeable {

  /** The value of each line's {@code format}. */
  public static final String FORMAT = "meeting-policy/decision";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final BufferedWriter out;

  private DecisionLog(BufferedWriter out) {
    this.out = out;
  }

  /** A new log in {@code file}, replacing what it held. */
  public static DecisionLog create(Path file) throws IOException {
    return new DecisionLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  /** Appends one decision as one line. */
  public void record(Decision decision) throws IOException {
    out.write(MAPPER.writeValueAsString(decision));
    out.write('\n');
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /**
   * The decisions of a log, in order.
   *
   * @throws IOException if the file cannot be read or a line is not a decision (the message names
   *     the line)
   */
  public static List<Decision> read(Path file) throws IOException {
    List<Decision> decisions = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Decision decision = MAPPER.readValue(line, Decision.class);
          if (!FORMAT.equals(decision.format())) {
            throw new IOException("not a decision (format " + decision.format() + ")");
          }
          decisions.add(decision);
        } catch (IOException e) {
          throw new IOException(
              file + ":" + number + ": not a decision: " + firstLine(e.getMessage()), e);
        }
      }
    }
    return decisions;
  }

  /** The decision on one checked record set. */
  public static Decision of(
      String source,
      String inputSha256,
      ComplianceReport report,
      ComplianceEngine engine,
      String engineVersion) {
    List<Entry> findings = report.findings().stream().map(Entry::of).toList();
    return new Decision(
        FORMAT,
        source,
        inputSha256,
        "CHECKED",
        report.policyName(),
        policySha256(engine),
        engineVersion,
        report.asOf(),
        findings);
  }

  /** The decision on a record set that was refused (malformed) or failed (a rule threw). */
  public static Decision notChecked(
      String source,
      String inputSha256,
      String outcome,
      ComplianceEngine engine,
      String engineVersion,
      Instant asOf) {
    return new Decision(
        FORMAT,
        source,
        inputSha256,
        outcome,
        engine.policy().name(),
        policySha256(engine),
        engineVersion,
        asOf,
        List.of());
  }

  /** The SHA-256 of bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A SHA-256 of what decides: every parameter of the engine's policy but its name (a working
   * calendar by its name), and the ids of the rules it runs. Two engines with the same fingerprint
   * judge alike, unless a host's rule changed without its id.
   */
  public static String policySha256(ComplianceEngine engine) {
    MeetingPolicy policy = engine.policy();
    StringBuilder text = new StringBuilder();
    for (RecordComponent component : MeetingPolicy.class.getRecordComponents()) {
      if (component.getName().equals("name")) {
        continue;
      }
      Object value;
      try {
        value = component.getAccessor().invoke(policy);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component.getName(), e);
      }
      text.append(component.getName())
          .append('=')
          .append(value instanceof WorkingCalendar calendar ? calendar.name() : value)
          .append('\n');
    }
    engine.rules().stream()
        .map(RuleInfo::ruleId)
        .sorted()
        .forEach(id -> text.append("rule=").append(id).append('\n'));
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * One line of the log.
   *
   * @param format always {@value #FORMAT}
   * @param source the input's name (a file, or {@code -})
   * @param inputSha256 the SHA-256 of the input's bytes; null if it could not be read
   * @param outcome CHECKED, REJECTED (malformed) or FAILED (a rule threw)
   * @param policy the policy's name
   * @param policySha256 {@link #policySha256}
   * @param engineVersion the version of meeting-policy that decided
   * @param asOf the instant judged at
   * @param findings what was found, in report order; empty unless CHECKED
   */
  public record Decision(
      String format,
      String source,
      String inputSha256,
      String outcome,
      String policy,
      String policySha256,
      String engineVersion,
      Instant asOf,
      List<Entry> findings) {

    /** Requires what a replay needs; copies the findings. */
    public Decision {
      require(format, "format");
      require(source, "source");
      require(outcome, "outcome");
      require(policySha256, "policySha256");
      require(asOf, "asOf");
      findings = List.copyOf(require(findings, "findings"));
    }

    private static <T> T require(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is missing");
      }
      return value;
    }
  }

  /**
   * One finding as decided: enough to tell it from another, not its words.
   *
   * @param clause the clause
   * @param rule the rule id
   * @param severity VIOLATION, WARNING or DUE
   * @param subject the subject's kind and id, such as {@code PERSON p-chen-jie}
   * @param meeting the meeting it belongs to, or null
   * @param at its instant (a deadline), or null
   */
  public record Entry(
      String clause,
      String rule,
      String severity,
      String subject,
      @Nullable String meeting,
      @Nullable Instant at) {

    /** The entry of a finding. */
    public static Entry of(Finding finding) {
      return new Entry(
          finding.clauseId(),
          finding.ruleId(),
          finding.severity().name(),
          finding.subject().kind().name() + " " + finding.subject().id(),
          finding.subject().meeting() == null ? null : finding.subject().meeting().value(),
          finding.at());
    }
  }
}
