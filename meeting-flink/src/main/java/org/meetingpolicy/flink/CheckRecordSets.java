package org.meetingpolicy.flink;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.json.SourceMap;
import org.meetingpolicy.rules.CheckOutcome;
import org.meetingpolicy.rules.ClauseResult;
import org.meetingpolicy.rules.ClauseStatus;
import org.meetingpolicy.rules.ComplianceEngine;
import org.meetingpolicy.rules.ComplianceReport;
import org.meetingpolicy.rules.Finding;

/**
 * Checks the record sets of a department with one {@link ComplianceEngine} per parallel instance,
 * built in {@link #open} and never serialized. Emits one JSON line per finding; a record set that
 * is malformed goes to {@link ReadRecordSets#REJECTED} with every problem, one that was checked to
 * {@link #CHECKED}, and its clause results to {@link #CLAUSES} for the group's roll-up.
 */
final class CheckRecordSets extends KeyedProcessFunction<String, ReadableRecordSet, String> {

  private static final long serialVersionUID = 1L;

  /** Checked record sets, one line of JSON each ({@link JsonLines#checked}). */
  static final OutputTag<String> CHECKED = new OutputTag<>("checked", Types.STRING);

  /** Each checked record set's counts per clause that applied to it. */
  static final OutputTag<ClauseTally> CLAUSES =
      new OutputTag<>("clauses", TypeInformation.of(ClauseTally.class));

  private final PolicySource policy;
  private final Instant asOf;

  private transient ComplianceEngine engine;
  private transient RecordJson reader;

  CheckRecordSets(PolicySource policy, Instant asOf) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  @Override
  public void open(OpenContext context) throws Exception {
    // Drools finds its services (kie.conf, ServiceLoader) through the context class loader. Under
    // Flink's child-first loading they are in the job jar, which only the user-code class loader
    // sees; the thread that opens the function may carry another.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(getRuntimeContext().getUserCodeClassLoader());
    try {
      engine = ComplianceEngine.builder().policy(policy.policy()).build();
    } finally {
      thread.setContextClassLoader(previous);
    }
    reader = RecordJson.create();
  }

  @Override
  public void processElement(ReadableRecordSet set, Context context, Collector<String> out)
      throws RecordReadException {
    // The bytes were read once already (for the key); they read the same way again.
    DepartmentRecords records = reader.read(set.json(), set.source());
    CheckOutcome outcome = engine.checkAll(List.of(records), asOf).outcomes().get(0);
    BatchReport.Input input =
        BatchReport.Input.of(
            outcome,
            set.source(),
            outcome instanceof CheckOutcome.Rejected ? SourceMap.of(set.json()) : null);
    if (input instanceof BatchReport.Rejected rejected) {
      getRuntimeContext().getLongCounter(Reconciliation.REJECTED).add(1);
      context.output(ReadRecordSets.REJECTED, ReportJson.rejectedLine(rejected));
      return;
    }
    ComplianceReport report = ((BatchReport.Checked) input).report();
    getRuntimeContext().getLongCounter(Reconciliation.CHECKED).add(1);
    getRuntimeContext().getLongCounter(Reconciliation.FINDINGS).add(report.findings().size());
    for (Finding finding : report.findings()) {
      out.collect(ReportJson.findingLine(set.department(), set.source(), finding, report.zone()));
    }
    context.output(CHECKED, JsonLines.checked(set.department(), set.source(), report));
    for (ClauseResult clause : report.clauses()) {
      if (clause.status() != ClauseStatus.NOT_APPLICABLE
          && clause.status() != ClauseStatus.NOT_CHECKED) {
        context.output(CLAUSES, ClauseTally.of(clause));
      }
    }
  }
}
