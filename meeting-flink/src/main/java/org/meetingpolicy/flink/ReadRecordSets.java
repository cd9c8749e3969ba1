package org.meetingpolicy.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.meetingpolicy.core.model.DepartmentRecords;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.RecordReadException;
import org.meetingpolicy.json.ReportJson;

/**
 * Reads each document with {@link RecordJson} to learn its department, the key it is checked under;
 * a document that cannot be read goes to {@link #REJECTED} with its problem located in its text,
 * and the job goes on. Counts every document in {@link Reconciliation#READ}.
 */
final class ReadRecordSets extends ProcessFunction<BatchReport.Document, ReadableRecordSet> {

  private static final long serialVersionUID = 1L;

  /** Rejected documents as lines of JSON ({@link ReportJson#rejectedLine}). */
  static final OutputTag<String> REJECTED = new OutputTag<>("rejected", Types.STRING);

  private transient RecordJson reader;

  @Override
  public void open(OpenContext context) {
    reader = RecordJson.create();
  }

  @Override
  public void processElement(
      BatchReport.Document document, Context context, Collector<ReadableRecordSet> out) {
    getRuntimeContext().getLongCounter(Reconciliation.READ).add(1);
    DepartmentRecords records;
    try {
      records = reader.read(document.json(), document.source());
    } catch (RecordReadException e) {
      getRuntimeContext().getLongCounter(Reconciliation.REJECTED).add(1);
      BatchReport.Rejected rejected = (BatchReport.Rejected) BatchReport.Input.unreadable(0, e);
      context.output(REJECTED, ReportJson.rejectedLine(rejected));
      return;
    }
    out.collect(
        new ReadableRecordSet(
            records.department().id().value(), document.source(), document.json()));
  }
}
