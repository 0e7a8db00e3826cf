package io.sentinelforge.eval.function;

import static io.sentinelforge.eval.function.Arguments.text;

import io.sentinelforge.eval.value.Value;
import io.sentinelforge.eval.value.Values;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code url_encode}, {@code url_decode}, {@code parse_url}, {@code parse_urlquery}. */
final class UrlFunctions {

  // A fixed internal pattern for URL structure (RFC 3986 appendix B shape), not a user regex.
  private static final Pattern URL =
      Pattern.compile(
          "^([a-zA-Z][a-zA-Z0-9+.-]*)://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?#]*)(?::(\\d+))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$");

  private UrlFunctions() {}

  static void register(FunctionRegistry.Builder registry) {
    registry.fixed("url_encode", 1, a -> Values.of(encode(text(a, 0), true)));
    registry.fixed("url_encode_component", 1, a -> Values.of(encode(text(a, 0), false)));
    registry.fixed("url_decode", 1, a -> decode(text(a, 0)));
    registry.fixed("parse_url", 1, a -> parseUrl(text(a, 0)));
    registry.alias("parseurl", "parse_url");
    registry.fixed(
        "parse_urlquery", 1, a -> Values.bag(Map.of("Query Parameters", query(text(a, 0)))));
  }

  /** .NET HttpUtility style: unreserved {@code A-Za-z0-9-_.!*()} kept, lowercase hex escapes. */
  static String encode(String text, boolean spaceAsPlus) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-_.!*()".indexOf(c) >= 0) {
        out.append(c);
      } else if (c == ' ' && spaceAsPlus) {
        out.append('+');
      } else {
        out.append('%').append(String.format("%02x", b & 0xFF));
      }
    }
    return out.toString();
  }

  private static Value decode(String text) {
    try {
      return Values.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Values.EMPTY_STRING;
    }
  }

  private static Value parseUrl(String text) {
    Matcher m = URL.matcher(text.trim());
    if (!m.matches()) {
      return Values.bag(Map.of());
    }
    Map<String, Value> parts = new LinkedHashMap<>();
    parts.put("Scheme", Values.of(m.group(1)));
    parts.put("Host", Values.of(orEmpty(m.group(4))));
    parts.put("Port", Values.of(orEmpty(m.group(5))));
    parts.put("Path", Values.of(orEmpty(m.group(6))));
    parts.put("Username", Values.of(orEmpty(m.group(2))));
    parts.put("Password", Values.of(orEmpty(m.group(3))));
    parts.put("Query Parameters", query(orEmpty(m.group(7))));
    parts.put("Fragment", Values.of(orEmpty(m.group(8))));
    return Values.bag(parts);
  }

  private static Value query(String query) {
    Map<String, Value> parameters = new LinkedHashMap<>();
    String trimmed = query.startsWith("?") ? query.substring(1) : query;
    for (String pair : trimmed.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      parameters.put(decode(key).toKqlString(), decode(value));
    }
    return Values.bag(parameters);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
