package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.load.DataLoadException;
import io.sentinelforge.eval.load.TableLoader;
import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.scalar.Comparison;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.ColumnSchema;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Conversions;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.ColumnDeclaration;
import io.sentinelforge.kql.syntax.DataTableOperator;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.ExternalDataOperator;
import io.sentinelforge.kql.syntax.PrintOperator;
import io.sentinelforge.kql.syntax.RangeOperator;
import io.sentinelforge.kql.syntax.TupleAssignments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators that start a query: {@code print}, {@code range}, {@code datatable}, {@code
 * externaldata}.
 */
final class SourceStages {

  private SourceStages() {}

  private static Table oneRow() {
    return Table.empty(List.of()).select(new int[1], 1);
  }

  static Table print(PrintOperator node, Environment environment) {
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    Table row = oneRow();
    for (int i = 0; i < node.columns().size(); i++) {
      // An unnamed column is numbered by its place in the list (print_2), as Kusto does.
      for (TupleAssignments.Part part : TupleColumns.expand(List.of(node.columns().get(i)), row)) {
        String name = part.name() != null ? part.name() : "print_" + i;
        names.add(ColumnNames.unique(name, names));
        columns.add(materialize(environment.column(row, part.value())));
      }
    }
    return new Table(names, columns, 1);
  }

  static Table range(RangeOperator node, Environment environment) {
    Table row = oneRow();
    Value from = CellValues.get(environment.column(row, node.from()), 0);
    Value to = CellValues.get(environment.column(row, node.to()), 0);
    Value step = CellValues.get(environment.column(row, node.step()), 0);
    ColumnBuilder values = new ColumnBuilder(from.type(), 16);
    Value zero = Arithmetic.subtract(step, step);
    boolean ascending = Values.isTrue(Comparison.greater(step, zero));
    if (!ascending && !Values.isTrue(Comparison.less(step, zero))) {
      throw new EvaluationException("range step must not be zero");
    }
    long produced = 0;
    for (Value current = from;
        Values.isTrue(
            ascending
                ? Comparison.lessOrEqual(current, to)
                : Comparison.greaterOrEqual(current, to));
        current = Arithmetic.add(current, step)) {
      if (++produced % 65_536 == 0) {
        environment.context().budget().checkOutput("range", produced, 1);
      }
      CellValues.append(values, current);
    }
    Column column = values.build();
    return new Table(List.of(node.column()), List.of(column), column.size());
  }

  static Table datatable(DataTableOperator node, Environment environment) {
    List<ColumnDeclaration> declarations = node.columns();
    if (declarations.isEmpty() || node.values().size() % declarations.size() != 0) {
      throw new EvaluationException("datatable values do not fill whole rows");
    }
    int rows = node.values().size() / declarations.size();
    List<ColumnBuilder> builders = new ArrayList<>();
    for (ColumnDeclaration declaration : declarations) {
      builders.add(new ColumnBuilder(type(declaration), rows));
    }
    Table row = oneRow();
    for (int i = 0; i < node.values().size(); i++) {
      ColumnBuilder builder = builders.get(i % declarations.size());
      Value value = CellValues.get(environment.column(row, node.values().get(i)), 0);
      CellValues.append(builder, convert(value, builder.type()));
    }
    List<String> names = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < declarations.size(); c++) {
      names.add(declarations.get(c).name());
      columns.add(builders.get(c).build());
    }
    return new Table(names, columns, rows);
  }

  static Table externalData(ExternalDataOperator node, Environment environment) {
    List<ColumnSchema> schema = new ArrayList<>();
    for (ColumnDeclaration declaration : node.columns()) {
      schema.add(new ColumnSchema(declaration.name(), type(declaration)));
    }
    List<Table> parts = new ArrayList<>();
    Table row = oneRow();
    for (Expression uri : node.uris()) {
      String url = CellValues.get(environment.column(row, uri), 0).toKqlString();
      Path file = environment.context().fixtures().externalData().get(url);
      if (file == null) {
        throw new EvaluationException(
            "no local file for externaldata URL " + url + " (give it as a fixture)");
      }
      parts.add(loadFixture(file, schema));
    }
    return TableUnion.union(parts, null, false, null);
  }

  /** Loads a fixture file, turning a load problem into an evaluation error. */
  static Table loadFixture(Path file, List<ColumnSchema> schema) {
    try {
      return TableLoader.load(file, schema);
    } catch (DataLoadException bad) {
      throw new EvaluationException(bad.diagnostic().format());
    }
  }

  static KqlType type(ColumnDeclaration declaration) {
    return KqlType.fromName(declaration.type())
        .orElseThrow(() -> new EvaluationException("unknown type '" + declaration.type() + "'"));
  }

  /** A value converted to a column type, as datatable and typed parsing do. */
  static Value convert(Value value, KqlType type) {
    if (value.type() == type || (type == KqlType.DYNAMIC && !value.isNull())) {
      return value;
    }
    if (value.isNull()) {
      return Values.nullOf(type);
    }
    return Conversions.to(type, value);
  }

  private static Column materialize(Column column) {
    ColumnBuilder builder = new ColumnBuilder(column.type(), 1);
    builder.appendFrom(column, 0);
    return builder.build();
  }
}
