package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.BinaryExpression;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.Span;
import io.sentinelforge.kql.types.ScalarType;
import io.sentinelforge.kql.types.TypeRules;
import java.util.Optional;
import java.util.Set;

/**
 * Types of binary operators and the operand checks KQL makes (checked against Microsoft's
 * analyzer): ordering needs comparable operands, string operators need strings, {@code and}/{@code
 * or} need booleans, arithmetic follows {@link TypeRules}. Equality accepts any pair, as KQL does.
 */
final class OperatorTyping {

  private static final Set<String> ORDERING = Set.of("<", ">", "<=", ">=");
  private static final Set<String> EQUALITY = Set.of("==", "!=", "<>", "=");
  private static final Set<String> LOGICAL = Set.of("and", "or");
  private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");
  private static final Set<String> STRING_IN =
      Set.of("in~", "!in~", "has_any", "has_all", "has_any_cs", "has_all_cs");

  private OperatorTyping() {}

  static ScalarType binary(
      BindingContext context, BinaryExpression node, ScalarType left, ScalarType right) {
    String operator = node.operator();
    if (EQUALITY.contains(operator)) {
      return ScalarType.BOOL;
    }
    if (ORDERING.contains(operator)) {
      checkOrderable(context, operator, node.span(), left, right);
      return ScalarType.BOOL;
    }
    if (LOGICAL.contains(operator)) {
      if (!isBoolean(left) || !isBoolean(right)) {
        mismatch(context, operator, node.span(), left, right);
      }
      return ScalarType.BOOL;
    }
    if (ARITHMETIC.contains(operator)) {
      Optional<ScalarType> result = TypeRules.arithmetic(operator.charAt(0), left, right);
      if (result.isEmpty()) {
        mismatch(context, operator, node.span(), left, right);
        return ScalarType.UNKNOWN;
      }
      return result.get();
    }
    // Every other binary operator is a string operator: has, contains, startswith, =~, matches
    // regex...
    if (!TypeRules.stringOperand(left) || !TypeRules.stringOperand(right)) {
      mismatch(context, operator, node.span(), left, right);
    }
    return ScalarType.BOOL;
  }

  private static boolean isBoolean(ScalarType type) {
    return type == ScalarType.BOOL || type.isOpen();
  }

  static void checkOrderable(
      BindingContext context, String operator, Span span, ScalarType left, ScalarType right) {
    if (!TypeRules.orderable(left, right)) {
      mismatch(context, operator, span, left, right);
    }
  }

  /** {@code in~}, {@code has_any} and {@code has_all} compare strings. */
  static void checkStringOperand(
      BindingContext context, String operator, Expression left, ScalarType type) {
    if (STRING_IN.contains(operator) && !TypeRules.stringOperand(type)) {
      context.error(
          SemanticCodes.OPERAND_TYPE_MISMATCH,
          "operator '" + operator + "' needs a string on its left, found " + type,
          left.span());
    }
  }

  private static void mismatch(
      BindingContext context, String operator, Span span, ScalarType left, ScalarType right) {
    context.error(
        SemanticCodes.OPERAND_TYPE_MISMATCH,
        "operator '" + operator + "' is not defined for " + left + " and " + right,
        span);
  }
}
