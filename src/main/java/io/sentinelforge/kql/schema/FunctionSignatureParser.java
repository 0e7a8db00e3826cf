package io.sentinelforge.kql.schema;

import io.sentinelforge.kql.types.ScalarType;
import io.sentinelforge.kql.types.TypeConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one line of the function catalogue, {@code <kind> <name>(<parameters>) -> <result>}; the
 * format is described at the top of {@code functions.kqlsig}.
 */
final class FunctionSignatureParser {

  private FunctionSignatureParser() {}

  /** The signature on this line; throws IllegalArgumentException naming the line when malformed. */
  static FunctionSignature parse(String line) {
    int space = line.indexOf(' ');
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    int arrow = line.indexOf("->", close);
    if (space < 0 || open < space || close < open || arrow < 0) {
      throw new IllegalArgumentException("malformed function signature: " + line);
    }
    FunctionKind kind = FunctionKind.valueOf(line.substring(0, space).toUpperCase(Locale.ROOT));
    String name = line.substring(space + 1, open).trim();
    List<Parameter> parameters = parameters(line.substring(open + 1, close), line);
    String tail = line.substring(arrow + 2).trim();
    int limit = FunctionSignature.REPEAT_LIMIT;
    int max = tail.indexOf(" max=");
    if (max >= 0) {
      limit = Integer.parseInt(tail.substring(max + 5).trim());
      tail = tail.substring(0, max).trim();
    }
    return new FunctionSignature(name, kind, parameters, result(tail, line), limit);
  }

  private static List<Parameter> parameters(String text, String line) {
    List<Parameter> parameters = new ArrayList<>();
    if (text.isBlank()) {
      return parameters;
    }
    for (String part : text.split(",")) {
      String item = part.trim();
      boolean zeroOrMore = item.endsWith("...?");
      boolean repeating = zeroOrMore || item.endsWith("...");
      boolean optional = zeroOrMore || !repeating && item.endsWith("?");
      String core = item.replace("...", "").replace("?", "");
      int colon = core.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("parameter without type in: " + line);
      }
      TypeConstraint constraint =
          TypeConstraint.fromName(core.substring(colon + 1))
              .orElseThrow(() -> new IllegalArgumentException("unknown constraint in: " + line));
      parameters.add(new Parameter(core.substring(0, colon), constraint, optional, repeating));
    }
    return parameters;
  }

  private static ResultRule result(String text, String line) {
    if (text.equals("tabular")) {
      return new ResultRule(ResultRule.Mode.TABULAR, ScalarType.UNKNOWN, -1);
    }
    if (text.equals("$numeric")) {
      return new ResultRule(ResultRule.Mode.NUMERIC, ScalarType.UNKNOWN, -1);
    }
    if (text.equals("$common")) {
      return new ResultRule(ResultRule.Mode.COMMON, ScalarType.UNKNOWN, -1);
    }
    if (text.startsWith("$")) {
      return new ResultRule(
          ResultRule.Mode.ARGUMENT, ScalarType.UNKNOWN, Integer.parseInt(text.substring(1)));
    }
    if (text.equals("unknown")) {
      return new ResultRule(ResultRule.Mode.FIXED, ScalarType.UNKNOWN, -1);
    }
    ScalarType type =
        ScalarType.fromName(text)
            .orElseThrow(() -> new IllegalArgumentException("unknown result type in: " + line));
    return new ResultRule(ResultRule.Mode.FIXED, type, -1);
  }
}
