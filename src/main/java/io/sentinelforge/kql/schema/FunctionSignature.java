package io.sentinelforge.kql.schema;

import java.util.List;

/**
 * A catalogued function: name, kind, parameters and result rule.
 *
 * @param name the function name, e.g. {@code strcat}
 * @param kind scalar, aggregate or plugin
 * @param parameters its parameters in order
 * @param result how the result type is derived
 * @param argumentLimit most arguments when a parameter repeats ({@link #REPEAT_LIMIT} by default)
 */
public record FunctionSignature(
    String name,
    FunctionKind kind,
    List<Parameter> parameters,
    ResultRule result,
    int argumentLimit) {

  /** Most arguments a repeating parameter may take in all (KQL's limit for e.g. strcat). */
  public static final int REPEAT_LIMIT = 64;

  /** Copies the parameter list. */
  public FunctionSignature {
    parameters = List.copyOf(parameters);
  }

  /** Fewest arguments accepted. */
  public int minArguments() {
    int count = 0;
    for (Parameter parameter : parameters) {
      if (!parameter.optional()) {
        count++;
      }
    }
    return count;
  }

  /** Most arguments accepted. */
  public int maxArguments() {
    boolean repeating = !parameters.isEmpty() && parameters.get(parameters.size() - 1).repeating();
    return repeating ? argumentLimit : parameters.size();
  }

  /** True when {@code count} arguments are acceptable. */
  public boolean acceptsArgumentCount(int count) {
    return count >= minArguments() && count <= maxArguments();
  }

  /** The parameter that argument {@code index} binds to (the repeating one for late indexes). */
  public Parameter parameterFor(int index) {
    return parameters.get(Math.min(index, parameters.size() - 1));
  }
}
