package io.sentinelforge.eval.load;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 CSV into records: quoted fields, doubled quotes, CRLF or LF line ends. */
final class CsvRecordReader {

  private final Reader reader;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int line = 1;
  private int recordLine = 1;
  private final StringBuilder field = new StringBuilder();

  CsvRecordReader(Reader reader) {
    this.reader = reader;
  }

  /** Line where the last returned record started. */
  int recordLine() {
    return recordLine;
  }

  /** The next record, or null at end of input. */
  List<String> next() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    field.setLength(0);
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (c < 0) {
        fields.add(field.toString());
        return fields;
      }
      if (quoted) {
        if (c == '"') {
          int following = peek();
          if (following == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    limit = reader.read(buffer, 0, buffer.length);
    position = 0;
    return limit > 0;
  }
}
