package io.sentinelforge.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sentinelforge.eval.table.CellText;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Json;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a result table as aligned text, JSON (array of row objects) or CSV (RFC 4180). */
public final class ResultWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultWriter() {}

  /** The table in {@code format}: {@code table}, {@code json} or {@code csv}. */
  public static String write(Table table, String format) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json":
        return json(table);
      case "csv":
        return csv(table);
      default:
        return text(table);
    }
  }

  private static String text(Table table) {
    int columns = table.names().size();
    int[] widths = new int[columns];
    List<String[]> rows = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      widths[c] = table.names().get(c).length();
    }
    for (int r = 0; r < table.rowCount(); r++) {
      String[] row = new String[columns];
      for (int c = 0; c < columns; c++) {
        row[c] = CellText.of(table.columns().get(c), r);
        widths[c] = Math.max(widths[c], row[c].length());
      }
      rows.add(row);
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, table.names().toArray(new String[0]), widths);
    String[] rule = new String[columns];
    for (int c = 0; c < columns; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    appendLine(out, rule, widths);
    rows.forEach(row -> appendLine(out, row, widths));
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
    for (int c = 0; c < cells.length; c++) {
      out.append(c > 0 ? "  " : "").append(cells[c]);
      if (c < cells.length - 1) {
        out.append(" ".repeat(widths[c] - cells[c].length()));
      }
    }
    out.append('\n');
  }

  private static String json(Table table) {
    ArrayNode rows = JSON.createArrayNode();
    for (int r = 0; r < table.rowCount(); r++) {
      ObjectNode row = rows.addObject();
      for (int c = 0; c < table.names().size(); c++) {
        row.set(table.names().get(c), jsonCell(table.columns().get(c), r));
      }
    }
    return rows.toPrettyString() + "\n";
  }

  private static JsonNode jsonCell(Column column, int row) {
    if (column.isNull(row)) {
      return JSON.getNodeFactory().nullNode();
    }
    KqlType type = column.type();
    switch (type) {
      case BOOL:
        return JSON.getNodeFactory().booleanNode(column.getLong(row) != 0);
      case INT:
      case LONG:
        return JSON.getNodeFactory().numberNode(column.getLong(row));
      case REAL:
        double value = column.getDouble(row);
        return Double.isFinite(value)
            ? JSON.getNodeFactory().numberNode(value)
            : JSON.getNodeFactory().textNode(CellText.of(column, row));
      case DYNAMIC:
        try {
          return JSON.readTree(Json.write((Value) column.get(row)));
        } catch (IOException notJson) {
          return JSON.getNodeFactory().textNode(CellText.of(column, row));
        }
      default:
        return JSON.getNodeFactory().textNode(CellText.of(column, row));
    }
  }

  private static String csv(Table table) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(table.names());
    csvLine(out, header);
    for (int r = 0; r < table.rowCount(); r++) {
      List<String> cells = new ArrayList<>();
      for (Column column : table.columns()) {
        cells.add(CellText.of(column, r));
      }
      csvLine(out, cells);
    }
    return out.toString();
  }

  private static void csvLine(StringBuilder out, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean quote =
          cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
      out.append(c > 0 ? "," : "").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    out.append('\n');
  }
}
