package io.sentinelforge.eval.operator;

import io.sentinelforge.eval.EvaluationException;
import io.sentinelforge.eval.expression.Binding;
import io.sentinelforge.eval.expression.Environment;
import io.sentinelforge.eval.table.Table;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.OperatorParameter;
import io.sentinelforge.kql.syntax.UnionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code union [kind=inner|outer] [withsource=Col] [isfuzzy=true] T1, T2*}: the piped input (if
 * any) first, then each table; a name with {@code *} matches database tables. With {@code
 * isfuzzy=true} a missing table is skipped instead of failing.
 */
final class UnionStage {

  private UnionStage() {}

  static Table apply(Table input, UnionOperator node, Environment environment) {
    boolean inner = false;
    boolean fuzzy = false;
    String withSource = null;
    for (OperatorParameter parameter : node.parameters()) {
      String value =
          parameter.value() instanceof NameReference name
              ? name.name()
              : parameter.value().toString();
      switch (parameter.name().toLowerCase(java.util.Locale.ROOT)) {
        case "kind":
          inner = value.equalsIgnoreCase("inner");
          break;
        case "withsource":
          withSource = value;
          break;
        case "isfuzzy":
          fuzzy = value.equalsIgnoreCase("true");
          break;
        default:
          break;
      }
    }
    List<Table> tables = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    if (input != null) {
      tables.add(input);
      sources.add(asName(input, environment));
    }
    for (Expression expression : node.tables()) {
      addTables(expression, environment, fuzzy, tables, sources);
    }
    return TableUnion.union(tables, sources, inner, withSource);
  }

  /** The name a union input is known by: a table name, an {@code as} name, else its position. */
  private static String sourceName(Expression expression, int position) {
    Expression current = expression;
    while (current instanceof io.sentinelforge.kql.syntax.ParenthesizedExpression parenthesized) {
      current = parenthesized.expression();
    }
    if (current instanceof NameReference name) {
      return name.name();
    }
    if (current instanceof io.sentinelforge.kql.syntax.PipeExpression pipe
        && pipe.operator() instanceof io.sentinelforge.kql.syntax.AsOperator as) {
      return as.name();
    }
    return "union_arg" + position;
  }

  /** The {@code as} name bound to exactly this piped table, if any. */
  private static String asName(Table input, Environment environment) {
    for (String name : environment.scope().names()) {
      if (environment.scope().lookup(name) instanceof Binding.Tabular tabular
          && tabular.peek() == input) {
        return name;
      }
    }
    return "union_arg0";
  }

  private static void addTables(
      Expression expression,
      Environment environment,
      boolean fuzzy,
      List<Table> tables,
      List<String> sources) {
    if (expression instanceof NameReference name && name.name().contains("*")) {
      TreeSet<String> candidates = new TreeSet<>(environment.context().tables().keySet());
      for (String bound : environment.scope().names()) {
        Binding binding = environment.scope().lookup(bound);
        if (binding instanceof Binding.Tabular
            || (binding instanceof Binding.Function f && f.definition().parameters().isEmpty())) {
          candidates.add(bound);
        }
      }
      for (String table : candidates) {
        if (NamePatterns.matches(name.name(), table)) {
          tables.add(TabularEvaluator.named(table, environment));
          sources.add(table);
        }
      }
      return;
    }
    try {
      tables.add(environment.table(expression));
      sources.add(sourceName(expression, sources.size()));
    } catch (EvaluationException missing) {
      if (!fuzzy) {
        throw missing;
      }
    }
  }
}
