package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.IndexAccess;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.TupleAssignments;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The columns of one print/extend/project/summarize-by item, spread when it returns several values
 * ({@link TupleAssignments}); names that do not match the values are reported (KQL205).
 */
final class TupleBinding {

  private TupleBinding() {}

  /** The item's parts; on a mismatch, the item alone (so it is still bound once). */
  static List<TupleAssignments.Part> expand(
      BindingContext context, Expression item, RowSchema row) {
    TupleAssignments.Expansion expansion =
        TupleAssignments.expand(item, argument -> isBoolean(argument, row));
    if (expansion.problem() == null) {
      return expansion.parts();
    }
    context.error(SemanticCodes.TUPLE_MISMATCH, expansion.problem(), item.span());
    return List.of(new TupleAssignments.Part(null, item, false));
  }

  /**
   * Binds a multi-valued item's call once and names its columns (each a dynamic array); a generated
   * name that {@code taken} holds gets a number appended.
   */
  static List<Column> spread(
      BindingContext context,
      List<TupleAssignments.Part> parts,
      RowSchema row,
      Collection<String> taken) {
    context.scalar(((IndexAccess) parts.get(0).value()).target(), row);
    List<String> names = new ArrayList<>(taken);
    List<Column> columns = new ArrayList<>();
    for (TupleAssignments.Part part : parts) {
      String name = part.generatedName() ? ColumnNames.unique(part.name(), names) : part.name();
      names.add(name);
      columns.add(new Column(name, ScalarType.DYNAMIC));
    }
    return columns;
  }

  private static boolean isBoolean(Expression argument, RowSchema row) {
    if (TupleAssignments.isBooleanLiteral(argument)) {
      return true;
    }
    return argument instanceof NameReference name
        && row.find(name.name()).map(column -> column.type() == ScalarType.BOOL).orElse(false);
  }
}
