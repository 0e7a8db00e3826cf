package io.sentinelforge.eval.load;

import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads CSV with a header row. Cells are typed by the schema when given (a header name not in the
 * schema is an error), else each column's type is inferred from its text.
 */
final class CsvLoader {

  private CsvLoader() {}

  static Table load(Reader reader, String file, List<ColumnSchema> schema)
      throws DataLoadException {
    CsvRecordReader records = new CsvRecordReader(reader);
    try {
      List<String> header = records.next();
      if (header == null) {
        return Table.empty(schema == null ? List.of() : schema);
      }
      if (schema == null) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (List<String> row = records.next(); row != null; row = records.next()) {
          rows.add(row);
          lines.add(records.recordLine());
        }
        List<ColumnSchema> inferred = CsvTypes.infer(header, rows);
        RowsBuilder builder = new RowsBuilder(inferred, rows.size());
        int[] index = headerIndex(builder, header, file, false);
        for (int r = 0; r < rows.size(); r++) {
          appendRow(builder, index, rows.get(r), file, lines.get(r));
        }
        return builder.build();
      }
      RowsBuilder builder = new RowsBuilder(schema, 1024);
      int[] index = headerIndex(builder, header, file, true);
      for (List<String> row = records.next(); row != null; row = records.next()) {
        appendRow(builder, index, row, file, records.recordLine());
      }
      return builder.build();
    } catch (IOException unreadable) {
      throw new DataLoadException(
          DataLoadException.UNREADABLE, "cannot read: " + unreadable.getMessage(), file, 1, 1);
    }
  }

  private static int[] headerIndex(
      RowsBuilder builder, List<String> header, String file, boolean strict)
      throws DataLoadException {
    int[] index = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      index[i] = builder.indexOf(header.get(i).trim());
      if (index[i] < 0 && strict) {
        throw new DataLoadException(
            DataLoadException.UNKNOWN_COLUMN,
            "column '" + header.get(i) + "' is not in the table's schema " + builder.names(),
            file,
            1,
            1);
      }
    }
    return index;
  }

  private static void appendRow(
      RowsBuilder builder, int[] index, List<String> row, String file, int line)
      throws DataLoadException {
    if (row.size() == 1 && row.get(0).isEmpty()) {
      return;
    }
    if (row.size() != index.length) {
      throw new DataLoadException(
          DataLoadException.MALFORMED,
          "row has " + row.size() + " fields, the header has " + index.length,
          file,
          line,
          1);
    }
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0) {
        continue;
      }
      ColumnSchema column = builder.column(index[i]);
      try {
        builder.set(index[i], CellParser.parse(row.get(i), column.type()));
      } catch (IllegalArgumentException bad) {
        throw new DataLoadException(
            DataLoadException.BAD_VALUE,
            "column '" + column.name() + "' (" + column.type().kqlName() + "): " + bad.getMessage(),
            file,
            line,
            1);
      }
    }
    builder.endRow();
  }

  /** True when {@code type} accepts every non-empty text in column {@code i}. */
  static boolean fits(KqlType type, List<List<String>> rows, int i) {
    for (List<String> row : rows) {
      if (i >= row.size() || row.get(i).isBlank()) {
        continue;
      }
      try {
        CellParser.parse(row.get(i), type);
      } catch (RuntimeException no) {
        return false;
      }
    }
    return true;
  }
}
