package io.sentinelforge.eval.function;

import io.sentinelforge.eval.UnsupportedFeatureException;
import io.sentinelforge.eval.aggregate.Accumulator;
import io.sentinelforge.eval.aggregate.AggregateFunction;
import io.sentinelforge.eval.aggregate.StandardAggregates;
import io.sentinelforge.eval.value.Value;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scalar and aggregate functions the evaluator implements, looked up by name. A name that is
 * not here is {@link UnsupportedFeatureException}: the evaluator never guesses.
 */
public final class FunctionRegistry {

  private static final FunctionRegistry STANDARD = buildStandard();

  private final Map<String, ScalarFunction> scalars;
  private final Map<String, AggregateFunction> aggregates;

  private FunctionRegistry(Builder builder) {
    this.scalars = Collections.unmodifiableMap(new TreeMap<>(builder.scalars));
    this.aggregates = Collections.unmodifiableMap(new TreeMap<>(builder.aggregates));
  }

  /** Every built-in function of this evaluator. */
  public static FunctionRegistry standard() {
    return STANDARD;
  }

  public Optional<ScalarFunction> scalar(String name) {
    return Optional.ofNullable(scalars.get(name));
  }

  public Optional<AggregateFunction> aggregate(String name) {
    return Optional.ofNullable(aggregates.get(name));
  }

  /** Calls a scalar function by name; unknown names throw {@link UnsupportedFeatureException}. */
  public Value call(String name, FunctionContext context, List<Value> arguments) {
    ScalarFunction function = scalars.get(name);
    if (function == null) {
      throw UnsupportedFeatureException.function(name);
    }
    return function.invoke(context, arguments);
  }

  /** A fresh accumulator for an aggregate call with the given argument count. */
  public Accumulator newAccumulator(String name, int argumentCount) {
    AggregateFunction function = aggregates.get(name);
    if (function == null) {
      throw UnsupportedFeatureException.function(name);
    }
    function.checkArity(argumentCount);
    return function.newAccumulator();
  }

  public Set<String> scalarNames() {
    return scalars.keySet();
  }

  public Set<String> aggregateNames() {
    return aggregates.keySet();
  }

  private static FunctionRegistry buildStandard() {
    Builder builder = new Builder();
    ConversionFunctions.register(builder);
    ConditionalFunctions.register(builder);
    StringFunctions.register(builder);
    DateTimeFunctions.register(builder);
    BinFunctions.register(builder);
    MathFunctions.register(builder);
    StatisticalFunctions.register(builder);
    UnitConversionFunctions.register(builder);
    ArrayFunctions.register(builder);
    BagFunctions.register(builder);
    Ipv4Functions.register(builder);
    Ipv6Functions.register(builder);
    HashFunctions.register(builder);
    EncodingFunctions.register(builder);
    UrlFunctions.register(builder);
    ParsingFunctions.register(builder);
    MiscFunctions.register(builder);
    CompressionFunctions.register(builder);
    Punycode.register(builder);
    DynamicFunctions.register(builder);
    for (AggregateFunction aggregate : StandardAggregates.all()) {
      builder.aggregate(aggregate);
    }
    return builder.build();
  }

  /** Collects functions; each family class adds its own. */
  public static final class Builder {
    private final Map<String, ScalarFunction> scalars = new TreeMap<>();
    private final Map<String, AggregateFunction> aggregates = new TreeMap<>();

    public Builder scalar(String name, int min, int max, ScalarImplementation implementation) {
      if (scalars.put(name, new ScalarFunction(name, min, max, implementation)) != null) {
        throw new IllegalStateException("function registered twice: " + name);
      }
      return this;
    }

    /** A function of exactly {@code count} arguments that does not need the context. */
    public Builder fixed(
        String name, int count, java.util.function.Function<List<Value>, Value> body) {
      return scalar(name, count, count, (context, arguments) -> body.apply(arguments));
    }

    public Builder alias(String alias, String existing) {
      ScalarFunction target = scalars.get(existing);
      return scalar(alias, target.minArguments(), target.maxArguments(), target.implementation());
    }

    public Builder aggregate(AggregateFunction function) {
      if (aggregates.put(function.name(), function) != null) {
        throw new IllegalStateException("aggregate registered twice: " + function.name());
      }
      return this;
    }

    public FunctionRegistry build() {
      return new FunctionRegistry(this);
    }
  }
}
