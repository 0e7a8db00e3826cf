package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KQL {@code union}: rows of all inputs one after another. {@code kind=outer} (default) keeps every
 * column (null where an input lacks it); {@code kind=inner} only the columns all inputs have. A
 * name with different types in different inputs becomes one column per type, {@code name_type}.
 * {@code withsource=Col} adds the input's name as the first column.
 */
public final class TableUnion {

  private TableUnion() {}

  /** Unions {@code inputs}; {@code sourceNames} are used for {@code withsource} (may be null). */
  public static Table union(
      List<Table> inputs, List<String> sourceNames, boolean inner, String withSource) {
    List<ColumnSchema> schema = outputSchema(inputs, inner);
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
    for (ColumnSchema column : schema) {
      names.add(column.name());
      columns.add(concatenate(inputs, column, total));
    }
    return new Table(names, columns, total);
  }

  private static Column concatenate(List<Table> inputs, ColumnSchema column, int total) {
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

  private static int sourceIndex(Table input, ColumnSchema column) {
    for (int c = 0; c < input.names().size(); c++) {
      String name = input.names().get(c);
      KqlType type = input.columns().get(c).type();
      if (type == column.type()
          && (name.equals(column.name()) || (name + "_" + type.kqlName()).equals(column.name()))) {
        return c;
      }
    }
    return -1;
  }

  static List<ColumnSchema> outputSchema(List<Table> inputs, boolean inner) {
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
    List<ColumnSchema> schema = new ArrayList<>();
    typesByName.forEach(
        (name, types) -> {
          if (inner && presence.get(name) < inputs.size()) {
            return;
          }
          for (KqlType type : types) {
            schema.add(
                new ColumnSchema(types.size() == 1 ? name : name + "_" + type.kqlName(), type));
          }
        });
    return schema;
  }
}
