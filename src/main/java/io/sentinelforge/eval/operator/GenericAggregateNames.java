package io.sentinelforge.eval.operator;

import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.Literal;
import java.util.ArrayList;
import java.util.List;

/** Default output names of registry aggregates, as KQL derives them. */
final class GenericAggregateNames {

  private GenericAggregateNames() {}

  static List<String> of(FunctionCall call, String suffix) {
    String function = call.name();
    switch (function) {
      case "make_list":
      case "make_list_if":
      case "make_list_with_nulls":
        return List.of("list_" + suffix);
      case "make_set":
      case "make_set_if":
        return List.of("set_" + suffix);
      case "make_bag":
      case "make_bag_if":
        return List.of("bag_" + suffix);
      case "percentile":
      case "percentiles":
        return percentileNames(call, suffix, 1);
      case "percentilesw":
        return percentileNames(call, suffix, 2);
      case "buildschema":
        return List.of("schema_" + suffix);
      case "covariance":
      case "covariancep":
      case "covarianceif":
      case "covariancepif":
        // Two-variable aggregates name both variables: covariance(x, y) is covariance_x_y.
        return List.of(function + "_" + suffix + "_" + secondSuffix(call));
      case "percentiles_array":
      case "percentilesw_array":
        return List.of("percentile_" + suffix);
      default:
        String base =
            function.endsWith("if") && !function.equals("countif")
                ? function.substring(0, function.length() - 2) + "if"
                : function;
        return List.of(base + "_" + suffix);
    }
  }

  private static String secondSuffix(FunctionCall call) {
    if (call.arguments().size() < 2) {
      return "";
    }
    String derived = OutputNames.derive(call.arguments().get(1));
    return derived == null ? "" : derived;
  }

  private static List<String> percentileNames(FunctionCall call, String suffix, int first) {
    List<String> names = new ArrayList<>();
    List<Expression> arguments = call.arguments();
    for (int i = first; i < arguments.size(); i++) {
      String text =
          arguments.get(i) instanceof Literal literal ? literal.text() : String.valueOf(i);
      names.add("percentile_" + suffix + "_" + text.replace('.', '_'));
    }
    return names;
  }
}
