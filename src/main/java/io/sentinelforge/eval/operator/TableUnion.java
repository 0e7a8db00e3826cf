package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.types.UnionColumnNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KQL {@code union}: rows of all inputs one after another. {@code kind=outer} (default) keeps every
 * column (null where an input lacks it); {@code kind=inner} only the columns all inputs have. A
 * name with different types in different inputs becomes one column per type, {@code name_type}
 * (numbered when that name is taken, see {@link UnionColumnNames}). {@code withsource=Col} adds the
 * input's name as the first column.
 */
public final class TableUnion {

  private TableUnion() {}

  /** Unions {@code inputs}; {@code sourceNames} are used for {@code withsource} (may be null). */
  public static Table union(
      List<Table> inputs, List<String> sourceNames, boolean inner, String withSource) {
    List<UnionColumn> schema = outputSchema(inputs, inner);
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    int total = 0;
    for (Table input : inputs) {
      total += input.rowCount();
    }
    if (withSource != null) {
      ColumnBuilder source = new ColumnBuilder(KqlType.STRING, total);
      for (int t = 0; t < inputs.size(); t++) {
        for (int r = 0; r < inputs.get(t).rowCount(); r++) {
          source.append(sourceNames.get(t));
        }
      }
      names.add(withSource);
      columns.add(source.build());
    }
    for (UnionColumn column : schema) {
      names.add(column.name());
      columns.add(concatenate(inputs, column, total));
    }
    return new Table(names, columns, total);
  }

  private static Column concatenate(List<Table> inputs, UnionColumn column, int total) {
    ColumnBuilder builder = new ColumnBuilder(column.type(), total);
    for (Table input : inputs) {
      int index = sourceIndex(input, column);
      for (int r = 0; r < input.rowCount(); r++) {
        if (index < 0) {
          builder.appendNull();
        } else {
          builder.appendFrom(input.columns().get(index), r);
        }
      }
    }
    return builder.build();
  }

  private static int sourceIndex(Table input, UnionColumn column) {
    int index = input.indexOf(column.source());
    return index >= 0 && input.columns().get(index).type() == column.type() ? index : -1;
  }

  /** An output column: its name, the input column name it takes rows from, and its type. */
  record UnionColumn(String name, String source, KqlType type) {}

  static List<UnionColumn> outputSchema(List<Table> inputs, boolean inner) {
    Map<String, List<KqlType>> typesByName = new LinkedHashMap<>();
    Map<String, Integer> presence = new LinkedHashMap<>();
    for (Table input : inputs) {
      for (ColumnSchema column : input.schema()) {
        List<KqlType> types = typesByName.computeIfAbsent(column.name(), n -> new ArrayList<>());
        if (!types.contains(column.type())) {
          types.add(column.type());
        }
        presence.merge(column.name(), 1, Integer::sum);
      }
    }
    if (inner) {
      typesByName.keySet().removeIf(name -> presence.get(name) < inputs.size());
    }
    Map<String, List<String>> typeNames = new LinkedHashMap<>();
    typesByName.forEach(
        (name, types) -> typeNames.put(name, types.stream().map(KqlType::kqlName).toList()));
    Iterator<String> names = UnionColumnNames.assign(typeNames).iterator();
    List<UnionColumn> schema = new ArrayList<>();
    typesByName.forEach(
        (name, types) ->
            types.forEach(type -> schema.add(new UnionColumn(names.next(), name, type))));
    return schema;
  }
}
