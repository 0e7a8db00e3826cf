package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.TupleAssignments;
import java.util.ArrayList;
import java.util.List;

/** The output columns of list items that may return several values ({@code (a, b) = f(...)}). */
final class TupleColumns {

  private TupleColumns() {}

  /** Every item's parts, in order; a mismatch of names and values is an evaluation error. */
  static List<TupleAssignments.Part> expand(List<Expression> items, Table input) {
    List<TupleAssignments.Part> parts = new ArrayList<>();
    for (Expression item : items) {
      TupleAssignments.Expansion expansion =
          TupleAssignments.expand(item, argument -> isBoolean(argument, input));
      if (expansion.problem() != null) {
        throw new EvaluationException(expansion.problem());
      }
      if (item instanceof NamedExpression named
          && named.names().size() > 1
          && TupleAssignments.isOtherMultiValued(named.value())) {
        String function = ((FunctionCall) named.value()).name();
        throw new UnsupportedFeatureException(
            function, "'" + function + "' with several named results is not supported");
      }
      parts.addAll(expansion.parts());
    }
    return parts;
  }

  private static boolean isBoolean(Expression argument, Table input) {
    if (TupleAssignments.isBooleanLiteral(argument)) {
      return true;
    }
    if (argument instanceof NameReference name && input != null) {
      Column column = input.column(name.name());
      return column != null && column.type() == KqlType.BOOL;
    }
    return false;
  }
}
