package io.sentinelforge.verify.spec;

import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 CSV text into records: quoted fields, doubled quotes, CRLF or LF line ends. */
final class CsvText {

  private CsvText() {}

  /** The records of {@code text}; a blank line is skipped. Throws on an unterminated quote. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(records, record, field, fieldStarted);
        record = new ArrayList<>();
        fieldStarted = false;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    endRecord(records, record, field, fieldStarted);
    return records;
  }

  private static void endRecord(
      List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
    if (started || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    field.setLength(0);
  }
}
