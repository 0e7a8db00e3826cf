package io.sentinelforge.eval.operator;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.PropertyAccess;
import io.sentinelforge.kql.syntax.StarExpression;
import io.sentinelforge.kql.syntax.SyntaxNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record columns ({@code Col}) and step columns ({@code step.Col}) a scan expression reads, so
 * that each evaluation builds only those; null when the expression may read any column.
 *
 * @param columns indexes of record columns read by name
 * @param stepColumns pairs {step index, column index} read as {@code step.Col}
 */
record ScanReads(int[] columns, int[][] stepColumns) {

  private static final Set<String> READS_EVERY_COLUMN =
      Set.of("pack_all", "column_ifexists", "bag_pack_columns", "hash_many");

  /** Whether {@code step.Col} for this step and column is read. */
  boolean readsStepColumn(int step, int column) {
    for (int[] pair : stepColumns) {
      if (pair[0] == step && pair[1] == column) {
        return true;
      }
    }
    return false;
  }

  /** What {@code expression} reads, or null when that cannot be told from its names. */
  static ScanReads of(Expression expression, List<String> names, List<String> steps) {
    Set<Integer> columns = new LinkedHashSet<>();
    List<int[]> stepColumns = new ArrayList<>();
    List<SyntaxNode> pending = new ArrayList<>(List.of(expression));
    while (!pending.isEmpty()) {
      SyntaxNode node = pending.remove(pending.size() - 1);
      if (node instanceof StarExpression
          || node instanceof FunctionCall call && READS_EVERY_COLUMN.contains(call.name())) {
        return null;
      }
      if (node instanceof PropertyAccess access
          && access.target() instanceof NameReference step
          && steps.contains(step.name())
          && names.contains(access.name())) {
        stepColumns.add(new int[] {steps.indexOf(step.name()), names.indexOf(access.name())});
        continue;
      }
      if (node instanceof NameReference name && names.contains(name.name())) {
        columns.add(names.indexOf(name.name()));
      }
      pending.addAll(node.children());
    }
    return new ScanReads(
        columns.stream().mapToInt(Integer::intValue).toArray(), stepColumns.toArray(new int[0][]));
  }
}
