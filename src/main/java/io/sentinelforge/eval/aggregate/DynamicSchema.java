package io.sentinelforge.eval.aggregate;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.BagValue;
import io.sentinelforge.eval.value.KqlType;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest schema that admits a set of dynamic values, as {@code buildschema} prints it: a
 * scalar is its type name ({@code "long"}, {@code "double"}, {@code "string"}…), a property bag is
 * a container of its properties' schemas, an array is a container whose {@code `indexer`} property
 * is the schema of its elements, and several alternatives are a JSON array in order of first
 * appearance. Nulls admit anything and add nothing.
 */
final class DynamicSchema {

  static final String INDEXER = "`indexer`";

  // Alternatives in order of first appearance: type names, and the one container (slot null).
  private final Set<String> alternatives = new LinkedHashSet<>();
  private Map<String, DynamicSchema> container;

  /** Widens the schema to admit the value. */
  void admit(Value value) {
    if (value.isNull()) {
      return;
    }
    if (value instanceof BagValue bag) {
      Map<String, DynamicSchema> properties = container();
      for (Map.Entry<String, Value> property : bag.properties().entrySet()) {
        if (!property.getValue().isNull()) {
          properties
              .computeIfAbsent(property.getKey(), k -> new DynamicSchema())
              .admit(property.getValue());
        }
      }
    } else if (value instanceof ArrayValue array) {
      DynamicSchema elements = container().computeIfAbsent(INDEXER, k -> new DynamicSchema());
      array.elements().forEach(elements::admit);
    } else {
      alternatives.add(typeName(value.type()));
    }
  }

  /** The schema as a dynamic value, or dynamic null when nothing was admitted. */
  Value toValue() {
    List<Value> rendered = new ArrayList<>();
    for (String alternative : alternatives) {
      rendered.add(alternative == null ? renderContainer() : Values.of(alternative));
    }
    if (rendered.isEmpty()) {
      return Values.NULL_DYNAMIC;
    }
    return rendered.size() == 1 ? rendered.get(0) : Values.array(rendered);
  }

  private Map<String, DynamicSchema> container() {
    if (container == null) {
      container = new LinkedHashMap<>();
      alternatives.add(null);
    }
    return container;
  }

  private Value renderContainer() {
    Map<String, Value> properties = new LinkedHashMap<>();
    container.forEach((name, schema) -> properties.put(name, schema.toValue()));
    return Values.bag(properties);
  }

  /** Type names as the reference prints them (C# keywords: {@code double}, not {@code real}). */
  private static String typeName(KqlType type) {
    return type == KqlType.REAL ? "double" : type.kqlName();
  }
}
