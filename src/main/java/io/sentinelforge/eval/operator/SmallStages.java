package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.expression.UserFunctions;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.ColumnBuilder;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.AsOperator;
import io.sentinelforge.kql.syntax.DistinctOperator;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.InvokeOperator;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.syntax.TakeOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line operators: {@code take}, {@code distinct}, {@code count}, {@code as}, {@code
 * getschema}, {@code invoke}.
 */
final class SmallStages {

  private SmallStages() {}

  static Table take(Table input, TakeOperator node, Environment environment) {
    long count = constantLong(node.count(), environment);
    int kept = (int) Math.max(0, Math.min(count, input.rowCount()));
    int[] rows = new int[kept];
    for (int i = 0; i < kept; i++) {
      rows[i] = i;
    }
    return kept == input.rowCount() ? input : input.select(rows, kept);
  }

  static Table distinct(Table input, DistinctOperator node, Environment environment) {
    List<String> names = new ArrayList<>();
    for (Expression column : node.columns()) {
      if (column instanceof StarExpression) {
        return DistinctRows.distinct(input, List.of());
      }
      if (!(column instanceof NameReference name) || input.indexOf(name.name()) < 0) {
        throw new EvaluationException("distinct takes column names");
      }
      names.add(name.name());
    }
    return DistinctRows.distinct(input, names);
  }

  static Table count(Table input) {
    ColumnBuilder count = new ColumnBuilder(KqlType.LONG, 1);
    count.appendLong(input.rowCount());
    return new Table(List.of("Count"), List.of(count.build()), 1);
  }

  static Table as(Table input, AsOperator node, Environment environment) {
    environment.scope().bind(node.name(), new Binding.Tabular(() -> input));
    return input;
  }

  static Table getSchema(Table input) {
    ColumnBuilder names = new ColumnBuilder(KqlType.STRING, input.names().size());
    ColumnBuilder ordinals = new ColumnBuilder(KqlType.INT, input.names().size());
    ColumnBuilder dataTypes = new ColumnBuilder(KqlType.STRING, input.names().size());
    ColumnBuilder columnTypes = new ColumnBuilder(KqlType.STRING, input.names().size());
    for (int c = 0; c < input.names().size(); c++) {
      KqlType type = input.columns().get(c).type();
      names.append(input.names().get(c));
      ordinals.append(c);
      dataTypes.append(DotNetTypes.of(type));
      columnTypes.append(type.kqlName());
    }
    return new Table(
        List.of("ColumnName", "ColumnOrdinal", "DataType", "ColumnType"),
        List.of(names.build(), ordinals.build(), dataTypes.build(), columnTypes.build()),
        input.names().size());
  }

  static Table invoke(Table input, InvokeOperator node, Environment environment) {
    if (!(node.function() instanceof FunctionCall call)
        || !(environment.scope().lookup(call.name()) instanceof Binding.Function function)) {
      throw new io.sentinelforge.eval.UnsupportedFeatureException(
          "invoke", "invoke supports functions defined with let in the query");
    }
    return UserFunctions.callTabular(environment, function, call.arguments(), input);
  }

  /** A constant integer argument such as take's count. */
  static long constantLong(Expression expression, Environment environment) {
    Table oneRow = Table.empty(List.of()).select(new int[1], 1);
    Value value = CellValues.get(environment.column(oneRow, expression), 0);
    Object cell = CellValues.cell(value);
    if (!(cell instanceof Number number)) {
      throw new EvaluationException("expected a number, got " + value.toKqlString());
    }
    return number.longValue();
  }
}
