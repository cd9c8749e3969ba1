package org.meetingpolicy.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test inputs written out in full: a roster, calendars built line by line, files on disk. */
final class Inputs {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static final String ROSTER_CSV =
      """
      id,name,email,position,department,clearance
      p-wang-wei,Wang Wei,wang.wei@example.com,MANAGER,sales,SECRET
      p-zhang-min,Zhang Min,zhang.min@example.com,SALES_STAFF,sales,SECRET
      p-li-na,Li Na,li.na@example.com,deputy_manager,sales,
      p-chen-jie,Chen Jie,chen.jie@example.com,SALES_STAFF,sales,INTERNAL
      p-huang-li,Huang Li,huang.li@example.com,DEPARTMENT_HEAD,marketing,CONFIDENTIAL
      """;

  private Inputs() {}

  static Roster roster() {
    try {
      return Roster.readCsv(new StringReader(ROSTER_CSV), "roster.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ImportException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }

  /** A VCALENDAR with this METHOD around the given lines, joined with CRLF. */
  static String calendar(String method, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("BEGIN:VCALENDAR");
    all.add("VERSION:2.0");
    all.add("PRODID:-//meeting-policy tests//EN");
    if (method != null) {
      all.add("METHOD:" + method);
    }
    all.addAll(List.of(lines));
    all.add("END:VCALENDAR");
    return String.join("\r\n", all) + "\r\n";
  }

  /** A REQUEST VEVENT of the weekly meeting, with these extra lines. */
  static String[] request(String uid, int sequence, String stamp, String start, String... extra) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VEVENT");
    lines.add("UID:" + uid);
    lines.add("SEQUENCE:" + sequence);
    lines.add("DTSTAMP:" + stamp);
    lines.add("DTSTART;TZID=Asia/Shanghai:" + start);
    lines.add("DTEND;TZID=Asia/Shanghai:" + start.substring(0, 9) + "16" + start.substring(11));
    lines.add("SUMMARY:Weekly sales meeting");
    lines.add("ORGANIZER;CN=Wang Wei:mailto:wang.wei@example.com");
    lines.add("ATTENDEE;CN=Li Na;ROLE=REQ-PARTICIPANT:mailto:li.na@example.com");
    lines.add("ATTENDEE;CN=Chen Jie;ROLE=OPT-PARTICIPANT:mailto:chen.jie@example.com");
    lines.addAll(List.of(extra));
    lines.add("END:VEVENT");
    return lines.toArray(String[]::new);
  }

  static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  static Path write(Path dir, String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }
}
