package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.JoinOperator;
import io.sentinelforge.kql.syntax.LookupOperator;
import io.sentinelforge.kql.syntax.NameReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code join} and {@code lookup}: the right side is bound on its own, the {@code on} keys must
 * exist on both sides, and the output holds the sides the join kind keeps, with right-side
 * duplicates renamed {@code Name1}.
 */
final class JoinBinder {

  private final BindingContext context;
  private final RowSchema left;

  JoinBinder(BindingContext context, RowSchema left) {
    this.context = context;
    this.left = left;
  }

  RowSchema join(JoinOperator node) {
    RowSchema right = context.tabular(node.right(), null);
    bindKeys(node.on(), right);
    if (node.where() != null) {
      context.scalar(node.where(), new RowContext(left, left, right));
    }
    String kind =
        Parameters.word(node.parameters(), "kind").orElse("innerunique").toLowerCase(Locale.ROOT);
    if (kind.startsWith("leftanti") || kind.equals("leftsemi") || kind.equals("anti")) {
      return left;
    }
    if (kind.startsWith("rightanti") || kind.equals("rightsemi")) {
      return right;
    }
    return merge(right, Set.of());
  }

  RowSchema lookup(LookupOperator node) {
    RowSchema right = context.tabular(node.right(), null);
    Set<String> keys = bindKeys(node.on(), right);
    return merge(right, keys);
  }

  /** Checks the keys; returns the names of keys given as one name on both sides. */
  private Set<String> bindKeys(List<Expression> on, RowSchema right) {
    Set<String> shared = new HashSet<>();
    for (Expression key : on) {
      if (key instanceof NameReference) {
        NameReference name = (NameReference) key;
        checkSide(name, left, "left");
        checkSide(name, right, "right");
        shared.add(name.name());
      } else {
        context.scalar(key, new RowContext(left, left, right));
      }
    }
    return shared;
  }

  private void checkSide(NameReference key, RowSchema side, String sideName) {
    if (side.open() || side.find(key.name()).isPresent()) {
      return;
    }
    String message = "join key '" + key.name() + "' is not a column of the " + sideName + " side";
    Optional<String> suggestion = NameSuggestions.closest(key.name(), side.names());
    if (suggestion.isPresent()) {
      message += "; did you mean '" + suggestion.get() + "'?";
    }
    context.error(SemanticCodes.UNKNOWN_COLUMN, message, key.span());
  }

  private RowSchema merge(RowSchema right, Set<String> dropFromRight) {
    List<Column> columns = new ArrayList<>(left.columns());
    Set<String> taken = new HashSet<>(left.names());
    for (Column column : right.columns()) {
      if (dropFromRight.contains(column.name())) {
        continue;
      }
      String name = ColumnNames.unique(column.name(), taken);
      taken.add(name);
      columns.add(new Column(name, column.type()));
    }
    return new RowSchema(columns, left.open() || right.open());
  }
}
