package io.sentinelforge.eval.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Structural JSON equality where numbers compare by value and key order does not matter. */
final class JsonEquality {

  private JsonEquality() {}

  static boolean equal(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          || Math.abs(expected.doubleValue() - actual.doubleValue())
              <= 1e-9 * Math.max(1.0, Math.abs(actual.doubleValue()));
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!equal(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isObject() && actual.isObject()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!equal(field.getValue(), actual.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return expected.equals(actual);
  }
}
