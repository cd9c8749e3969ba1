package org.meetingpolicy.flink;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.meetingpolicy.json.BatchReport;
import org.meetingpolicy.json.ReadLimits;

/**
 * Reads record sets from files for a Flink {@code FileSource}: a {@code .json} file is one record
 * set, a {@code .jsonl} or {@code .ndjson} file holds one record set per line. Every element is
 * named by its file, and by {@code file:line} for JSON Lines, so that a rejection says where the
 * record set is. Every line is an element, blank ones too: nothing is dropped here, the reader
 * downstream rejects what is not a record set.
 *
 * <p>Memory is bounded: a document or line is read up to {@link ReadLimits#maxDocumentLength()}
 * plus one byte, enough for the record reader to refuse it as too long; the rest of it is skipped.
 */
public final class RecordSetFormat implements BulkFormat<BatchReport.Document, FileSourceSplit> {

  private static final long serialVersionUID = 1L;

  private final long maxLength;

  /** A format that reads documents up to {@link ReadLimits#DEFAULT}'s length. */
  public RecordSetFormat() {
    this(ReadLimits.DEFAULT.maxDocumentLength());
  }

  RecordSetFormat(long maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * Whether the file is one this format reads: {@code *.json}, {@code *.jsonl}, {@code *.ndjson}.
   */
  public static boolean isRecordFile(Path file) {
    String name = file.getName();
    return !name.startsWith(".") && !name.startsWith("_") && (isDocument(name) || isLines(name));
  }

  /**
   * Lists the files under the input paths that this format reads, recursively, each as one split.
   * Directories are entered whatever their names; hidden ones ({@code .x}, {@code _x}) are not.
   */
  public static FileEnumerator.Provider enumerator() {
    return () ->
        new NonSplittingRecursiveEnumerator() {
          @Override
          protected void convertToSourceSplits(
              FileStatus file, FileSystem fs, List<FileSourceSplit> target) throws IOException {
            if (isRecordFile(file.getPath())) {
              super.convertToSourceSplits(file, fs, target);
            }
          }
        };
  }

  private static boolean isDocument(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static boolean isLines(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  @Override
  public Reader<BatchReport.Document> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return new FileReader(split, maxLength, 0);
  }

  @Override
  public Reader<BatchReport.Document> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    // Positions are counted in elements from the start of the file (no byte offsets).
    long skip =
        split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new FileReader(split, maxLength, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<BatchReport.Document> getProducedType() {
    return TypeInformation.of(BatchReport.Document.class);
  }

  /** Reads one file, one element per batch. */
  private static final class FileReader implements Reader<BatchReport.Document> {

    private final String name;
    private final boolean lines;
    private final long maxLength;
    private final InputStream in;
    private long emitted;
    private long lineNumber;
    private boolean done;

    FileReader(FileSourceSplit split, long maxLength, long skip) throws IOException {
      Path path = split.path();
      this.name = path.toString();
      this.lines = isLines(path.getName());
      this.maxLength = maxLength;
      FSDataInputStream stream = path.getFileSystem().open(path);
      // Lines are read a byte at a time; a local file's stream is not buffered.
      this.in = new BufferedInputStream(stream, 1 << 16);
      for (long k = 0; k < skip && next() != null; k++) {
        emitted++;
      }
    }

    @Override
    public RecordIterator<BatchReport.Document> readBatch() throws IOException {
      BatchReport.Document document = next();
      if (document == null) {
        return null;
      }
      emitted++;
      // A new iterator per batch: Flink may still hold the previous one when it asks for the next.
      SingletonResultIterator<BatchReport.Document> batch = new SingletonResultIterator<>();
      batch.set(document, CheckpointedPosition.NO_OFFSET, emitted);
      return batch;
    }

    private BatchReport.Document next() throws IOException {
      if (done) {
        return null;
      }
      if (!lines) {
        done = true;
        return new BatchReport.Document(name, readAtMost(in, maxLength + 1));
      }
      byte[] line = readLine();
      return line == null ? null : new BatchReport.Document(name + ":" + lineNumber, line);
    }

    /** The next line without its end ({@code \n} or {@code \r\n}); null at the end of the file. */
    private byte[] readLine() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long length = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (length++ <= maxLength) {
          line.write(b);
        }
      }
      if (b == -1 && length == 0) {
        done = true;
        return null;
      }
      done = b == -1;
      lineNumber++;
      byte[] bytes = line.toByteArray();
      int end = bytes.length;
      if (end > 0 && bytes[end - 1] == '\r' && length <= maxLength) {
        end--;
      }
      return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
