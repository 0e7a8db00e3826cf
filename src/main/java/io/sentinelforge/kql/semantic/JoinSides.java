package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.syntax.PropertyAccess;
import io.sentinelforge.kql.types.ScalarType;
import java.util.Optional;

/** Resolves {@code $left.Column} and {@code $right.Column} in join and lookup conditions. */
final class JoinSides {

  private JoinSides() {}

  static ScalarType resolve(
      BindingContext context, RowContext rows, String side, PropertyAccess node) {
    RowSchema schema = side.equals("$left") ? rows.left() : rows.right();
    if (schema == null) {
      return ScalarType.UNKNOWN;
    }
    Optional<Column> column = schema.find(node.name());
    if (column.isPresent()) {
      return column.get().type();
    }
    if (!schema.open()) {
      String message = "unknown column '" + node.name() + "' on the " + side.substring(1) + " side";
      Optional<String> suggestion = NameSuggestions.closest(node.name(), schema.names());
      if (suggestion.isPresent()) {
        message += "; did you mean '" + suggestion.get() + "'?";
      }
      context.error(SemanticCodes.UNKNOWN_COLUMN, message, node.span());
    }
    return ScalarType.UNKNOWN;
  }
}
