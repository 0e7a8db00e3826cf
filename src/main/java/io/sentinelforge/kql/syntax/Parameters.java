package io.sentinelforge.kql.syntax;

import io.sentinelforge.kql.syntax.KqlGrammarParser.ParameterValueContext;

/**
 * Reads operator parameter values ({@code kind=inner}, {@code isfuzzy=true}, {@code hint.x=-1}).
 */
final class Parameters {

  private Parameters() {}

  static Expression value(ParameterValueContext context) {
    Span span = Spans.of(context);
    if (context.literal() != null) {
      return Literals.of(context.literal());
    }
    if (context.numberLiteral() != null) {
      Literal number = Literals.number(context.numberLiteral());
      return context.getChildCount() == 2 ? new UnaryExpression("-", number, span) : number;
    }
    return new NameReference(context.identifier().getText(), span);
  }
}
