package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.Column;
import io.sentinelforge.kql.schema.FunctionKind;
import io.sentinelforge.kql.syntax.EvaluateOperator;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.NameReference;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code evaluate}: {@code bag_unpack} keeps the other columns and opens the schema (its new
 * columns come from the data); {@code rows_near} keeps the input's schema; {@code
 * active_users_count} has a known schema; every other plugin gives an open schema.
 */
final class PluginBinder {

  private final BindingContext context;
  private final RowSchema input;

  PluginBinder(BindingContext context, RowSchema input) {
    this.context = context;
    this.input = input;
  }

  RowSchema evaluate(EvaluateOperator node) {
    if (!(node.plugin() instanceof FunctionCall)) {
      return RowSchema.OPEN;
    }
    FunctionCall call = (FunctionCall) node.plugin();
    boolean known =
        context
            .catalog
            .functions()
            .lookup(call.name())
            .map(signature -> signature.kind() == FunctionKind.PLUGIN)
            .orElse(false);
    if (call.name().equals("ipv4_lookup") || call.name().equals("ipv6_lookup")) {
      return ipLookup(call);
    }
    List<ScalarType> types = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      if (TabularShape.isTabular(argument, context, input)) {
        context.tabular(argument, null);
        types.add(ScalarType.DYNAMIC);
      } else {
        // Plugin arguments may name the plugin's own columns, so unknown names are not reported.
        types.add(context.scalar(argument, input.opened()));
      }
    }
    if (!known) {
      new UnknownFunctions(context).report(call);
      return RowSchema.OPEN;
    }
    if (call.name().equals("bag_unpack")
        && !call.arguments().isEmpty()
        && call.arguments().get(0) instanceof NameReference) {
      String unpacked = ((NameReference) call.arguments().get(0)).name();
      List<Column> kept = new ArrayList<>(input.columns());
      kept.removeIf(column -> column.name().equals(unpacked));
      if (!node.outputSchema().isEmpty() || node.keepsInputColumns()) {
        return declaredOutput(node, kept);
      }
      return new RowSchema(kept, true);
    }
    if (call.name().equals("rows_near")) {
      return input;
    }
    if (call.name().equals("pivot") && !node.outputSchema().isEmpty()) {
      return SourceBinder.declared(node.outputSchema());
    }
    return ActivityPluginSchemas.of(call, types);
  }

  /**
   * {@code bag_unpack(...) : (*, Name:type, ...)}: exactly the declared columns, after the input's
   * other columns when the schema starts with {@code *}.
   */
  private static RowSchema declaredOutput(EvaluateOperator node, List<Column> inputColumns) {
    RowSchema declared = SourceBinder.declared(node.outputSchema());
    List<Column> columns = new ArrayList<>();
    if (node.keepsInputColumns()) {
      inputColumns.stream()
          .filter(column -> declared.find(column.name()).isEmpty())
          .forEach(columns::add);
    }
    columns.addAll(declared.columns());
    return RowSchema.of(columns);
  }

  /**
   * {@code ipv4_lookup(LookupTable, SourceIpColumn, LookupIpColumn [, returnUnmatched])}: input
   * plus lookup columns.
   */
  private RowSchema ipLookup(FunctionCall call) {
    List<Expression> arguments = call.arguments();
    RowSchema lookup =
        arguments.isEmpty() ? RowSchema.OPEN : context.tabular(arguments.get(0), null);
    for (int i = 1; i < arguments.size(); i++) {
      context.scalar(arguments.get(i), i == 2 ? lookup : input);
    }
    RowSchema output = input;
    for (Column column : lookup.columns()) {
      if (output.find(column.name()).isEmpty()) {
        output = output.with(column.name(), column.type());
      }
    }
    return lookup.open() ? output.opened() : output;
  }
}
