package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.OperatorParameter;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PropertyAccess;
import java.util.ArrayList;
import java.util.List;

/** {@code join kind=… (right) on keys}: resolves the kind (default innerunique) and key columns. */
final class JoinStage {

  private JoinStage() {}

  static Table apply(
      Table left, io.sentinelforge.kql.syntax.JoinOperator node, Environment environment) {
    if (node.where() != null) {
      throw new UnsupportedFeatureException("join where", "join ... where is not supported");
    }
    JoinKind kind = kind(node.parameters(), "kind", JoinKind.INNERUNIQUE);
    Table right = environment.table(node.right());
    Keys keys = keys(left, right, node.on());
    return HashJoin.join(
        left, right, kind, keys.left(), keys.right(), environment.context().budget());
  }

  static JoinKind kind(
      List<OperatorParameter> parameters, String parameterName, JoinKind fallback) {
    for (OperatorParameter parameter : parameters) {
      if (parameter.name().equalsIgnoreCase(parameterName)) {
        if (!(parameter.value() instanceof NameReference name)) {
          throw new EvaluationException("join kind must be a name");
        }
        return JoinKind.parse(name.name())
            .orElseThrow(
                () ->
                    new UnsupportedFeatureException(
                        name.name(), "join kind '" + name.name() + "' is not supported"));
      }
    }
    return fallback;
  }

  /** Key columns of both sides, and the right-side names used as keys. */
  record Keys(
      List<Column> left, List<Column> right, List<String> rightNames, List<String> leftNames) {}

  static Keys keys(Table left, Table right, List<Expression> on) {
    List<Column> leftKeys = new ArrayList<>();
    List<Column> rightKeys = new ArrayList<>();
    List<String> rightNames = new ArrayList<>();
    List<String> leftNames = new ArrayList<>();
    for (Expression condition : on) {
      Expression unwrapped =
          condition instanceof ParenthesizedExpression p ? p.expression() : condition;
      String leftName;
      String rightName;
      if (unwrapped instanceof NameReference name) {
        leftName = name.name();
        rightName = name.name();
      } else if (unwrapped instanceof BinaryExpression equality
          && equality.operator().equals("==")) {
        String[] sides = sides(equality);
        leftName = sides[0];
        rightName = sides[1];
      } else {
        throw new UnsupportedFeatureException(
            "join on", "join keys must be columns or $left.a == $right.b");
      }
      leftKeys.add(require(left, leftName, "left"));
      rightKeys.add(require(right, rightName, "right"));
      leftNames.add(leftName);
      rightNames.add(rightName);
    }
    if (leftKeys.isEmpty()) {
      throw new EvaluationException("join needs at least one key");
    }
    return new Keys(leftKeys, rightKeys, rightNames, leftNames);
  }

  private static String[] sides(BinaryExpression equality) {
    String[] first = side(equality.left());
    String[] second = side(equality.right());
    if (first[0].equals("$left") && second[0].equals("$right")) {
      return new String[] {first[1], second[1]};
    }
    if (first[0].equals("$right") && second[0].equals("$left")) {
      return new String[] {second[1], first[1]};
    }
    throw new UnsupportedFeatureException(
        "join on", "join conditions must compare $left.a with $right.b");
  }

  private static String[] side(Expression expression) {
    if (expression instanceof PropertyAccess access
        && access.target() instanceof NameReference target) {
      return new String[] {target.name(), access.name()};
    }
    throw new UnsupportedFeatureException(
        "join on", "join conditions must compare $left.a with $right.b");
  }

  private static Column require(Table table, String name, String side) {
    Column column = table.column(name);
    if (column == null) {
      throw new EvaluationException(
          "join key '" + name + "' is not a column of the " + side + " side");
    }
    return column;
  }
}
