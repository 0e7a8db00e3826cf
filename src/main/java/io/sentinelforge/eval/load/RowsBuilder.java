package io.sentinelforge.eval.load;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects typed rows whose cells arrive by column name; cells not given in a row are null. */
final class RowsBuilder {

  private final List<ColumnSchema> schema;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final ColumnBuilder[] builders;
  private final boolean[] setInRow;
  private int rows;
  private static final int MAX_POOL = 100_000;
  private final Map<Integer, Map<String, String>> pools = new HashMap<>();

  RowsBuilder(List<ColumnSchema> schema, int capacity) {
    this.schema = List.copyOf(schema);
    this.builders = new ColumnBuilder[schema.size()];
    this.setInRow = new boolean[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      indexByName.put(schema.get(i).name(), i);
      builders[i] = new ColumnBuilder(schema.get(i).type(), capacity);
    }
  }

  /** Column index of {@code name}, or -1. */
  int indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
  }

  /** The column names as {@code (A, B, C)} for messages. */
  String names() {
    StringBuilder text = new StringBuilder("(");
    for (ColumnSchema column : schema) {
      text.append(text.length() > 1 ? ", " : "").append(column.name());
    }
    return text.append(')').toString();
  }

  ColumnSchema column(int index) {
    return schema.get(index);
  }

  /** Sets a cell of the current row; a second value for the same column replaces nothing. */
  void set(int index, Object cell) {
    if (setInRow[index]) {
      return;
    }
    setInRow[index] = true;
    builders[index].append(cell instanceof String text ? intern(index, text) : cell);
  }

  /** Ends the current row, filling unset cells with null. */
  void endRow() {
    for (int i = 0; i < builders.length; i++) {
      if (!setInRow[i]) {
        builders[i].appendNull();
      }
      setInRow[i] = false;
    }
    rows++;
  }

  /**
   * One shared instance per distinct string of a column while the column has few distinct values
   * (logs repeat app names, result codes…): less memory, and equality often hits identity.
   */
  private String intern(int index, String text) {
    Map<String, String> pool = pools.computeIfAbsent(index, i -> new HashMap<>());
    if (pool.size() >= MAX_POOL) {
      return text;
    }
    String shared = pool.putIfAbsent(text, text);
    return shared == null ? text : shared;
  }

  Table build() {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < builders.length; i++) {
      names.add(schema.get(i).name());
      columns.add(builders[i].build());
    }
    return new Table(names, columns, rows);
  }
}
