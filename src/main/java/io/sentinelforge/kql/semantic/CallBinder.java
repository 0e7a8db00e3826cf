package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.FunctionKind;
import io.sentinelforge.kql.schema.FunctionSignature;
import io.sentinelforge.kql.schema.Parameter;
import io.sentinelforge.kql.schema.StoredFunction;
import io.sentinelforge.kql.syntax.Expression;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.KqlStrings;
import io.sentinelforge.kql.syntax.Literal;
import io.sentinelforge.kql.syntax.LiteralKind;
import io.sentinelforge.kql.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds a function call in a scalar position: user functions from {@code let}, the built-in
 * catalogue, functions the content declares, and the few calls KQL treats specially. Checks arity
 * and argument types.
 */
final class CallBinder {

  private final BindingContext context;
  private final RowContext rows;

  CallBinder(BindingContext context, RowContext rows) {
    this.context = context;
    this.rows = rows;
  }

  ScalarType bind(FunctionCall call) {
    String name = call.name();
    Optional<Symbol> symbol = context.scope.lookup(name);
    if (symbol.isPresent() && symbol.get() instanceof Symbol.Function) {
      return userFunction(call, (Symbol.Function) symbol.get());
    }
    switch (name) {
      case "toscalar":
        return toscalar(call);
      case "column_ifexists":
      case "columnifexists":
        return columnIfExists(call);
      case "column_names_of":
        call.arguments().forEach(argument -> context.tabular(argument, null));
        Arity.check(context, call, 1, 1);
        return ScalarType.DYNAMIC;
      default:
        break;
    }
    Optional<FunctionSignature> signature = context.catalog.functions().lookup(name);
    if (signature.isPresent() && signature.get().kind() != FunctionKind.TABULAR) {
      return builtIn(call, signature.get());
    }
    if (signature.isPresent() || context.catalog.storedFunction(name).isPresent()) {
      context.tabular(call, null);
      return ScalarType.UNKNOWN;
    }
    bindArguments(call);
    new UnknownFunctions(context).report(call);
    return ScalarType.UNKNOWN;
  }

  private List<ScalarType> bindArguments(FunctionCall call) {
    List<ScalarType> types = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      if (TabularShape.isTabular(argument, context, rows.row())) {
        context.tabular(argument, null);
        types.add(ScalarType.UNKNOWN);
      } else {
        types.add(context.scalar(argument, rows));
      }
    }
    return types;
  }

  private ScalarType userFunction(FunctionCall call, Symbol.Function function) {
    bindArguments(call);
    Arity.check(context, call, function.minArguments(), function.maxArguments());
    return function.tabular() ? ScalarType.UNKNOWN : function.resultType();
  }

  private ScalarType builtIn(FunctionCall call, FunctionSignature signature) {
    List<ScalarType> types = bindArguments(call);
    if (!Arity.check(context, call, signature.minArguments(), signature.maxArguments())) {
      return ScalarType.UNKNOWN;
    }
    for (int i = 0; i < types.size(); i++) {
      Parameter parameter = signature.parameterFor(i);
      if (!parameter.constraint().accepts(types.get(i))) {
        context.error(
            SemanticCodes.WRONG_ARGUMENT_TYPE,
            "argument "
                + (i + 1)
                + " of '"
                + call.name()
                + "' ('"
                + parameter.name()
                + "') must be "
                + parameter.constraint().describe()
                + ", found "
                + types.get(i),
            call.arguments().get(i).span());
      }
    }
    return signature.result().apply(types);
  }

  private ScalarType toscalar(FunctionCall call) {
    if (call.arguments().size() != 1) {
      bindArguments(call);
      Arity.check(context, call, 1, 1);
      return ScalarType.UNKNOWN;
    }
    Expression argument = call.arguments().get(0);
    if (!TabularShape.isTabular(argument, context, rows.row())) {
      return context.scalar(argument, rows);
    }
    RowSchema schema = context.tabular(argument, null);
    return schema.columns().isEmpty() ? ScalarType.UNKNOWN : schema.columns().get(0).type();
  }

  private ScalarType columnIfExists(FunctionCall call) {
    if (call.arguments().size() != 2) {
      bindArguments(call);
      Arity.check(context, call, 2, 2);
      return ScalarType.UNKNOWN;
    }
    ScalarType fallback = context.scalar(call.arguments().get(1), rows);
    Expression first = call.arguments().get(0);
    if (first instanceof Literal && ((Literal) first).kind() == LiteralKind.STRING) {
      String column = KqlStrings.value(((Literal) first).text());
      return rows.row().find(column).map(found -> found.type()).orElse(fallback);
    }
    return fallback;
  }

  /** The declared content function, if the name is one. */
  static Optional<StoredFunction> stored(BindingContext context, String name) {
    return context.catalog.storedFunction(name);
  }
}
