package io.sentinelforge.eval.scalar;

import io.sentinelforge.eval.value.ArrayValue;
import io.sentinelforge.eval.value.StringValue;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * KQL's string predicates. The non-{@code _cs} forms ignore case; operands that are not strings are
 * compared through their {@code tostring()} text.
 */
public final class StringOperators {

  private StringOperators() {}

  public static boolean contains(Value haystack, Value needle, boolean caseSensitive) {
    return text(haystack, caseSensitive).contains(text(needle, caseSensitive));
  }

  public static boolean startsWith(Value haystack, Value needle, boolean caseSensitive) {
    return text(haystack, caseSensitive).startsWith(text(needle, caseSensitive));
  }

  public static boolean endsWith(Value haystack, Value needle, boolean caseSensitive) {
    return text(haystack, caseSensitive).endsWith(text(needle, caseSensitive));
  }

  public static boolean has(Value haystack, Value needle, boolean caseSensitive) {
    return Terms.has(haystack.toKqlString(), needle.toKqlString(), caseSensitive);
  }

  public static boolean hasPrefix(Value haystack, Value needle, boolean caseSensitive) {
    return Terms.hasPrefix(haystack.toKqlString(), needle.toKqlString(), caseSensitive);
  }

  public static boolean hasSuffix(Value haystack, Value needle, boolean caseSensitive) {
    return Terms.hasSuffix(haystack.toKqlString(), needle.toKqlString(), caseSensitive);
  }

  /** {@code matches regex} (RE2 syntax). */
  public static boolean matchesRegex(Value haystack, Value pattern) {
    return Regexes.compile(pattern.toKqlString()).matcher(haystack.toKqlString()).find();
  }

  /** {@code in}/{@code in~}: equality with any element (arrays in the set are flattened). */
  public static boolean in(Value value, List<Value> set, boolean caseSensitive) {
    for (Value candidate : flatten(set)) {
      if (caseSensitive
          ? Values.isTrue(Comparison.equal(value, candidate))
          : Values.isTrue(Comparison.equalIgnoreCase(value, candidate))) {
        return true;
      }
    }
    return false;
  }

  /** {@code has_any}: some element is a whole term of the value. */
  public static boolean hasAny(Value value, List<Value> set) {
    for (Value candidate : flatten(set)) {
      if (has(value, candidate, false)) {
        return true;
      }
    }
    return false;
  }

  /** {@code has_all}: every element is a whole term of the value. */
  public static boolean hasAll(Value value, List<Value> set) {
    for (Value candidate : flatten(set)) {
      if (!has(value, candidate, false)) {
        return false;
      }
    }
    return true;
  }

  /** Elements of an operator's list, with dynamic arrays among them spread out. */
  public static List<Value> flatten(List<Value> set) {
    List<Value> out = new ArrayList<>();
    for (Value element : set) {
      if (element instanceof ArrayValue array) {
        out.addAll(flatten(array.elements()));
      } else {
        out.add(element);
      }
    }
    return out;
  }

  private static String text(Value value, boolean caseSensitive) {
    String text = value instanceof StringValue s ? s.value() : value.toKqlString();
    return caseSensitive ? text : Terms.fold(text);
  }
}
