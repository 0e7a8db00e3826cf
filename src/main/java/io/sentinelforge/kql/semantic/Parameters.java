package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.OperatorParameter;
import java.util.List;
import java.util.Optional;

/** Reads operator parameters such as {@code kind=leftouter} or {@code withsource=TableName}. */
final class Parameters {

  private Parameters() {}

  /** The parameter's value as a word (a name, a string or a literal's text). */
  static Optional<String> word(List<OperatorParameter> parameters, String name) {
    for (OperatorParameter parameter : parameters) {
      if (parameter.name().equalsIgnoreCase(name)) {
        return Optional.of(text(parameter.value()));
      }
    }
    return Optional.empty();
  }

  static String text(Expression value) {
    if (value instanceof NameReference) {
      return ((NameReference) value).name();
    }
    if (value instanceof Literal) {
      Literal literal = (Literal) value;
      return literal.kind() == LiteralKind.STRING
          ? KqlStrings.value(literal.text())
          : literal.text();
    }
    return "";
  }
}
