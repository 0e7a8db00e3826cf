package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.JoinOperator;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.PipeExpression;
import io.sentinelforge.kql.syntax.QueryOperatorExpression;
import io.sentinelforge.kql.syntax.SyntaxNode;
import io.sentinelforge.kql.syntax.WhereOperator;
import java.util.List;
import java.util.Set;

/**
 * {@code T | join kind=innerunique (U) on k | where P}, where {@code P} reads only T's columns: the
 * engine pushes {@code P} to the left side before it keeps one left row per key, so a row that
 * {@code P} selects is the one kept. The join-innerunique documentation states this (the filtered
 * query "will never give the first result"), so this evaluator does the same.
 */
final class InneruniqueFilterPushdown {

  /** Calls whose value depends on other rows: a filter using them is not moved. */
  private static final Set<String> ROW_DEPENDENT =
      Set.of(
          "row_number",
          "prev",
          "next",
          "row_cumsum",
          "row_window_session",
          "row_rank_min",
          "row_rank_dense",
          "toscalar");

  private InneruniqueFilterPushdown() {}

  /** The join's left input filtered first, or null when the pipe is not such a filter. */
  static Table leftInput(PipeExpression filtered, Table left, Environment environment) {
    WhereOperator where = (WhereOperator) filtered.operator();
    JoinOperator join = (JoinOperator) ((PipeExpression) filtered.source()).operator();
    if (join.where() != null
        || JoinStage.kind(join.parameters(), "kind", JoinKind.INNERUNIQUE) != JoinKind.INNERUNIQUE
        || !readsOnly(where.predicate(), left.names())) {
      return null;
    }
    return WhereStage.apply(left, where, environment);
  }

  /** Whether the pipe is {@code ... | join ... | where ...}. */
  static boolean applies(PipeExpression pipe) {
    return pipe.operator() instanceof WhereOperator
        && pipe.source() instanceof PipeExpression source
        && source.operator() instanceof JoinOperator;
  }

  private static boolean readsOnly(SyntaxNode node, List<String> columns) {
    if (node instanceof NameReference name) {
      return columns.contains(name.name());
    }
    if (node instanceof PipeExpression || node instanceof QueryOperatorExpression) {
      return false;
    }
    if (node instanceof FunctionCall call && ROW_DEPENDENT.contains(call.name())) {
      return false;
    }
    for (SyntaxNode child : node.children()) {
      if (!readsOnly(child, columns)) {
        return false;
      }
    }
    return true;
  }
}
