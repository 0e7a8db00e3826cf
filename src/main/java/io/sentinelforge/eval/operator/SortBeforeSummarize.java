package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.SortOperator;
import io.sentinelforge.kql.syntax.SummarizeOperator;
import io.sentinelforge.kql.syntax.SyntaxNode;
import java.util.Set;

/**
 * {@code T | sort by … | summarize …} whose aggregates all ignore row order: the engine does not
 * sort before such a summarize. Only make_set's element order could show the difference, and KQL
 * leaves it undefined (unlike make_list's, which tracks sorted input); the engine's documented
 * output (graph-blast-radius-fl) lists make_set_if in the data's order although the function sorts
 * first, so this evaluator skips that sort too. Any order-sensitive aggregate (make_list, arg_max,
 * take_any, make_bag…) keeps the sort.
 */
final class SortBeforeSummarize {

  private static final Set<String> ORDER_INSENSITIVE =
      Set.of(
          "count",
          "countif",
          "dcount",
          "dcountif",
          "sum",
          "sumif",
          "min",
          "max",
          "minif",
          "maxif",
          "avg",
          "avgif",
          "make_set",
          "make_set_if",
          "makeset");

  private SortBeforeSummarize() {}

  /** Whether {@code pipe} is a summarize right after a sort that it does not need. */
  static boolean applies(PipeExpression pipe, Environment environment) {
    return pipe.operator() instanceof SummarizeOperator summarize
        && pipe.source() instanceof PipeExpression source
        && source.operator() instanceof SortOperator
        && summarize.aggregates().stream().allMatch(node -> ignoresOrder(node, environment));
  }

  private static boolean ignoresOrder(SyntaxNode node, Environment environment) {
    if (node instanceof FunctionCall call
        && environment.scope().lookup(call.name()) == null
        && environment.context().registry().aggregate(call.name()).isPresent()
        && !ORDER_INSENSITIVE.contains(call.name())) {
      return false;
    }
    for (SyntaxNode child : node.children()) {
      if (!ignoresOrder(child, environment)) {
        return false;
      }
    }
    return true;
  }
}
