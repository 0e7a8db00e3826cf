package io.sentinelforge.kql.semantic;

import io.sentinelforge.kql.schema.FunctionSignature;
import io.sentinelforge.kql.schema.NameSuggestions;
import io.sentinelforge.kql.syntax.FunctionCall;
import io.sentinelforge.kql.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports a call to a function nobody defines, with the closest known name. */
final class UnknownFunctions {

  private final BindingContext context;

  UnknownFunctions(BindingContext context) {
    this.context = context;
  }

  void report(FunctionCall call) {
    List<String> candidates = new ArrayList<>();
    for (FunctionSignature signature : context.catalog.functions().all()) {
      candidates.add(signature.name());
    }
    candidates.addAll(context.catalog.storedFunctionNames());
    context.scope.names().forEach(candidates::add);
    String message = "unknown function '" + call.name() + "'";
    Optional<String> suggestion = NameSuggestions.closest(call.name(), candidates);
    if (suggestion.isPresent()) {
      message += "; did you mean '" + suggestion.get() + "'?";
    }
    Span name = new Span(call.span().start(), call.span().start() + call.name().length());
    context.error(SemanticCodes.UNKNOWN_FUNCTION, message, name);
  }
}
