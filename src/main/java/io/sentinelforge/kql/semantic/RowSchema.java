package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the rows flowing between two pipe stages. An open schema (after {@code
 * bag_unpack}, {@code pivot}, an unknown table, ...) may hold more columns than it lists, so an
 * unlisted name is not an error there.
 *
 * @param columns the known columns, in order
 * @param open true when other, unknown columns may exist
 */
public record RowSchema(List<Column> columns, boolean open) {

  /** An open schema with no known columns. */
  public static final RowSchema OPEN = new RowSchema(List.of(), true);

  /** Copies the column list. */
  public RowSchema {
    columns = List.copyOf(columns);
  }

  /** A closed schema of these columns. */
  public static RowSchema of(List<Column> columns) {
    return new RowSchema(columns, false);
  }

  /** The column with this exact name. */
  public Optional<Column> find(String name) {
    for (Column column : columns) {
      if (column.name().equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** The column names in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    columns.forEach(column -> names.add(column.name()));
    return names;
  }

  /** This schema with the column set: replaced in place when present, else appended. */
  public RowSchema with(String name, ScalarType type) {
    List<Column> result = new ArrayList<>(columns);
    Column column = new Column(name, type);
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).name().equals(name)) {
        result.set(i, column);
        return new RowSchema(result, open);
      }
    }
    result.add(column);
    return new RowSchema(result, open);
  }

  /** The same columns, marked open. */
  public RowSchema opened() {
    return new RowSchema(columns, true);
  }
}
