package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * KQL's binary and list operators by their token as written in a query ({@code ==}, {@code =~},
 * {@code has}, {@code !contains_cs}, {@code matches regex}, {@code in~}, {@code between}…), so the
 * interpreter maps an AST operator to behaviour with one lookup.
 */
public final class ScalarOperators {

  private static final Map<String, BinaryOperator<Value>> BINARY = new HashMap<>();

  static {
    BINARY.put("+", Arithmetic::add);
    BINARY.put("-", Arithmetic::subtract);
    BINARY.put("*", Arithmetic::multiply);
    BINARY.put("/", Arithmetic::divide);
    BINARY.put("%", Arithmetic::modulo);
    BINARY.put("==", Comparison::equal);
    BINARY.put("!=", Comparison::notEqual);
    BINARY.put("<>", Comparison::notEqual);
    BINARY.put("<", Comparison::less);
    BINARY.put("<=", Comparison::lessOrEqual);
    BINARY.put(">", Comparison::greater);
    BINARY.put(">=", Comparison::greaterOrEqual);
    BINARY.put("=~", Comparison::equalIgnoreCase);
    BINARY.put("!~", Comparison::notEqualIgnoreCase);
    BINARY.put("and", Logic::and);
    BINARY.put("or", Logic::or);
    BINARY.put("matches regex", (l, r) -> Values.of(StringOperators.matchesRegex(l, r)));
    predicate("contains", StringOperators::contains);
    predicate("startswith", StringOperators::startsWith);
    predicate("endswith", StringOperators::endsWith);
    predicate("has", StringOperators::has);
    predicate("hasprefix", StringOperators::hasPrefix);
    predicate("hassuffix", StringOperators::hasSuffix);
  }

  private ScalarOperators() {}

  /** A string predicate taking (haystack, needle, caseSensitive). */
  private interface StringPredicate {
    boolean test(Value haystack, Value needle, boolean caseSensitive);
  }

  private static void predicate(String name, StringPredicate test) {
    BINARY.put(name, (l, r) -> Values.of(test.test(l, r, false)));
    BINARY.put("!" + name, (l, r) -> Values.of(!test.test(l, r, false)));
    BINARY.put(name + "_cs", (l, r) -> Values.of(test.test(l, r, true)));
    BINARY.put("!" + name + "_cs", (l, r) -> Values.of(!test.test(l, r, true)));
  }

  /** The binary operator for a token, if it is one. */
  public static Optional<BinaryOperator<Value>> binary(String token) {
    return Optional.ofNullable(BINARY.get(normalize(token)));
  }

  /** Applies a binary operator; an unknown token is {@link UnsupportedFeatureException}. */
  public static Value apply(String token, Value left, Value right) {
    BinaryOperator<Value> operator = BINARY.get(normalize(token));
    if (operator == null) {
      throw new UnsupportedFeatureException(token, "operator '" + token + "' is not supported");
    }
    return operator.apply(left, right);
  }

  /**
   * Applies a list operator: {@code in}, {@code !in}, {@code in~}, {@code !in~}, {@code has_any},
   * {@code has_all}, {@code between} and {@code !between} (whose list is [low, high]).
   */
  public static Value applyList(String token, Value left, List<Value> list) {
    switch (normalize(token)) {
      case "in":
        return Values.of(StringOperators.in(left, list, true));
      case "!in":
        return Values.of(!StringOperators.in(left, list, true));
      case "in~":
        return Values.of(StringOperators.in(left, list, false));
      case "!in~":
        return Values.of(!StringOperators.in(left, list, false));
      case "has_any":
        return Values.of(StringOperators.hasAny(left, list));
      case "has_all":
        return Values.of(StringOperators.hasAll(left, list));
      case "between":
        return Ranges.between(left, list.get(0), list.get(1));
      case "!between":
        return Logic.not(Ranges.between(left, list.get(0), list.get(1)));
      default:
        throw new UnsupportedFeatureException(token, "operator '" + token + "' is not supported");
    }
  }

  private static String normalize(String token) {
    return token.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
