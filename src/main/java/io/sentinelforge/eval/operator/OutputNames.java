package io.sentinelforge.eval.operator;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.IndexAccess;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PropertyAccess;
import java.util.Set;

/**
 * Column names KQL gives unnamed expressions: a column keeps its name, {@code a.b} and {@code
 * a["b"]} become {@code a_b}, and a few value-preserving functions ({@code bin}, {@code tostring}…)
 * take their first argument's name; anything else gets a positional name chosen by the caller.
 */
final class OutputNames {

  private static final Set<String> PASS_THROUGH =
      Set.of(
          "bin",
          "floor",
          "tostring",
          "tolower",
          "toupper",
          "todatetime",
          "tolong",
          "toint",
          "todouble",
          "toreal",
          "tobool",
          "toguid",
          "totimespan",
          "todynamic",
          "bin_at",
          "bin_auto",
          "trim");

  private OutputNames() {}

  /** The derived name, or null when KQL would number the column. */
  static String derive(Expression expression) {
    if (expression instanceof NameReference name) {
      return name.name();
    }
    if (expression instanceof ParenthesizedExpression parenthesized) {
      return derive(parenthesized.expression());
    }
    if (expression instanceof PropertyAccess property) {
      String target = derive(property.target());
      return target == null ? null : target + "_" + property.name();
    }
    if (expression instanceof IndexAccess index && index.index() instanceof Literal key) {
      String target = derive(index.target());
      String text = key.text().replace("\"", "").replace("'", "");
      return target == null ? null : target + "_" + text;
    }
    if (expression instanceof FunctionCall call
        && PASS_THROUGH.contains(call.name())
        && !call.arguments().isEmpty()) {
      return derive(call.arguments().get(0));
    }
    return null;
  }
}
