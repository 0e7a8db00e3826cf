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
    both(all, "sum", 1, SumAccumulator::new);
    both(all, "avg", 1, AverageAccumulator::new);
    both(all, "min", 1, () -> new ExtremeAccumulator(false));
    both(all, "max", 1, () -> new ExtremeAccumulator(true));
    both(all, "dcount", 2, DistinctCountAccumulator::new);
    all.add(new AggregateFunction("count_distinct", 1, 1, DistinctCountAccumulator::new));
    all.add(conditional("count_distinctif", 2, 2, 1, DistinctCountAccumulator::new));
    both(all, "make_list", 2, () -> new CollectAccumulator(false));
    both(all, "make_set", 2, () -> new CollectAccumulator(true));
    both(all, "make_bag", 2, BagAccumulator::new);
    all.add(new AggregateFunction("make_list_with_nulls", 1, 2, CollectAccumulator::withNulls));
    all.add(new AggregateFunction("take_any", 1, MANY, TakeAnyAccumulator::new));
    all.add(new AggregateFunction("any", 1, MANY, TakeAnyAccumulator::new));
    all.add(conditional("take_anyif", 2, 2, 1, TakeAnyAccumulator::new));
    all.add(new AggregateFunction("percentile", 2, 2, () -> new PercentileAccumulator(false)));
    all.add(new AggregateFunction("percentiles", 2, MANY, () -> new PercentileAccumulator(false)));
    all.add(
        new AggregateFunction("percentiles_array", 2, MANY, () -> new PercentileAccumulator(true)));
    both(all, "stdev", 1, () -> new VarianceAccumulator(true, true));
    both(all, "stdevp", 1, () -> new VarianceAccumulator(true, false));
    both(all, "variance", 1, () -> new VarianceAccumulator(false, true));
    both(all, "variancep", 1, () -> new VarianceAccumulator(false, false));
    all.add(new AggregateFunction("arg_max", 1, MANY, () -> new ArgExtremeAccumulator(true)));
    all.add(new AggregateFunction("arg_min", 1, MANY, () -> new ArgExtremeAccumulator(false)));
    return all;
  }

  private static void both(
      List<AggregateFunction> all, String name, int maxArguments, Supplier<Accumulator> factory) {
    all.add(new AggregateFunction(name, 1, maxArguments, factory));
    all.add(conditional(name + "if", 2, maxArguments + 1, 1, factory));
  }

  private static AggregateFunction conditional(
      String name, int min, int max, int predicateIndex, Supplier<Accumulator> factory) {
    return new AggregateFunction(
        name, min, max, () -> new ConditionalAccumulator(factory.get(), predicateIndex));
  }
}
