package io.sentinelforge.kql.schema;

import java.util.List;
import java.util.Optional;

/**
 * A KQL function the workspace or content pack defines (a parser such as {@code ASimDnsActivity},
 * or a saved function), callable by name from queries.
 *
 * @param name the name queries call it by (the function alias)
 * @param parameters its parameters, in order
 * @param body the function's KQL body, when known (bound lazily to infer its output)
 * @param resultColumns its output columns when declared explicitly; empty means "infer or open"
 */
public record StoredFunction(
    String name,
    List<FunctionParameter> parameters,
    Optional<String> body,
    List<Column> resultColumns) {

  /** Copies the lists. */
  public StoredFunction {
    parameters = List.copyOf(parameters);
    resultColumns = List.copyOf(resultColumns);
  }

  /** Fewest arguments accepted (parameters without a default). */
  public int minArguments() {
    int count = 0;
    for (FunctionParameter parameter : parameters) {
      if (!parameter.hasDefault()) {
        count++;
      }
    }
    return count;
  }
}
