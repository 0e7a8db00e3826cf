package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.scalar.StringOperators;
import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code has_ipv4}, {@code has_ipv4_prefix} and their {@code has_any_} forms: the text must contain
 * a valid IPv4 address delimited by characters that are neither alphanumeric nor dots.
 */
final class Ipv4TextSearch {

  private Ipv4TextSearch() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("has_ipv4", 2, a -> Values.of(addresses(text(a, 0)).contains(text(a, 1))));
    registry.fixed("has_ipv4_prefix", 2, a -> Values.of(hasPrefix(text(a, 0), List.of(a.get(1)))));
    registry.scalar(
        "has_any_ipv4",
        2,
        ScalarFunction.VARIADIC,
        (c, a) -> Values.of(hasAny(text(a, 0), a.subList(1, a.size()))));
    registry.scalar(
        "has_any_ipv4_prefix",
        2,
        ScalarFunction.VARIADIC,
        (c, a) -> Values.of(hasPrefix(text(a, 0), a.subList(1, a.size()))));
  }

  /** The valid, properly delimited IPv4 addresses in a text. */
  static List<String> addresses(String text) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isAddressChar(text.charAt(i)) || (i > 0 && isDelimiterBlocked(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && isAddressChar(text.charAt(end))) {
        end++;
      }
      boolean delimited = end == text.length() || !Character.isLetter(text.charAt(end));
      String candidate = text.substring(i, end);
      if (delimited && IpAddress.ipv4Bits(candidate) != null) {
        found.add(candidate);
      }
      i = end;
    }
    return found;
  }

  private static boolean isAddressChar(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }

  private static boolean isDelimiterBlocked(char c) {
    return Character.isLetterOrDigit(c) || c == '.';
  }

  private static boolean hasAny(String text, List<Value> candidates) {
    List<String> found = addresses(text);
    for (Value candidate : StringOperators.flatten(candidates)) {
      if (found.contains(candidate.toKqlString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPrefix(String text, List<Value> prefixes) {
    List<String> found = addresses(text);
    for (Value value : StringOperators.flatten(prefixes)) {
      String prefix = value.toKqlString();
      boolean wholeOctets = prefix.endsWith(".") || IpAddress.ipv4Bits(prefix) != null;
      for (String address : found) {
        if (wholeOctets
            && (address + ".").startsWith(prefix.endsWith(".") ? prefix : prefix + ".")) {
          return true;
        }
      }
    }
    return false;
  }
}
