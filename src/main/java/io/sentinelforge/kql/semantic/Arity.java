package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.FunctionCall;

/** The argument-count check shared by built-in, user and content functions. */
final class Arity {

  private Arity() {}

  /** Reports a wrong argument count; true when the count is acceptable. */
  static boolean check(BindingContext context, FunctionCall call, int min, int max) {
    int count = call.arguments().size();
    if (count >= min && count <= max) {
      return true;
    }
    String expected =
        min == max
            ? min + (min == 1 ? " argument" : " arguments")
            : max >= io.sentinelforge.kql.schema.FunctionSignature.REPEAT_LIMIT && max > 1000
                ? "at least " + min + (min == 1 ? " argument" : " arguments")
                : "between " + min + " and " + max + " arguments";
    context.error(
        SemanticCodes.WRONG_ARITY,
        "function '" + call.name() + "' expects " + expected + ", got " + count,
        call.span());
    return false;
  }
}
