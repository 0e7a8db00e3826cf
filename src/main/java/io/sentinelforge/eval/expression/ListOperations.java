package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.scalar.ScalarOperators;
import io.sentinelforge.eval.table.CellValues;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.ConstantColumn;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.kql.syntax.BetweenExpression;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.InExpression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * List operators ({@code in}, {@code !in}, {@code in~}, {@code has_any}, {@code has_all}) whose
 * right side may mix scalars, dynamic arrays and a tabular subquery (its first column), and {@code
 * between}.
 */
final class ListOperations {

  private ListOperations() {}

  static Column in(ColumnEvaluator evaluator, InExpression node) {
    Column left = evaluator.evaluate(node.left());
    List<Column> items = new ArrayList<>();
    boolean constantList = true;
    for (Expression item : node.values()) {
      if (isTabular(item) || namesTable(evaluator, item)) {
        Table table = evaluator.environment().table(item);
        if (!table.columns().isEmpty()) {
          Column first = table.columns().get(0);
          for (int r = 0; r < table.rowCount(); r++) {
            items.add(ValueColumns.constant(CellValues.get(first, r), evaluator.rows()));
          }
        }
        continue;
      }
      Column column = evaluator.evaluate(item);
      constantList &= column instanceof ConstantColumn;
      items.add(column);
    }
    String operator = node.operator().trim();
    if (constantList) {
      List<Value> list = new ArrayList<>();
      for (Column item : items) {
        list.add(CellValues.get(item, 0));
      }
      return RowWise.map(
          List.of(left),
          values -> ScalarOperators.applyList(operator, values.get(0), list),
          null,
          evaluator.rows());
    }
    List<Column> arguments = new ArrayList<>();
    arguments.add(left);
    arguments.addAll(items);
    return RowWise.map(
        arguments,
        values ->
            ScalarOperators.applyList(operator, values.get(0), values.subList(1, values.size())),
        null,
        evaluator.rows());
  }

  static Column between(ColumnEvaluator evaluator, BetweenExpression node) {
    List<Column> arguments =
        List.of(
            evaluator.evaluate(node.left()),
            evaluator.evaluate(node.low()),
            evaluator.evaluate(node.high()));
    String operator = node.negated() ? "!between" : "between";
    return RowWise.map(
        arguments,
        values -> ScalarOperators.applyList(operator, values.get(0), values.subList(1, 3)),
        null,
        evaluator.rows());
  }

  /** A one-cell table used as a scalar ({@code toscalar} semantics: first row, first column). */
  static Column scalarOfTable(ColumnEvaluator evaluator, Table table) {
    if (table.columns().isEmpty()) {
      throw new EvaluationException("a table without columns used as a value");
    }
    Column first = table.columns().get(0);
    Value value =
        table.rowCount() == 0
            ? io.sentinelforge.eval.value.Values.nullOf(first.type())
            : CellValues.get(first, 0);
    return ValueColumns.constant(value, evaluator.rows());
  }

  /** {@code x in (T)} where T is a tabular {@code let} (and no column of that name shadows it). */
  private static boolean namesTable(ColumnEvaluator evaluator, Expression expression) {
    if (expression instanceof ParenthesizedExpression parenthesized) {
      return namesTable(evaluator, parenthesized.expression());
    }
    return expression instanceof NameReference name
        && evaluator.input().column(name.name()) == null
        && evaluator.environment().scope().lookup(name.name()) instanceof Binding.Tabular;
  }

  static boolean isTabular(Expression expression) {
    if (expression instanceof ParenthesizedExpression parenthesized) {
      return isTabular(parenthesized.expression());
    }
    return expression instanceof PipeExpression || expression instanceof QueryOperatorExpression;
  }
}
