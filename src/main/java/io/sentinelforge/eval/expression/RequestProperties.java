package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.scalar.Arithmetic;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.syntax.Query;
import io.sentinelforge.kql.syntax.SetStatement;
import io.sentinelforge.kql.syntax.Statement;
import io.sentinelforge.kql.syntax.UnaryExpression;
import java.util.HashMap;
import java.util.Map;

/**
 * The request properties a query sets with {@code set name [= value];} statements: a literal value
 * as written, a bare word as its text, and no value as {@code true}. They apply to the whole query.
 */
public final class RequestProperties {

  private RequestProperties() {}

  /** The properties of the query's top-level {@code set} statements; a later one wins. */
  public static Map<String, Value> of(Query query) {
    Map<String, Value> properties = new HashMap<>();
    for (Statement statement : query.statements()) {
      if (statement instanceof SetStatement set) {
        properties.put(set.option(), valueOf(set));
      }
    }
    return properties;
  }

  private static Value valueOf(SetStatement set) {
    if (set.value() == null) {
      return Values.of(true);
    }
    if (set.value() instanceof Literal literal) {
      return LiteralValues.of(literal);
    }
    if (set.value() instanceof UnaryExpression negative
        && negative.operand() instanceof Literal number) {
      return Arithmetic.negate(LiteralValues.of(number));
    }
    return Values.of(((NameReference) set.value()).name());
  }
}
