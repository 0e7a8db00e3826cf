package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.table.Column;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.NamedExpression;
import io.sentinelforge.kql.syntax.ProjectAwayOperator;
import io.sentinelforge.kql.syntax.ProjectKeepOperator;
import io.sentinelforge.kql.syntax.ProjectRenameOperator;
import io.sentinelforge.kql.syntax.ProjectReorderOperator;
import io.sentinelforge.kql.syntax.SortExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The name-only projections: {@code project-away}, {@code project-keep}, {@code project-rename},
 * {@code project-reorder}.
 */
final class ProjectNamesStage {

  private ProjectNamesStage() {}

  static Table away(Table input, ProjectAwayOperator node) {
    List<String> removed = NamePatterns.select(input.names(), patterns(node.columns()));
    List<String> kept = new ArrayList<>(input.names());
    kept.removeAll(removed);
    return columns(input, kept);
  }

  static Table keep(Table input, ProjectKeepOperator node) {
    return columns(input, NamePatterns.select(input.names(), patterns(node.columns())));
  }

  static Table rename(Table input, ProjectRenameOperator node) {
    List<String> names = new ArrayList<>(input.names());
    for (NamedExpression rename : node.renames()) {
      if (!(rename.value() instanceof NameReference old) || names.indexOf(old.name()) < 0) {
        throw new EvaluationException(
            "project-rename needs an existing column on the right of '='");
      }
      names.set(names.indexOf(old.name()), rename.names().get(0));
    }
    return new Table(names, input.columns(), input.rowCount());
  }

  static Table reorder(Table input, ProjectReorderOperator node) {
    List<String> ordered = new ArrayList<>();
    for (SortExpression item : node.columns()) {
      List<String> matched =
          NamePatterns.select(input.names(), patterns(List.of(item.expression())));
      matched.removeAll(ordered);
      if (item.direction() != null) {
        Comparator<String> byName = Comparator.naturalOrder();
        matched.sort(
            item.direction().toLowerCase(java.util.Locale.ROOT).startsWith("desc")
                ? byName.reversed()
                : byName);
      }
      ordered.addAll(matched);
    }
    for (String name : input.names()) {
      if (!ordered.contains(name)) {
        ordered.add(name);
      }
    }
    return columns(input, ordered);
  }

  private static List<String> patterns(List<Expression> expressions) {
    List<String> patterns = new ArrayList<>();
    for (Expression expression : expressions) {
      if (!(expression instanceof NameReference name)) {
        throw new EvaluationException("expected a column name or pattern");
      }
      patterns.add(name.name());
    }
    return patterns;
  }

  private static Table columns(Table input, List<String> names) {
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(input.column(name));
    }
    return new Table(names, columns, input.rowCount());
  }
}
