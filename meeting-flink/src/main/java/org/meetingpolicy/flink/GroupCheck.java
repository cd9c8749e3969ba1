package org.meetingpolicy.flink;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.meetingpolicy.json.BatchReport;

/**
 * The group-wide check as a Flink DataStream pipeline: record sets from files, keyed by department,
 * checked, and written as JSON Lines. Run it in {@code BATCH} mode (the inputs are a fixed set of
 * files); {@link GroupCheckJob} is the runnable main.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * env.setRuntimeMode(RuntimeExecutionMode.BATCH);
 * GroupCheck.Streams streams = GroupCheck.define(env, inputs, PolicySource.DEFAULTS, asOf);
 * streams.writeTo(new Path("out"));
 * Reconciliation counts = Reconciliation.of(env.execute("meeting-policy group check"));
 * }</pre>
 */
public final class GroupCheck {

  /** The output directory of the findings, one JSON line per finding. */
  public static final String FINDINGS = "findings";

  /** The output directory of the rejected record sets, one JSON line each with its problems. */
  public static final String REJECTED = "rejected";

  /** The output directory of the checked record sets, one JSON line each with its counts. */
  public static final String CHECKED = "checked";

  /** The output directory of the per-clause roll-up, one JSON line per clause. */
  public static final String CLAUSES = "clauses";

  private GroupCheck() {}

  /**
   * What the pipeline produces, as streams of JSON lines (the roll-up as tallies).
   *
   * @param findings one line per finding ({@link org.meetingpolicy.json.ReportJson#findingLine})
   * @param checked one line per checked record set
   * @param rejected one line per rejected record set ({@link
   *     org.meetingpolicy.json.ReportJson#rejectedLine})
   * @param clauses one tally per clause that applied somewhere in the group
   */
  public record Streams(
      DataStream<String> findings,
      DataStream<String> checked,
      DataStream<String> rejected,
      DataStream<ClauseTally> clauses) {

    /** Adds file sinks writing each stream under its directory in {@code output}. */
    public void writeTo(Path output) {
      findings.sinkTo(lines(output, FINDINGS)).name("write findings");
      checked.sinkTo(lines(output, CHECKED)).name("write checked");
      rejected.sinkTo(lines(output, REJECTED)).name("write rejected");
      clauses
          .map(JsonLines::rollup)
          .returns(Types.STRING)
          .name("clause roll-up as JSON")
          .sinkTo(lines(output, CLAUSES))
          .name("write clauses");
    }
  }

  /**
   * Defines the pipeline over the files under {@code inputs} ({@code *.json}: one record set each;
   * {@code *.jsonl}, {@code *.ndjson}: one per line; directories are read recursively).
   *
   * @param policy the policy to check against
   * @param asOf the instant the record sets are judged at
   */
  public static Streams define(
      StreamExecutionEnvironment env, List<Path> inputs, PolicySource policy, Instant asOf) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(asOf, "asOf");
    FileSource<BatchReport.Document> source =
        FileSource.forBulkFileFormat(new RecordSetFormat(), inputs.toArray(Path[]::new))
            .setFileEnumerator(RecordSetFormat.enumerator())
            .build();
    SingleOutputStreamOperator<ReadableRecordSet> readable =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "record sets")
            .process(new ReadRecordSets())
            .name("read record sets")
            .uid("read-record-sets");
    SingleOutputStreamOperator<String> findings =
        readable
            .keyBy(ReadableRecordSet::department)
            .process(new CheckRecordSets(policy, asOf))
            .returns(Types.STRING)
            .name("check record sets")
            .uid("check-record-sets");
    DataStream<String> rejected =
        readable
            .getSideOutput(ReadRecordSets.REJECTED)
            .union(findings.getSideOutput(ReadRecordSets.REJECTED));
    DataStream<ClauseTally> clauses =
        findings
            .getSideOutput(CheckRecordSets.CLAUSES)
            .keyBy(ClauseTally::clause)
            .reduce(ClauseTally::plus)
            .name("roll up by clause");
    return new Streams(
        findings, findings.getSideOutput(CheckRecordSets.CHECKED), rejected, clauses);
  }

  private static FileSink<String> lines(Path output, String name) {
    return FileSink.forRowFormat(new Path(output, name), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        // One part file per task: a batch job takes no checkpoints, so files roll at the end.
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(
            OutputFileConfig.builder().withPartPrefix(name).withPartSuffix(".jsonl").build())
        .build();
  }
}
