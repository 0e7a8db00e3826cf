package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.UnionOperator;
import io.sentinelforge.kql.types.ScalarType;
import io.sentinelforge.kql.types.UnionColumnNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code union}: the columns of all legs by name, split into {@code Name_type} columns where the
 * legs disagree on the type ({@link UnionColumnNames}), the {@code withsource} column first; with
 * {@code isfuzzy=true} a missing table is not an error.
 */
final class UnionBinder {

  private final BindingContext context;
  private final RowSchema input;

  UnionBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema union(UnionOperator node) {
    boolean fuzzy =
        Parameters.word(node.parameters(), "isfuzzy").orElse("false").equalsIgnoreCase("true");
    List<RowSchema> legs = new ArrayList<>();
    if (input != null) {
      legs.add(input);
    }
    for (Expression table : node.tables()) {
      legs.add(fuzzy && isMissingTable(table) ? RowSchema.OPEN : context.tabular(table, null));
    }
    Map<String, Set<ScalarType>> types = new LinkedHashMap<>();
    boolean open = false;
    for (RowSchema leg : legs) {
      for (Column column : leg.columns()) {
        types.computeIfAbsent(column.name(), name -> new LinkedHashSet<>()).add(column.type());
      }
      open |= leg.open();
    }
    Map<String, ScalarType> columns = new LinkedHashMap<>();
    Parameters.word(node.parameters(), "withsource")
        .ifPresent(name -> columns.put(name, ScalarType.STRING));
    types.values().forEach(found -> found.remove(ScalarType.UNKNOWN));
    Map<String, List<String>> typeNames = new LinkedHashMap<>();
    types.forEach(
        (name, found) ->
            typeNames.put(
                name,
                found.isEmpty() ? List.of("") : found.stream().map(ScalarType::kqlName).toList()));
    Iterator<String> names = UnionColumnNames.assign(typeNames).iterator();
    types.forEach(
        (name, found) -> {
          if (found.isEmpty()) {
            columns.putIfAbsent(names.next(), ScalarType.UNKNOWN);
          }
          found.forEach(type -> columns.putIfAbsent(names.next(), type));
        });
    return SummarizeBinder.toSchema(columns, open);
  }

  private boolean isMissingTable(Expression table) {
    if (!(table instanceof NameReference)) {
      return false;
    }
    String name = ((NameReference) table).name();
    return context.scope.lookup(name).isEmpty()
        && context.catalog.table(name).isEmpty()
        && context.catalog.storedFunction(name).isEmpty();
  }
}
