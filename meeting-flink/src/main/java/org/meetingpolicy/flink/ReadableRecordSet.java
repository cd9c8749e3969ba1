package org.meetingpolicy.flink;

import java.util.Objects;

/**
 * A record set that could be read, on its way to be checked: its department (the key), its name and
 * its JSON. The JSON travels rather than the parsed records, so that Flink moves plain bytes
 * between tasks and the model needs no serializer of its own.
 *
 * @param department the department's id
 * @param source the record set's name, such as {@code group.jsonl:17}
 * @param json its UTF-8 JSON text
 */
public record ReadableRecordSet(String department, String source, byte[] json) {

  /** Rejects nulls. */
  public ReadableRecordSet {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(json, "json");
  }
}
