package io.sentinelforge.eval.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import java.util.List;
import java.util.Map;

/** Types rows of JSON values by a schema into a table, reporting the first bad cell. */
final class JsonRows {

  private JsonRows() {}

  static Table toTable(
      List<? extends Map<String, JsonNode>> rows,
      List<Integer> lines,
      List<ColumnSchema> schema,
      boolean strict,
      String file)
      throws DataLoadException {
    RowsBuilder builder = new RowsBuilder(schema, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      appendRow(builder, rows.get(r), lines.get(r), strict, file);
    }
    return builder.build();
  }

  /** Types one row's cells into the builder and ends the row. */
  static void appendRow(
      RowsBuilder builder, Map<String, JsonNode> row, int line, boolean strict, String file)
      throws DataLoadException {
    for (Map.Entry<String, JsonNode> cell : row.entrySet()) {
      int index = builder.indexOf(cell.getKey());
      if (index < 0) {
        if (strict) {
          throw new DataLoadException(
              DataLoadException.UNKNOWN_COLUMN,
              "column '" + cell.getKey() + "' is not in the table's schema " + builder.names(),
              file,
              line,
              1);
        }
        continue;
      }
      ColumnSchema column = builder.column(index);
      try {
        builder.set(index, JsonCell.convert(cell.getValue(), column.type()));
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
}
