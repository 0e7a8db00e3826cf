package io.sentinelforge.eval.expression;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import io.sentinelforge.kql.syntax.DynamicArray;
import io.sentinelforge.kql.syntax.DynamicNull;
import io.sentinelforge.kql.syntax.DynamicObject;
import io.sentinelforge.kql.syntax.DynamicProperty;
import io.sentinelforge.kql.syntax.DynamicScalar;
import io.sentinelforge.kql.syntax.DynamicValueVisitor;
import io.sentinelforge.kql.syntax.KqlStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the tree of a {@code dynamic(...)} literal into a dynamic value. */
final class DynamicLiterals implements DynamicValueVisitor<Value> {

  static final DynamicLiterals INSTANCE = new DynamicLiterals();

  @Override
  public Value visitDynamicArray(DynamicArray node) {
    List<Value> elements = new ArrayList<>();
    node.elements().forEach(element -> elements.add(element.accept(this)));
    return Values.array(elements);
  }

  @Override
  public Value visitDynamicObject(DynamicObject node) {
    Map<String, Value> properties = new LinkedHashMap<>();
    for (DynamicProperty property : node.properties()) {
      String key = property.key().text();
      String name =
          key.startsWith("\"") || key.startsWith("'") || key.startsWith("@")
              ? KqlStrings.value(key)
              : key;
      properties.put(name, property.value().accept(this));
    }
    return Values.bag(properties);
  }

  @Override
  public Value visitDynamicScalar(DynamicScalar node) {
    return LiteralValues.of(node.value());
  }

  @Override
  public Value visitDynamicNull(DynamicNull node) {
    return Values.NULL_DYNAMIC;
  }
}
