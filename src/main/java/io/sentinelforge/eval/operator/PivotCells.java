package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of {@code summarize aggregation by keys…, pivot} into the pivot table. A row
 * without a value for some pivot column gets what the reference pages show: 0 for {@code count()}
 * and {@code sum()}, null for {@code max()}; for other aggregations that case is unsupported.
 */
final class PivotCells {

  private PivotCells() {}

  static Table reshape(Table grouped, int keyCount, String aggregation) {
    Column pivot = grouped.columns().get(keyCount);
    Column cells = grouped.columns().get(keyCount + 1);
    Map<List<Object>, Integer> rowOfKey = new LinkedHashMap<>();
    Map<String, Integer> columnOfValue = new LinkedHashMap<>();
    Map<Long, Integer> cellRow = new HashMap<>();
    List<Integer> firstRows = new ArrayList<>();
    for (int r = 0; r < grouped.rowCount(); r++) {
      List<Object> key = new ArrayList<>();
      for (int k = 0; k < keyCount; k++) {
        key.add(grouped.columns().get(k).get(r));
      }
      int row = rowOfKey.computeIfAbsent(key, k -> rowOfKey.size());
      if (row == firstRows.size()) {
        firstRows.add(r);
      }
      String name = PivotPlugin.columnName(CellValues.get(pivot, r));
      if (name.isEmpty() || grouped.names().subList(0, keyCount).contains(name)) {
        throw new UnsupportedFeatureException(
            "pivot", "pivot: a pivot value that is empty or names a key column is not supported");
      }
      int column = columnOfValue.computeIfAbsent(name, n -> columnOfValue.size());
      cellRow.put(((long) row << 32) | column, r);
    }
    List<String> names = new ArrayList<>(grouped.names().subList(0, keyCount));
    List<Column> columns = new ArrayList<>();
    int[] first = firstRows.stream().mapToInt(Integer::intValue).toArray();
    for (int k = 0; k < keyCount; k++) {
      columns.add(grouped.columns().get(k).select(first, first.length));
    }
    for (Map.Entry<String, Integer> value : columnOfValue.entrySet()) {
      names.add(value.getKey());
      ColumnBuilder builder = new ColumnBuilder(cells.type(), first.length);
      for (int row = 0; row < first.length; row++) {
        Integer source = cellRow.get(((long) row << 32) | value.getValue());
        CellValues.append(
            builder,
            source != null ? CellValues.get(cells, source) : missing(aggregation, cells.type()));
      }
      columns.add(builder.build());
    }
    return new Table(names, columns, first.length);
  }

  private static Value zero(KqlType type, String aggregation) {
    switch (type) {
      case INT:
        return Values.ofInt(0);
      case LONG:
        return Values.of(0L);
      case REAL:
        return Values.of(0.0);
      case DECIMAL:
        return Values.of(java.math.BigDecimal.ZERO);
      case TIMESPAN:
        return Values.timespan(0);
      default:
        throw new UnsupportedFeatureException(
            "pivot " + aggregation, "pivot: an empty " + aggregation + "() cell of " + type);
    }
  }

  /** The value of a cell no input row contributes to. */
  static Value missing(String aggregation, KqlType type) {
    switch (aggregation) {
      case "count":
      case "sum":
        return zero(type, aggregation);
      case "max":
        return Values.nullOf(type);
      default:
        throw new UnsupportedFeatureException(
            "pivot " + aggregation,
            "pivot: the value of an empty "
                + aggregation
                + "() cell is not documented, so this result is not given");
    }
  }
}
