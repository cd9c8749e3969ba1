package org.meetingpolicy.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.BatchExecutionOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.MultipleParameterTool;
import org.meetingpolicy.json.PolicyFileException;
import org.meetingpolicy.json.RecordJson;

/**
 * The runnable group check: {@code --input PATH} (repeatable; files or directories, any Flink file
 * system), {@code --output DIR}, optional {@code --policy FILE} (as {@code meeting-check}'s),
 * {@code --as-of INSTANT} (default: now) and {@code --parallelism N}. Run with {@code java -jar} it
 * starts an embedded local Flink; under {@code flink run} it runs on the cluster.
 *
 * <p>Prints the reconciliation ({@code read = checked + rejected}) when the job has finished. Exit
 * code 2 for a bad option or policy file (one line, no stack trace); the job fails if a record set
 * went missing.
 */
public final class GroupCheckJob {

  /** Exit code for a bad option or policy file, as {@code meeting-check}'s. */
  static final int INVALID_INPUT = 2;

  private GroupCheckJob() {}

  /** Runs the job; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("meeting-flink: " + e.getMessage());
      System.exit(INVALID_INPUT);
      return;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    Reconciliation counts = run(env, options, System.out);
    if (!counts.isComplete()) {
      throw new IllegalStateException("record sets went missing: " + counts);
    }
  }

  /** Defines and runs the job in {@code env}, in BATCH mode; prints the reconciliation. */
  static Reconciliation run(StreamExecutionEnvironment env, Options options, PrintStream out)
      throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    // Flink's batch scheduler would size each stage by bytes (16 MiB per task by default), which
    // would put thousands of record sets in one task: checking is bound by CPU, not bytes. The
    // parallelism is the option's, or the cluster's default.
    Configuration config = new Configuration();
    config.set(BatchExecutionOptions.ADAPTIVE_AUTO_PARALLELISM_ENABLED, false);
    env.configure(config);
    if (options.parallelism() > 0) {
      env.setParallelism(options.parallelism());
    }
    GroupCheck.define(env, options.inputs(), options.policy(), options.asOf())
        .writeTo(options.output());
    Reconciliation counts =
        Reconciliation.of(env.execute("meeting-policy group check as of " + options.asOf()));
    out.println(counts + "; as of " + options.asOf() + "; output in " + options.output());
    return counts;
  }

  /**
   * The job's options.
   *
   * @param inputs files or directories to read
   * @param output the directory to write {@code findings/}, {@code rejected/}, {@code checked/} and
   *     {@code clauses/} under
   * @param policy the policy
   * @param asOf the instant to judge at
   * @param parallelism the job's parallelism; 0 for the environment's default
   */
  record Options(
      List<Path> inputs, Path output, PolicySource policy, Instant asOf, int parallelism) {

    static Options parse(String[] args) throws IOException {
      MultipleParameterTool params = MultipleParameterTool.fromArgs(args);
      Collection<String> inputs = params.getMultiParameter("input");
      if (inputs == null || inputs.isEmpty()) {
        throw new IllegalArgumentException("no input: name files or directories with --input");
      }
      String output = params.get("output");
      if (output == null) {
        throw new IllegalArgumentException("no output: name a directory with --output");
      }
      PolicySource policy = PolicySource.DEFAULTS;
      if (params.has("policy")) {
        try {
          policy = PolicySource.read(java.nio.file.Path.of(params.get("policy")));
        } catch (PolicyFileException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
          throw new IOException("cannot read policy file " + params.get("policy") + ": " + e, e);
        }
      }
      Instant asOf = Instant.now();
      if (params.has("as-of")) {
        try {
          asOf = RecordJson.parseInstant(params.get("as-of"));
        } catch (DateTimeException e) {
          throw new IllegalArgumentException(
              "'" + params.get("as-of") + "' is not an instant: " + e.getMessage(), e);
        }
      }
      int parallelism = 0;
      if (params.has("parallelism")) {
        try {
          parallelism = Integer.parseInt(params.get("parallelism"));
        } catch (NumberFormatException e) {
          parallelism = -1;
        }
        if (parallelism < 1) {
          throw new IllegalArgumentException(
              "--parallelism must be a whole number from 1, not " + params.get("parallelism"));
        }
      }
      return new Options(
          inputs.stream().map(Path::new).toList(), new Path(output), policy, asOf, parallelism);
    }
  }
}
