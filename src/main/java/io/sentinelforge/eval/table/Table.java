package io.sentinelforge.eval.table;

import java.util.ArrayList;
import java.util.List;

/** An immutable, column-oriented tabular result: named, typed columns of equal length. */
public record Table(List<String> names, List<Column> columns, int rowCount) {

  /** Copies the lists and checks that names and columns line up. */
  public Table {
    names = List.copyOf(names);
    columns = List.copyOf(columns);
    if (names.size() != columns.size()) {
      throw new IllegalArgumentException("names and columns differ in number");
    }
    for (Column column : columns) {
      if (column.size() != rowCount) {
        throw new IllegalArgumentException("column size " + column.size() + " != " + rowCount);
      }
    }
  }

  /** A table with no rows and the given schema. */
  public static Table empty(List<ColumnSchema> schema) {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (ColumnSchema column : schema) {
      names.add(column.name());
      columns.add(new ColumnBuilder(column.type(), 0).build());
    }
    return new Table(names, columns, 0);
  }

  /** Index of the column called {@code name}, or -1. */
  public int indexOf(String name) {
    return names.indexOf(name);
  }

  /** The column called {@code name}, or null. */
  public Column column(String name) {
    int index = indexOf(name);
    return index < 0 ? null : columns.get(index);
  }

  /** Names and types of the columns. */
  public List<ColumnSchema> schema() {
    List<ColumnSchema> schema = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      schema.add(new ColumnSchema(names.get(i), columns.get(i).type()));
    }
    return schema;
  }

  /** The rows at {@code rows[0..count)} in that order (a negative index gives an all-null row). */
  public Table select(int[] rows, int count) {
    List<Column> selected = new ArrayList<>(columns.size());
    for (Column column : columns) {
      selected.add(column.select(rows, count));
    }
    return new Table(names, selected, count);
  }

  /** This table with every lazily computed column computed now (errors surface here). */
  public Table resolved() {
    List<Column> computed = new ArrayList<>(columns.size());
    for (Column column : columns) {
      computed.add(column instanceof LazyColumn lazy ? lazy.resolved() : column);
    }
    return new Table(names, computed, rowCount);
  }

  /** One row as Java objects, in column order. */
  public List<Object> row(int row) {
    List<Object> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      cells.add(column.get(row));
    }
    return cells;
  }
}
