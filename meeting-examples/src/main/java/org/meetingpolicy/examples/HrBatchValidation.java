package org.meetingpolicy.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.RecordJson;
import org.meetingpolicy.json.ReportJson;
import org.meetingpolicy.rules.ComplianceEngine;

/**
 * HR's monthly run: read every department's records from a folder, check them all in one batch, and
 * write one JSON report in which every file comes back checked or rejected with its problems.
 *
 * <p>Usage: {@code HrBatchValidation FOLDER REPORT.json AS-OF}, such as {@code samples report.json
 * 2026-12-10T12:00+08:00}.
 */
public final class HrBatchValidation {

  private final ComplianceEngine engine;
  private final RecordJson json = RecordJson.create();

  /** A run with the given engine. */
  public HrBatchValidation(ComplianceEngine engine) {
    this.engine = engine;
  }

  /** Checks every {@code *.json} of the folder, sorted by name, and writes the report. */
  public BatchReport run(Path folder, Path report, Instant asOf) throws IOException {
    List<BatchReport.Document> documents = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        documents.add(
            new BatchReport.Document(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    }
    BatchReport batch = BatchReport.check(engine, json, documents, asOf);
    Files.writeString(report, ReportJson.toJson(batch), StandardCharsets.UTF_8);
    return batch;
  }

  /** Runs on {@code FOLDER REPORT.json AS-OF} and prints the reconciliation line. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: HrBatchValidation FOLDER REPORT.json AS-OF");
      System.exit(2);
    }
    BatchReport batch =
        new HrBatchValidation(ComplianceEngine.createDefault())
            .run(Path.of(args[0]), Path.of(args[1]), RecordJson.parseInstant(args[2]));
    System.out.println(batch.reconciliation() + "; report written to " + args[1]);
  }
}
