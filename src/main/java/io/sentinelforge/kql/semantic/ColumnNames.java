package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.IndexAccess;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.ParenthesizedExpression;
import io.sentinelforge.kql.syntax.PropertyAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names KQL gives to unnamed result columns: a column keeps its name, a property path {@code
 * d.a.b} becomes {@code d_a_b}, a scalar call is named after its first argument ({@code
 * bin(TimeGenerated, 1h)} → {@code TimeGenerated}), an aggregate after itself and its argument
 * ({@code count()} → {@code count_}, {@code dcount(User)} → {@code dcount_User}); duplicates get a
 * number ({@code count_1}).
 */
final class ColumnNames {

  private ColumnNames() {}

  private static final Map<String, String> AGGREGATE_PREFIXES =
      Map.of(
          "make_list",
          "list",
          "make_list_if",
          "list",
          "makelist",
          "list",
          "make_list_with_nulls",
          "list",
          "make_set",
          "set",
          "make_set_if",
          "set",
          "makeset",
          "set",
          "make_bag",
          "bag",
          "make_bag_if",
          "bag");

  /** The name an unnamed scalar expression's column gets, if KQL derives one. */
  static Optional<String> derive(Expression expression) {
    List<String> names = candidates(expression);
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
  }

  /**
   * The names KQL may give an unnamed expression's column, most likely first. KQL names a call
   * after its column argument ({@code tostring(User)} gives {@code User}) or with the function as
   * prefix ({@code strlen(User)} gives {@code strlen_User}) depending on the function, so both are
   * kept: a column is then never reported missing because of a naming rule we do not model.
   */
  static List<String> candidates(Expression expression) {
    if (expression instanceof NameReference) {
      return List.of(((NameReference) expression).name());
    }
    if (expression instanceof ParenthesizedExpression) {
      return candidates(((ParenthesizedExpression) expression).expression());
    }
    if (expression instanceof PropertyAccess) {
      PropertyAccess access = (PropertyAccess) expression;
      return suffixed(candidates(access.target()), access.name());
    }
    if (expression instanceof IndexAccess) {
      IndexAccess access = (IndexAccess) expression;
      Optional<String> key = indexKey(access.index());
      return key.isEmpty() ? List.of() : suffixed(candidates(access.target()), key.get());
    }
    if (expression instanceof FunctionCall) {
      FunctionCall call = (FunctionCall) expression;
      for (Expression argument : call.arguments()) {
        List<String> inner = candidates(argument);
        if (!inner.isEmpty()) {
          return List.of(inner.get(0), call.name() + "_" + inner.get(0));
        }
      }
    }
    return List.of();
  }

  private static List<String> suffixed(List<String> targets, String suffix) {
    List<String> names = new ArrayList<>();
    targets.forEach(target -> names.add(target + "_" + suffix));
    return names;
  }

  /**
   * The names of an unnamed aggregate's column, e.g. {@code count_}, {@code dcount_User}, {@code
   * set_User}.
   */
  static List<String> aggregateCandidates(FunctionCall call) {
    String prefix = AGGREGATE_PREFIXES.getOrDefault(call.name(), call.name());
    List<String> inner =
        call.arguments().isEmpty() ? List.of() : candidates(call.arguments().get(0));
    if (inner.isEmpty()) {
      return List.of(prefix + "_");
    }
    return suffixed(inner, "").stream()
        .map(name -> prefix + "_" + name.substring(0, name.length() - 1))
        .collect(java.util.stream.Collectors.toList());
  }

  private static Optional<String> indexKey(Expression index) {
    if (index instanceof Literal) {
      Literal literal = (Literal) index;
      if (literal.kind() == LiteralKind.STRING) {
        return Optional.of(KqlStrings.value(literal.text()));
      }
      return Optional.of(literal.text());
    }
    return Optional.empty();
  }

  /** The most likely column name of an unnamed aggregate. */
  static String aggregate(FunctionCall call) {
    return aggregateCandidates(call).get(0);
  }

  /** {@code name}, or {@code name1}, {@code name2}... when taken. */
  static String unique(String name, Collection<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    for (int i = 1; ; i++) {
      String candidate = name + i;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
