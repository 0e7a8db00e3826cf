package io.sentinelforge.eval.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The aggregate functions of {@code summarize}. The {@code …if} forms take a predicate as their
 * second argument ({@code countif}: first) and skip rows where it is not true.
 */
public final class StandardAggregates {

  private static final int MANY = Integer.MAX_VALUE;

  private StandardAggregates() {}

  /** Every aggregate, each with its argument count. */
  public static List<AggregateFunction> all() {
    List<AggregateFunction> all = new ArrayList<>();
    all.add(new AggregateFunction("count", 0, 1, CountAccumulator::new));
    all.add(conditional("countif", 1, 1, 0, CountAccumulator::new));
    both(all, "sum", "sumif", 1, SumAccumulator::new);
    both(all, "avg", "avgif", 1, AverageAccumulator::new);
    both(all, "min", "minif", 1, () -> new ExtremeAccumulator(false));
    both(all, "max", "maxif", 1, () -> new ExtremeAccumulator(true));
    both(all, "dcount", "dcountif", 2, DistinctCountAccumulator::new);
    both(all, "count_distinct", "count_distinctif", 1, DistinctCountAccumulator::new);
    both(all, "make_list", "make_list_if", 2, () -> new CollectAccumulator(false));
    both(all, "make_set", "make_set_if", 2, () -> new CollectAccumulator(true));
    all.add(new AggregateFunction("makelist", 1, 2, () -> new CollectAccumulator(false)));
    all.add(new AggregateFunction("makeset", 1, 2, () -> new CollectAccumulator(true)));
    both(all, "make_bag", "make_bag_if", 2, BagAccumulator::new);
    all.add(new AggregateFunction("make_list_with_nulls", 1, 2, CollectAccumulator::withNulls));
    all.add(new AggregateFunction("take_any", 1, MANY, TakeAnyAccumulator::new));
    all.add(new AggregateFunction("any", 1, MANY, TakeAnyAccumulator::new));
    all.add(conditional("take_anyif", 2, 2, 1, TakeAnyAccumulator::new));
    all.add(conditional("anyif", 2, 2, 1, TakeAnyAccumulator::new));
    all.add(new AggregateFunction("percentile", 2, 2, () -> new PercentileAccumulator(false)));
    all.add(new AggregateFunction("percentiles", 2, MANY, () -> new PercentileAccumulator(false)));
    all.add(
        new AggregateFunction("percentiles_array", 2, MANY, () -> new PercentileAccumulator(true)));
    all.add(
        new AggregateFunction("percentilew", 3, 3, () -> new WeightedPercentileAccumulator(false)));
    all.add(
        new AggregateFunction(
            "percentilesw", 3, MANY, () -> new WeightedPercentileAccumulator(false)));
    all.add(
        new AggregateFunction(
            "percentilesw_array", 3, MANY, () -> new WeightedPercentileAccumulator(true)));
    both(all, "stdev", "stdevif", 1, () -> new VarianceAccumulator(true, true));
    both(all, "stdevp", "stdevpif", 1, () -> new VarianceAccumulator(true, false));
    both(all, "variance", "varianceif", 1, () -> new VarianceAccumulator(false, true));
    both(all, "variancep", "variancepif", 1, () -> new VarianceAccumulator(false, false));
    for (String name : List.of("arg_max", "argmax")) {
      all.add(new AggregateFunction(name, 1, MANY, () -> new ArgExtremeAccumulator(true)));
    }
    for (String name : List.of("arg_min", "argmin")) {
      all.add(new AggregateFunction(name, 1, MANY, () -> new ArgExtremeAccumulator(false)));
    }
    all.add(new AggregateFunction("covariance", 2, 2, () -> new CovarianceAccumulator(true)));
    all.add(new AggregateFunction("covariancep", 2, 2, () -> new CovarianceAccumulator(false)));
    all.add(conditional("covarianceif", 3, 3, 2, () -> new CovarianceAccumulator(true)));
    all.add(conditional("covariancepif", 3, 3, 2, () -> new CovarianceAccumulator(false)));
    all.add(new AggregateFunction("buildschema", 1, 1, BuildSchemaAccumulator::new));
    all.add(new AggregateFunction("binary_all_and", 1, 1, () -> new BitwiseAccumulator('&')));
    all.add(new AggregateFunction("binary_all_or", 1, 1, () -> new BitwiseAccumulator('|')));
    all.add(new AggregateFunction("binary_all_xor", 1, 1, () -> new BitwiseAccumulator('^')));
    return all;
  }

  private static void both(
      List<AggregateFunction> all,
      String name,
      String conditionalName,
      int maxArguments,
      Supplier<Accumulator> factory) {
    all.add(new AggregateFunction(name, 1, maxArguments, factory));
    all.add(conditional(conditionalName, 2, maxArguments + 1, 1, factory));
  }

  private static AggregateFunction conditional(
      String name, int min, int max, int predicateIndex, Supplier<Accumulator> factory) {
    return new AggregateFunction(
        name, min, max, () -> new ConditionalAccumulator(factory.get(), predicateIndex));
  }
}
